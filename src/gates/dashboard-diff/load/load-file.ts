/**
 * One file's text to the dashboards in it and the problems found, whatever the format: plain
 * JSON, YAML (multi-document streams too), and dashboard JSON held in strings of either.
 */
import type {
  DashboardContainer,
  JsonPath,
  LoadedDashboard,
  LoadedFile,
  LoadProblem,
} from '../types.js';
import { readBlockYaml } from './block-yaml.js';
import { isSharingExport } from './detect.js';
import { findDashboards, type Found } from './find-dashboards.js';
import { wholeFile, type FilePlace, type Host, type PlaceMapper } from './host.js';
import { jsonHost } from './json-host.js';
import { readJsonText, type DuplicateKey } from './json-text.js';
import { MAX_FILE_CHARS } from './limits.js';
import { textLines, type TextLines } from './text-lines.js';
import { readYamlDocuments } from './yaml-text.js';

/** Options of {@link loadFile}. */
export interface LoadOptions {
  /** The text is what the render command printed for `file`. */
  rendered?: boolean;
}

/** A dashboard or a problem found in the file, before locations are decided. */
interface Entry {
  /** Names the part of the file (`ConfigMap ns/name, key k.json`), '' when nothing names it. */
  label: string;
  /** 1-based document of a YAML stream of several documents. */
  document?: number;
  loaded?: {
    containers: DashboardContainer[];
    dashboard: LoadedDashboard['dashboard'];
    lineOf: LoadedDashboard['lineOf'];
  };
  problems: (FilePlace & { message: string })[];
}

/** What is gathered while reading one file. */
interface Gathered {
  entries: Entry[];
  /** Why parts of the file are not dashboards, for {@link LoadedFile.notDashboard}. */
  notes: string[];
}

/**
 * Words without which no text can hold a dashboard (in any format, JSON strings included): a file
 * without any of them is skipped before it is parsed, which is most of what `**\/*.json` matches.
 */
const MODEL_WORDS = ['panels', 'rows', 'schemaVersion', 'templating', 'elements'];

function mentionsModel(text: string): boolean {
  return MODEL_WORDS.some((word) => text.includes(word));
}

/** See {@link loadDashboardFile} in index.ts. */
export function loadFile(file: string, text: string, options: LoadOptions = {}): LoadedFile {
  const rendered = options.rendered === true;
  const syntax = syntaxOf(file, text, rendered);
  if (syntax === 'jsonnet') {
    return {
      file,
      dashboards: [],
      problems: [],
      notDashboard:
        'a jsonnet source: set the render command (e.g. `jsonnet -J vendor {file}`) to diff the dashboard it renders',
    };
  }
  if (!mentionsModel(text)) {
    return {
      file,
      dashboards: [],
      problems: [],
      notDashboard:
        'nothing in it looks like a dashboard (no panels, rows, schemaVersion, templating or elements)',
    };
  }
  if (text.length > MAX_FILE_CHARS) {
    const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      file,
      dashboards: [],
      problems: [
        {
          file,
          location: '',
          message: `the file is ${size(text.length)}, over the limit of ${size(MAX_FILE_CHARS)}; not read`,
        },
      ],
    };
  }
  const gathered: Gathered = { entries: [], notes: [] };
  const lines = textLines(text);
  let streamOfDocuments = false;
  if (syntax === 'json') readJsonFile(text, gathered);
  else streamOfDocuments = readYamlFile(text, lines, gathered);
  return finish(file, gathered, { rendered, streamOfDocuments });
}

/** Which parser reads the text: by extension, else by its first character (rendered output). */
function syntaxOf(file: string, text: string, rendered: boolean): 'json' | 'yaml' | 'jsonnet' {
  const name = file.toLowerCase();
  if (!rendered) {
    if (name.endsWith('.json')) return 'json';
    if (name.endsWith('.jsonnet') || name.endsWith('.libsonnet')) return 'jsonnet';
  }
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1, 200) : text.slice(0, 200));
  // JSON is YAML, but JSON.parse reads it many times faster than a YAML parser.
  if (first?.[0] === '{' || first?.[0] === '[') return 'json';
  return 'yaml';
}

