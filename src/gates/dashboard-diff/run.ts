/**
 * The dashboard-diff gate's one code path, shared by the action and the CLI: find the two
 * versions of every changed dashboard file (two named files, or git's change since a merge
 * base), render the sources that need it, load, diff and lint them, and return the verdict. All
 * I/O comes in through `DashboardDiffIo`; every stage it calls is pure.
 */
import type { ChangedFile, ChangedFileVersions } from '../../io/changed-file-versions.js';
import type { RenderOutput } from '../../io/run-render-command.js';
import { ConfigurationError, isConfigurationError } from '../../shared/errors.js';
import type { InputSource } from '../../shared/inputs.js';
import type { Logger } from '../../shared/logger.js';
import type { Finding, Verdict } from '../../verdict/types.js';
import { DEFAULT_LINT_CONFIG_PATH, RENDER_FILE_PLACEHOLDER } from './defaults.js';
import { dashboardSide, diffPairs, pairDashboards } from './diff/index.js';
import { readDashboardDiffInputs, type DashboardDiffInputs, type RenderCommand } from './inputs.js';
import {
  DEFAULT_LINT_CONFIG,
  duplicateDashboardUids,
  lintDashboards,
  parseLintConfig,
  type LintConfig,
  type PromQLParseCache,
} from './lint/index.js';
import { loadDashboardFile } from './load/index.js';
import type {
  DashboardDiff,
  DashboardDiffResult,
  DashboardSide,
  LoadedFile,
  LoadProblem,
  SkippedFile,
} from './types.js';
import { buildDashboardDiffVerdict } from './verdict.js';
import { countOf } from '../../report/labels.js';

/** The I/O the dashboard-diff gate needs. */
export interface DashboardDiffIo {
  logger: Logger;
  /** Reads a file of the working tree; throws ConfigurationError when it cannot. */
  readFile(path: string): Promise<string>;
  /** Whether a file exists, for the lint configuration in its default place. */
  fileExists(path: string): Promise<boolean>;
  /** Whether a directory exists: a directory named in `paths` stands for its JSON files. */
  directoryExists(path: string): Promise<boolean>;
  /**
   * The files matching `patterns` that changed between the merge base of `ref` and the working
   * tree, with their base versions. Throws ConfigurationError when git cannot tell.
   */
  changedFiles(ref: string, patterns: readonly string[]): Promise<ChangedFileVersions>;
  /** Runs a render command (program and arguments, no shell) in `cwd` (default: the working directory). */
  render(argv: readonly string[], cwd?: string): Promise<RenderOutput>;
}

/** Both versions of one file, loaded. */
interface FilePair {
  base?: LoadedFile;
  head?: LoadedFile;
  /** The user named this file (not matched by a glob): not being a dashboard is then a problem. */
  named: boolean;
}

/**
 * Runs the gate from raw inputs.
 *
 * @param defaultBaseRef what `base-ref` is when it is not given (the action: the pull request's
 *   base commit).
 */
export async function runDashboardDiffGate(
  source: InputSource,
  io: DashboardDiffIo,
  defaultBaseRef?: string,
): Promise<Verdict> {
  return runDashboardDiff(readDashboardDiffInputs(source, defaultBaseRef), io);
}

