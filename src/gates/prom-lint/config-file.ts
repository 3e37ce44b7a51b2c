/**
 * The prom-lint configuration file (`.kaizen-gates/prom-lint.yml` by default): the inputs a team
 * wants in version control next to its rules, and the tunables of the warning checks. Read
 * strictly, as Prometheus reads rule files: an unknown key or a value of the wrong type is a
 * ConfigurationError naming the file, line, column and key (with the nearest known key when
 * it looks like a typo), because a misspelt setting that is silently ignored is worse than none.
 * Pure: text in, config out.
 */
import { closest, distance } from 'fastest-levenshtein';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { parsePrometheusDuration } from './rulefmt/duration.js';
import { CONVENTION_PRESETS, type ConventionPreset, type ConventionSettings } from './settings.js';

const CONVENTION_PRESET_NAMES = Object.keys(CONVENTION_PRESETS) as ConventionPreset[];

/** Which findings are reported: those in the files a change touched, all, or chosen by the run. */
export type PromLintScope = 'auto' | 'changed-files' | 'all';

/** The values of {@link PromLintScope}, for messages and validation. */
export const PROM_LINT_SCOPES: readonly PromLintScope[] = ['auto', 'changed-files', 'all'];

export { DEFAULT_CONFIG_PATHS } from './defaults.js';

/** What a configuration file sets; every field is optional, and inputs override it. */
export interface PromLintConfig {
  /** The file it was read from, for messages. */
  path: string;
  /** Globs of rule files, relative to the working directory (the repository root). */
  paths?: string[];
  legacyNames?: boolean;
  experimentalFunctions?: boolean;
  scope?: PromLintScope;
  /** Warning checks switched off: check names or `family/*`. */
  disabled?: string[];
  /** Scrape interval in seconds (the file says it as a Prometheus duration, e.g. `30s`). */
  scrapeInterval?: number;
  /** The preset the conventions start from (`conventions: mixin`, or `preset:` in the map). */
  conventionPreset?: ConventionPreset;
  /** Conventions the file sets over its preset; the others keep the preset's. */
  conventions?: Partial<ConventionSettings>;
}

/** A check name (`promql/irate-in-alert`) or a whole family (`conventions/*`). */
const CHECK_PATTERN = /^[a-z][a-z0-9-]*\/(?:\*|[a-z0-9][a-z0-9-]*)$/;

type Reader = (node: Node, key: string) => void;

/**
 * Parses a configuration file. An empty file is an empty configuration.
 *
 * @param path the file's path, for messages.
 * @throws ConfigurationError `FILE:LINE:COLUMN: …` on a YAML error, an unknown key, or a value of
 *   the wrong type.
 * @example parsePromLintConfig('scrape-interval: 30s\ndisabled: [conventions/*]', 'c.yml')
 *   // { path: 'c.yml', scrapeInterval: 30, disabled: ['conventions/*'] }
 */