function readJsonFile(text: string, gathered: Gathered): void {
  const read = readJsonText(text);
  if (read.ok) {
    readHost(
      jsonHost(text, read.value, wholeFile),
      read.duplicates,
      undefined,
      undefined,
      gathered,
    );
    return;
  }
  const place = textLines(text).at(read.offset);
  // A broken file is reported only when it was meant to be a dashboard: a tsconfig.json with
  // comments is not valid JSON either, and is none of this gate's business.
  if (
    read.partial !== undefined &&
    findDashboards(read.partial).found.length === 0 &&
    !read.tooDeep
  ) {
    gathered.notes.push(
      `not valid JSON (${read.message} at line ${place.line}, column ${place.column}), and not a dashboard`,
    );
    return;
  }
  gathered.entries.push({ label: '', problems: [{ ...place, message: read.message }] });
}

/** Reads a YAML stream; returns whether it has several documents that are not empty. */
function readYamlFile(text: string, lines: TextLines, gathered: Gathered): boolean {
  // A `.yaml` file may be JSON (JSON is YAML): try the fast parser first.
  if (/^\uFEFF?\s*[{[]/.test(text.slice(0, 200))) {
    const read = readJsonText(text);
    if (read.ok) {
      readHost(
        jsonHost(text, read.value, wholeFile),
        read.duplicates,
        undefined,
        undefined,
        gathered,
      );
      return false;
    }
  }
  const documents = readBlockYaml(text, lines) ?? readYamlDocuments(text, lines);
  const several = documents.filter((d) => d.host !== undefined || d.error !== undefined).length > 1;
  for (const document of documents) {
    const index = several ? document.index : undefined;
    if (document.error !== undefined) {
      const place = lines.at(document.error.offset);
      gathered.entries.push({
        label: '',
        document: index,
        problems: [{ ...place, message: document.error.message }],
      });
    } else if (document.host !== undefined) {
      const before = gathered.notes.length;
      readHost(document.host, document.duplicates, index, undefined, gathered);
      if (index !== undefined) {
        for (let i = before; i < gathered.notes.length; i++)
          gathered.notes[i] = `document ${index}: ${gathered.notes[i] ?? ''}`;
      }
    }
  }
  return several;
}

/** The part of the file a JSON string sits in, for the dashboards read out of it. */
interface Outer {
  containers: DashboardContainer[];
  label: string;
}

/** Turns what {@link findDashboards} finds in a host into entries, reading JSON strings. */
function readHost(
  host: Host,
  duplicates: readonly DuplicateKey[],
  document: number | undefined,
  outer: Outer | undefined,
  gathered: Gathered,
): void {
  const { found, notes } = findDashboards(host.value, outer?.label ?? '');
  for (const item of found) {
    if (item.kind === 'dashboard') {
      const path = item.path;
      gathered.entries.push({
        label: item.label,
        document,
        loaded: {
          containers: [...(outer?.containers ?? []), ...item.containers],
          dashboard: item.dashboard,
          lineOf: (inside) => host.lineOf([...path, ...inside]),
        },
        problems: duplicates
          .filter((duplicate) => startsWith(duplicate.path, path))
          .map((duplicate) => duplicateProblem(host, duplicate, path)),
      });
    } else if (item.kind === 'problem') {
      gathered.entries.push({
        label: item.label,
        document,
        problems: [{ line: host.lineOf(item.path) ?? 1, message: item.message }],
      });
    } else {
      readJsonString(host, item, document, outer, gathered);
    }
  }
  if (found.length === 0) gathered.notes.push(...notes.slice(0, 3));
}

/** Reads dashboard JSON held in a string (a ConfigMap value, a GrafanaDashboard's spec.json). */
function readJsonString(
  host: Host,
  item: Extract<Found, { kind: 'json-string' }>,
  document: number | undefined,
  outer: Outer | undefined,
  gathered: Gathered,
): void {
  if (!item.named && !mentionsModel(item.text)) return;
  let mapper: PlaceMapper | undefined;
  // Found when first needed: it makes the host find its own positions.
  const toFile: PlaceMapper = (line, column) => {
    mapper ??= host.stringPlaces(item.path) ?? (() => ({ line: host.lineOf(item.path) ?? 1 }));
    return mapper(line, column);
  };
  const containers = [...(outer?.containers ?? []), ...item.containers];
  const read = readJsonText(item.text);
  if (!read.ok) {
    if (
      !item.named &&
      read.partial !== undefined &&
      findDashboards(read.partial).found.length === 0
    )
      return;
    const inText = textLines(item.text).at(read.offset);
    gathered.entries.push({
      label: item.label,
      document,
      problems: [
        {
          ...toFile(inText.line, inText.column),
          message: `${read.message} (in the JSON string of ${describe(item)})`,
        },
      ],
    });
    return;
  }
  const inner = jsonHost(item.text, read.value, toFile);
  const [entries, notes] = [gathered.entries.length, gathered.notes.length];
  readHost(inner, read.duplicates, document, { containers, label: item.label }, gathered);
  if (gathered.entries.length === entries) {
    // Said once for the string, not for what is inside it.
    gathered.notes.length = notes;
    if (item.named) gathered.notes.push(`${describe(item)} holds JSON that is not a dashboard`);
  }
}

function describe(item: Extract<Found, { kind: 'json-string' }>): string {
  return item.label === '' ? item.path.join('.') : item.label;
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return (
    prefix.length <= path.length && prefix.every((step, i) => String(path[i]) === String(step))
  );
}

function duplicateProblem(
  host: Host,
  duplicate: DuplicateKey,
  dashboardPath: JsonPath,
): FilePlace & { message: string } {
  const first = host.placeAt(duplicate.firstOffset);
  const where = formatPath(duplicate.path.slice(dashboardPath.length));
  return {
    ...host.placeAt(duplicate.offset),
    message: `duplicate key "${duplicate.key}" ${where === '' ? 'at the top level of the dashboard' : `in ${where}`} (first at line ${first.line}); the last one is used, as Grafana does`,
  };
}

/** `panels[3].targets[0]`, the way a reader finds the place. */
function formatPath(path: JsonPath): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join('');
}

/** Decides locations and containers and builds the file's result. */
function finish(
  file: string,
  gathered: Gathered,
  how: { rendered: boolean; streamOfDocuments: boolean },
): LoadedFile {
  const { entries } = gathered;
  const locations = locationsOf(entries);
  const dashboards: LoadedDashboard[] = [];
  const problems: LoadProblem[] = [];
  entries.forEach((entry, i) => {
    const location = locations[i] ?? '';
    for (const problem of entry.problems) {
      problems.push({
        file,
        location,
        line: problem.line,
        ...(problem.column === undefined ? {} : { column: problem.column }),
        message: problem.message,
      });
    }
    if (entry.loaded === undefined) return;
    const { dashboard, lineOf } = entry.loaded;
    const containers: DashboardContainer[] = [...entry.loaded.containers];
    if (dashboard.schema === 'classic' && isSharingExport(dashboard.json))
      containers.push('export');
    if (how.streamOfDocuments) containers.unshift('yaml-document');
    if (how.rendered) containers.unshift('rendered');
    if (containers.length === 0) containers.push('dashboard');
    dashboards.push({ file, location, containers, dashboard, lineOf });
  });
  const result: LoadedFile = { file, dashboards, problems };
  if (entries.length === 0) result.notDashboard = summarise(gathered.notes);
  return result;
}

/**
 * Empty for a file with one dashboard (or one problem); else each entry's label, with its
 * document number where nothing else names it or where two labels are the same.
 */
function locationsOf(entries: readonly Entry[]): string[] {
  if (entries.length <= 1) return entries.map(() => '');
  const named = entries.map((entry) => {
    const document = entry.document === undefined ? '' : `document ${entry.document}`;
    if (entry.label === '') return document === '' ? 'the file' : document;
    return entry.label.startsWith('item ') && document !== ''
      ? `${document}, ${entry.label}`
      : entry.label;
  });
  const counts = new Map<string, number>();
  for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return named.map((name, i) => {
    if ((counts.get(name) ?? 0) < 2) return name;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    const document = entries[i]?.document;
    return document === undefined ? `${name} (#${nth})` : `${name} (document ${document})`;
  });
}

function summarise(notes: readonly string[]): string {
  const unique = [...new Set(notes)];
  if (unique.length === 0) return 'nothing in it is a dashboard';
  const shown = unique.slice(0, 3).join('; ');
  return unique.length > 3 ? `${shown}; and ${unique.length - 3} more` : shown;
}