/** Runs the dashboard-diff gate. Throws ConfigurationError on unusable input. */
export async function runDashboardDiff(
  inputs: DashboardDiffInputs,
  io: DashboardDiffIo,
): Promise<Verdict> {
  const lintConfig = await readLintConfig(inputs.lintConfig, io);
  const problems: LoadProblem[] = [];
  const skipped: SkippedFile[] = [];
  let pairs: FilePair[];
  let against: string;
  let commits: DashboardDiffResult['commits'];
  if (inputs.sides.kind === 'pair') {
    const { base, head } = inputs.sides;
    pairs = [await readNamedPair(base, head, inputs.render, io)];
    against = `from ${base}`;
  } else {
    const { baseRef, paths, defaultPaths } = inputs.sides;
    const change = await readChange(baseRef, paths, defaultPaths, inputs.render, io);
    pairs = change.pairs;
    against = `since ${baseRef} (${change.mergeBase.slice(0, 7)})`;
    commits = { base: change.mergeBase, head: change.head };
  }

  const diffs: DashboardDiff[] = [];
  const findings: Finding[] = [];
  const headSides: DashboardSide[] = [];
  const baseSides: DashboardSide[] = [];
  const parsedQueries: PromQLParseCache = new Map();
  for (const pair of pairs) {
    collectProblems(pair, problems, skipped);
    const base = isDashboardFile(pair.base) ? pair.base : undefined;
    const head = isDashboardFile(pair.head) ? pair.head : undefined;
    if (base === undefined && head === undefined) continue;
    // Each dashboard is normalised once, for the diff and the lint alike.
    const dashboardPairs = pairDashboards(
      (base?.dashboards ?? []).map(dashboardSide),
      (head?.dashboards ?? []).map(dashboardSide),
    );
    diffs.push(...diffPairs(dashboardPairs, base?.file, head?.file));
    for (const { base: baseSide, head: headSide } of dashboardPairs) {
      if (baseSide !== undefined) baseSides.push(baseSide);
      if (headSide === undefined) continue;
      headSides.push(headSide);
      for (const finding of lintDashboards(headSide, baseSide, lintConfig, parsedQueries)) {
        findings.push(
          headSide.loaded.containers[0] === 'rendered' ? withoutPlace(finding) : finding,
        );
      }
    }
  }
  findings.push(...duplicateDashboardUids(headSides, baseSides, lintConfig));
  io.logger.info(
    `Compared ${countOf(diffs.length, 'dashboard')} in ${countOf(pairs.length, 'file')} ${against}: ` +
      `${diffs.filter((d) => d.status !== 'unchanged').length} changed, ${findings.length} lint findings`,
  );
  return buildDashboardDiffVerdict(
    {
      diffs,
      findings,
      problems,
      skipped,
      against,
      ...(commits === undefined ? {} : { commits }),
    },
    { key: inputs.common.key },
  );
}

/**
 * The lint configuration: the file `lint-config` names (which must exist), else `.lint` when
 * there is one, else the lint's defaults.
 */
async function readLintConfig(
  named: string | undefined,
  io: Pick<DashboardDiffIo, 'readFile' | 'fileExists' | 'logger'>,
): Promise<LintConfig> {
  const path = named ?? DEFAULT_LINT_CONFIG_PATH;
  if (!(await io.fileExists(path))) {
    if (named === undefined) return DEFAULT_LINT_CONFIG;
    throw new ConfigurationError(`Input 'lint-config': the file '${named}' does not exist.`);
  }
  const config = parseLintConfig(await io.readFile(path), path);
  io.logger.info(`Read the lint configuration ${path}`);
  return config;
}

/** The two files named (`--base`, `--head`): unreadable is a usage error, as for every gate. */
async function readNamedPair(
  base: string,
  head: string,
  render: RenderCommand | undefined,
  io: DashboardDiffIo,
): Promise<FilePair> {
  let pair: FilePair;
  if (render === undefined) {
    const [baseText, headText] = await Promise.all([io.readFile(base), io.readFile(head)]);
    pair = {
      base: loadDashboardFile(base, baseText),
      head: loadDashboardFile(head, headText),
      named: true,
    };
  } else {
    const [baseFile, headFile] = await Promise.all([
      renderFile(render, base, io),
      renderFile(render, head, io),
    ]);
    pair = { base: baseFile, head: headFile, named: true };
  }
  for (const file of [pair.base, pair.head]) if (file !== undefined) refuseUnreadable(file);
  return pair;
}

/**
 * A named file without a single readable dashboard leaves nothing to compare: unreadable input,
 * reported like a missing file (exit 2), with the place of the first problem.
 */
function refuseUnreadable(file: LoadedFile): void {
  if (file.dashboards.length > 0) return;
  if (file.notDashboard !== undefined) {
    throw new ConfigurationError(`'${file.file}' is not a dashboard: ${file.notDashboard}.`);
  }
  const [problem] = file.problems;
  if (problem === undefined) return;
  const place = [file.file, problem.line, problem.column].filter((p) => p !== undefined);
  throw new ConfigurationError(`${place.join(':')}: ${problem.message}`);
}

/** What {@link readChange} found. */
interface ReadChange {
  mergeBase: string;
  head: string;
  pairs: FilePair[];
}