export function parsePromLintConfig(text: string, path: string): PromLintConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${path}:${line}:${col}`;
  };
  const [error] = document.errors;
  if (error !== undefined) {
    throw new ConfigurationError(
      `${where(error.pos[0])}: not a valid YAML file: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  const config: PromLintConfig = { path };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;

  function fail(node: Node | null | undefined, message: string): never {
    throw new ConfigurationError(`${where(node?.range?.[0])}: ${message}`);
  }
  const resolve = (node: unknown): Node | undefined => {
    const resolved: unknown = isAlias(node) ? node.resolve(document) : node;
    return isScalar(resolved) || isMap(resolved) || isSeq(resolved) ? resolved : undefined;
  };

  const boolean =
    (set: (value: boolean) => void): Reader =>
    (node, key) => {
      if (isScalar(node) && typeof node.value === 'boolean') set(node.value);
      else fail(node, `'${key}' is ${show(node)}; expected true or false.`);
    };
  const string = (node: Node | undefined, key: string): string =>
    isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
      ? node.value.trim()
      : fail(node, `'${key}' has ${show(node)}; expected a non-empty string.`);
  const stringList = (node: Node, key: string, allowEmpty: boolean): string[] => {
    if (isScalar(node) && typeof node.value === 'string') return [string(node, key)];
    if (!isSeq(node)) return fail(node, `'${key}' is ${show(node)}; expected a list of strings.`);
    const items = node.items.map((item) => string(resolve(item), key));
    if (items.length === 0 && !allowEmpty) fail(node, `'${key}' is an empty list.`);
    return items;
  };
  const preset = (node: Node, key: string): ConventionPreset => {
    const value = isScalar(node) ? node.value : undefined;
    const found = CONVENTION_PRESET_NAMES.find((name) => name === value);
    return (
      found ??
      fail(
        node,
        `'${key}' is ${show(node)}; expected a preset (${CONVENTION_PRESET_NAMES.join(', ')}) or a map of conventions.`,
      )
    );
  };
  const conventions: Partial<ConventionSettings> = {};
  const conventionKeys: Record<string, Reader> = {
    preset: (node, key) => {
      config.conventionPreset = preset(node, key);
    },
    severities: (node, key) => {
      conventions.severities = stringList(node, key, true);
    },
    summary: boolean((value) => (conventions.summary = value)),
    description: boolean((value) => (conventions.description = value)),
    'runbook-url': boolean((value) => (conventions.runbookUrl = value)),
    'alert-names': boolean((value) => (conventions.alertNames = value)),
    'record-names': boolean((value) => (conventions.recordNames = value)),
  };
  const topKeys: Record<string, Reader> = {
    paths: (node, key) => {
      config.paths = stringList(node, key, false);
    },
    'legacy-names': boolean((value) => (config.legacyNames = value)),
    'experimental-functions': boolean((value) => (config.experimentalFunctions = value)),
    scope: (node, key) => {
      const value = isScalar(node) ? node.value : undefined;
      const scope = PROM_LINT_SCOPES.find((choice) => choice === value);
      if (scope === undefined)
        fail(node, `'${key}' is ${show(node)}; expected one of: ${PROM_LINT_SCOPES.join(', ')}.`);
      else config.scope = scope;
    },
    disabled: (node, key) => {
      const list = stringList(node, key, true);
      const items = isSeq(node) ? node.items : [node];
      list.forEach((check, index) => {
        if (!CHECK_PATTERN.test(check))
          fail(
            resolve(items[index]) ?? node,
            `'${key}' has '${check}'; expected a check name such as promql/irate-in-alert or a family such as conventions/*.`,
          );
      });
      config.disabled = list;
    },
    'scrape-interval': (node, key) => {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
      const parsed = parsePrometheusDuration(text);
      if (text === '' || !('ms' in parsed) || parsed.ms <= 0)
        fail(node, `'${key}' is ${show(node)}; expected a Prometheus duration such as 30s or 1m.`);
      else config.scrapeInterval = parsed.ms / 1000;
    },
    conventions: (node, key) => {
      if (isScalar(node)) {
        config.conventionPreset = preset(node, key);
        return;
      }
      readMap(node, key, conventionKeys, `${key}.`);
      config.conventions = conventions;
    },
  };

  function readMap(
    node: Node,
    what: string,
    readers: Record<string, Reader>,
    prefix: string,
  ): void {
    if (!isMap(node)) {
      fail(node, `${what === '' ? 'the file' : `'${what}'`} is ${show(node)}; expected a mapping.`);
      return;
    }
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const keyNode = resolve(pair.key);
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        fail(keyNode, `keys are strings; found ${show(keyNode)}.`);
        return;
      }
      const key = keyNode.value;
      const reader = readers[key];
      if (reader === undefined) {
        fail(keyNode, unknownKeyMessage(prefix + key, Object.keys(readers), prefix));
        return;
      }
      const value = resolve(pair.value);
      if (value === undefined || (isScalar(value) && value.value === null))
        fail(value ?? keyNode, `'${prefix}${key}' has no value.`);
      else reader(value, prefix + key);
    }
  }

  readMap(root, '', topKeys, '');
  return config;

  function unknownKeyMessage(key: string, known: readonly string[], prefix: string): string {
    const name = key.slice(prefix.length);
    const nested = prefix === '' && Object.keys(conventionKeys).includes(name);
    const hint = nested
      ? ` It belongs under 'conventions:'.`
      : (didYouMean(name, known).map((near) => ` Did you mean '${prefix}${near}'?`)[0] ?? '');
    return `unknown key '${key}'.${hint} Known keys${prefix === '' ? '' : ` of '${prefix.slice(0, -1)}'`}: ${known.join(', ')}.`;
  }
}

/**
 * The known key nearest to a misspelt one, when it is near enough to be a typo: at most 2 edits,
 * or a third of the key's length for long keys (`scrape_intervall` → `scrape-interval`).
 */
function didYouMean(key: string, known: readonly string[]): string[] {
  if (known.length === 0) return [];
  const near = closest(key.toLowerCase(), [...known]);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return distance(key.toLowerCase(), near) <= limit ? [near] : [];
}

/** A value as the message shows it: `"yes"`, `3`, `a list`, `a mapping`, `empty`. */
function show(node: Node | undefined): string {
  if (node === undefined) return 'empty';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) return node.value === null ? 'empty' : JSON.stringify(node.value);
  return 'not a value';
}