/**
 * Both versions of every changed file: files matching `paths` are read as they are; with a
 * render command, files matching its globs are rendered (see {@link readRenderedChange}).
 */
async function readChange(
  baseRef: string,
  paths: readonly string[],
  defaultPaths: boolean,
  render: RenderCommand | undefined,
  io: DashboardDiffIo,
): Promise<ReadChange> {
  const change = await io.changedFiles(baseRef, await directoriesAsGlobs(paths, io));
  const rendered = render === undefined ? [] : await readRenderedChange(baseRef, render, io);
  const renderedPaths = new Set(rendered.map(pairFile));
  const plain = change.files.filter((file) => !renderedPaths.has(sidePath(file)));
  const named = new Set(defaultPaths ? [] : paths);
  io.logger.info(
    `${plain.length} changed files match ${paths.join(', ')} since the merge base ` +
      `${change.mergeBase.slice(0, 7)} of ${baseRef}` +
      (render === undefined ? '' : `; ${rendered.length} rendered dashboards differ`),
  );

  const baseTexts = await change.readBaseTexts(plain);
  const pairs: FilePair[] = [...rendered];
  for (const file of plain) {
    const pair: FilePair = {
      named: named.has(file.path ?? '') || named.has(file.basePath ?? ''),
    };
    if (file.basePath !== undefined && file.baseBlob !== undefined) {
      const text = baseTexts.get(file.baseBlob);
      pair.base =
        text === undefined
          ? unreadable(file.basePath, `git could not read the base version (${file.baseBlob})`)
          : loadDashboardFile(file.basePath, text);
    }
    if (file.path !== undefined) pair.head = await readWorkingFile(file.path, io);
    pairs.push(pair);
  }
  pairs.sort((a, b) => compare(pairFile(a), pairFile(b)));
  return { mergeBase: change.mergeBase, head: change.head, pairs };
}

/** A directory named as a path stands for its JSON files at any depth, as a reader means it. */
const FILES_OF_A_DIRECTORY = '**/*.json';

async function directoriesAsGlobs(
  paths: readonly string[],
  io: Pick<DashboardDiffIo, 'directoryExists'>,
): Promise<string[]> {
  return Promise.all(
    paths.map(async (path) => {
      const plain = !/[*?[]/.test(path);
      return plain && (path.endsWith('/') || (await io.directoryExists(path)))
        ? `${path.replace(/\/+$/, '')}/${FILES_OF_A_DIRECTORY}`
        : path;
    }),
  );
}

/**
 * The rendered dashboards that differ: every source matching the render globs that changed
 * (renames followed), and, when the change touched anything else (a vendored library, an
 * imported JSON file), every other source too, since an import can change what a source renders
 * without the source changing; those count only when their two renders differ. The head side
 * renders in the working tree, the base side in a temporary checkout of the merge base, so
 * imports resolve as they did there.
 */
async function readRenderedChange(
  baseRef: string,
  render: RenderCommand,
  io: DashboardDiffIo,
): Promise<FilePair[]> {
  const sources = await io.changedFiles(baseRef, render.globs);
  const changed = new Set(sources.files.map(sidePath));
  const everything = await io.changedFiles(baseRef, ['**']);
  const importsMayHaveChanged = everything.files.some((file) => !changed.has(sidePath(file)));
  const unchanged = importsMayHaveChanged
    ? (await sources.listFiles(render.globs)).filter((path) => !changed.has(path))
    : [];
  const files: ChangedFile[] = [
    ...sources.files,
    ...unchanged.map((path): ChangedFile => ({ path, basePath: path, status: 'modified' })),
  ];
  if (files.length === 0) return [];
  const heads = new Map<ChangedFile, RenderOutput>();
  for (const file of files) {
    if (file.path !== undefined) heads.set(file, await renderText(render, file.path, io));
  }
  const bases = new Map<ChangedFile, RenderOutput>();
  const withBase = files.filter((file) => file.basePath !== undefined);
  if (withBase.length > 0) {
    await sources.withBaseCheckout(async (directory) => {
      for (const file of withBase) {
        bases.set(file, await renderText(render, file.basePath ?? '', io, directory));
      }
    });
  }
  const pairs: FilePair[] = [];
  for (const file of files) {
    const base = bases.get(file);
    const head = heads.get(file);
    // An unchanged source that renders the same on both sides is no change at all.
    if (file.status === 'modified' && !changed.has(sidePath(file)) && sameOutput(base, head)) {
      continue;
    }
    pairs.push({
      named: true, // a file given to the render command is meant to be a dashboard
      ...(base === undefined ? {} : { base: loadRendered(file.basePath ?? '', base) }),
      ...(head === undefined ? {} : { head: loadRendered(file.path ?? '', head) }),
    });
  }
  return pairs;
}

function sameOutput(a: RenderOutput | undefined, b: RenderOutput | undefined): boolean {
  return a?.ok === true && b?.ok === true && a.stdout === b.stdout;
}

/** A file of the working tree, loaded; one that cannot be read is a problem of that file alone. */
async function readWorkingFile(path: string, io: DashboardDiffIo): Promise<LoadedFile> {
  try {
    return loadDashboardFile(path, await io.readFile(path));
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return unreadable(path, error.message);
  }
}

/** Renders `file` (in `cwd`, default the working directory) and loads what it printed. */
async function renderFile(
  render: RenderCommand,
  file: string,
  io: DashboardDiffIo,
  cwd?: string,
): Promise<LoadedFile> {
  return loadRendered(file, await renderText(render, file, io, cwd));
}

/**
 * Runs the render command on `file`, in `cwd` (default: the working directory). A path that
 * starts with `-` is passed as `./-…`: a pull request may add a file whose name the render tool
 * would read as an option (`-o…` writes a file).
 */
function renderText(
  render: RenderCommand,
  file: string,
  io: DashboardDiffIo,
  cwd?: string,
): Promise<RenderOutput> {
  const argument = file.startsWith('-') ? `./${file}` : file;
  return io.render(
    render.argv.map((arg) => arg.replaceAll(RENDER_FILE_PLACEHOLDER, argument)),
    cwd,
  );
}

function loadRendered(file: string, output: RenderOutput): LoadedFile {
  if (!output.ok) return unreadable(file, output.message);
  return loadDashboardFile(file, output.stdout, { rendered: true });
}

function unreadable(file: string, message: string): LoadedFile {
  return { file, dashboards: [], problems: [{ file, location: '', message }] };
}

/**
 * A file's problems go to the report, the head version's as problems (they fail the gate, like
 * an error the change introduces) and the base version's as skipped files (the change did not
 * make them, and may be what fixes them). A file that is not a dashboard is skipped quietly when
 * a glob matched it (a package.json), and is a problem when the user named it.
 */
function collectProblems(pair: FilePair, problems: LoadProblem[], skipped: SkippedFile[]): void {
  problems.push(...(pair.head?.problems ?? []));
  for (const problem of pair.base?.problems ?? []) {
    const where = [problem.location, problem.line === undefined ? '' : `line ${problem.line}`]
      .filter((part) => part !== '')
      .join(', ');
    skipped.push({
      file: problem.file,
      reason: `the base version could not be read${where === '' ? '' : ` (${where})`}: ${problem.message}`,
    });
  }
  const reason =
    pair.head?.notDashboard ?? (pair.head === undefined ? pair.base?.notDashboard : undefined);
  if (reason === undefined) return;
  const file = pairFile(pair);
  if (pair.named) problems.push({ file, location: '', message: `not a dashboard: ${reason}` });
  else skipped.push({ file, reason });
}

/** A file that holds dashboards, or failed to (its problems are reported, its diff is not). */
function isDashboardFile(file: LoadedFile | undefined): file is LoadedFile {
  return file !== undefined && file.notDashboard === undefined && file.dashboards.length > 0;
}

/**
 * Lint findings in a rendered file lose their lines: those are lines of the render's output, not
 * of the source a reviewer reads.
 */
/** The finding on its file, without a line. */
function withoutPlace(finding: Finding): Finding {
  const copy = { ...finding };
  delete copy.line;
  delete copy.endLine;
  delete copy.column;
  delete copy.endColumn;
  return copy;
}

function sidePath(file: ChangedFile): string {
  return file.path ?? file.basePath ?? '';
}

function pairFile(pair: FilePair): string {
  return pair.head?.file ?? pair.base?.file ?? '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
