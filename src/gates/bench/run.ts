/**
 * The bench gate's one code path, shared by the action and the CLI: read the result files,
 * find the baseline, compare, and return the verdict. All I/O comes in through `BenchIo`.
 */
import { ConfigurationError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { Note, Verdict } from '../../verdict/types.js';
import { analyzeBench, type StoredRuns } from './analyze.js';
import {
  AncestryUnavailableError,
  entriesOfAncestry,
  MAX_EXTRA_ANCESTRY_LOOKUPS,
  type AncestryCheck,
} from '../../history/ancestry.js';
import type { HistoryIo } from '../../history/history-io.js';
import type { SnapshotStore } from '../../history/snapshot.js';
import { BASELINE_SCHEMA, findBaseline, serializeBaseline } from './baseline-store.js';
import {
  historyEntry,
  historyOfAncestry,
  storedRunValues,
  trendFor,
  type HistoryEntry,
} from './history.js';
import type { BenchInputs } from './inputs.js';
import type { BaselineOrigin } from './options.js';
import { mergeBenchFiles, parseBenchFile } from './parse/index.js';
import type { BenchmarkSeries, ParsedBenchFile } from './types.js';
import { buildBenchVerdict, type BaselineDescription } from './verdict.js';
import { countOf } from '../../report/labels.js';
import { median } from '../../stats/index.js';

/** The I/O the bench gate needs; the action and the CLI each provide one. */
export interface BenchIo {
  logger: Logger;
  /** Paths matching the globs, sorted; throws ConfigurationError when a glob matches nothing. */
  resolveFiles(patterns: readonly string[], inputName: string): Promise<string[]>;
  /** Reads a result file (size-checked). */
  readFile(path: string): Promise<string>;
  /** Baseline storage (BASELINE_KIND snapshots), when stored baselines are available. */
  store?: SnapshotStore;
  /** The merge base and its first-parent ancestors, nearest first. */
  ancestors?(): Promise<string[]>;
  /**
   * Whether a stored run's commit is the merge base or one of its ancestors, on a pull request:
   * the history window then holds only the pull request's past. Asked once, when the history has
   * runs; throws AncestryUnavailableError when neither the API nor git can tell the merge base.
   */
  ancestry?(): Promise<AncestryCheck>;
  /** The commit to store these results under, when this run should save a baseline. */
  saveAs?: string;
  /** The suite's stored run history (data branch or local file), when enabled. */
  history?: HistoryIo<HistoryEntry>;
  /** Identifies this run in the history (a re-run adds no second entry). */
  runId?: string;
  /** Clock, for the stored baseline's time stamp. */
  now(): Date;
}

async function readFiles(
  patterns: readonly string[],
  inputName: string,
  inputs: BenchInputs,
  io: BenchIo,
): Promise<ParsedBenchFile[]> {
  const paths = await io.resolveFiles(patterns, inputName);
  const files = [];
  for (const path of paths) {
    const parsed = parseBenchFile({ path, text: await io.readFile(path) }, inputs.format);
    for (const warning of parsed.warnings) io.logger.warning(`${path}: ${warning}`);
    io.logger.info(`${path}: ${countOf(parsed.benchmarks.length, 'benchmark')} (${parsed.format})`);
    files.push(parsed);
  }
  return files;
}

async function readSuite(
  patterns: readonly string[],
  inputName: string,
  inputs: BenchInputs,
  io: BenchIo,
): Promise<BenchmarkSeries[]> {
  return mergeBenchFiles(await readFiles(patterns, inputName, inputs, io));
}

/**
 * Baseline files as a suite, and as stored runs when they are several runs of single values: a
 * benchmark that is a summary in two or more files has one value per file (one run each), and
 * those values are the baseline distribution its head value is judged against. Its baseline
 * series is then one summary, the median of the runs. Everything else merges as usual
 * (repetitions from several files are more repetitions).
 */
export function baselineRuns(files: readonly ParsedBenchFile[]): {
  base: BenchmarkSeries[];
  runs?: Map<string, (number | undefined)[]>;
} {
  const summaryFiles = new Map<string, number>();
  for (const file of files) {
    for (const series of file.benchmarks) {
      if (series.kind === 'summary') {
        summaryFiles.set(series.name, (summaryFiles.get(series.name) ?? 0) + 1);
      }
    }
  }
  const asRuns = new Set([...summaryFiles].filter(([, count]) => count >= 2).map(([name]) => name));
  if (asRuns.size === 0) return { base: mergeBenchFiles(files) };
  const runs = new Map<string, (number | undefined)[]>();
  const first = new Map<string, BenchmarkSeries>();
  files.forEach((file, j) => {
    for (const series of file.benchmarks) {
      if (!asRuns.has(series.name)) continue;
      const earlier = first.get(series.name);
      if (!earlier) first.set(series.name, series);
      else if (earlier.unit !== series.unit || earlier.direction !== series.direction) {
        throw new ConfigurationError(
          `benchmark "${series.name}" has ${earlier.unit} (${earlier.direction}) in ${earlier.source.file} but ${series.unit} (${series.direction}) in ${series.source.file}; baseline runs of one benchmark must agree`,
        );
      }
      const values = runs.get(series.name) ?? Array.from({ length: files.length }, () => undefined);
      values[j] = series.samples[0];
      runs.set(series.name, values);
    }
  });
  const rest = mergeBenchFiles(
    files.map((file) => ({
      ...file,
      benchmarks: file.benchmarks.filter((series) => !asRuns.has(series.name)),
    })),
  );
  const summaries = [...first.values()].map((series): BenchmarkSeries => {
    const values = (runs.get(series.name) ?? []).filter((v): v is number => v !== undefined);
    return {
      ...series,
      samples: [median(values)],
      kind: 'summary',
      source: { file: `${values.length} baseline runs` },
    };
  });
  return { base: [...summaries, ...rest], runs };
}

/**
 * The stored runs of the history as a baseline suite: per head benchmark with stored values,
 * one summary, the median of its stored values in the window.
 */
function baselineFromRuns(
  head: readonly BenchmarkSeries[],
  runs: ReadonlyMap<string, readonly (number | undefined)[]>,
  label: string,
): BenchmarkSeries[] {
  return head.flatMap((series): BenchmarkSeries[] => {
    const values = (runs.get(series.name) ?? []).filter((v): v is number => v !== undefined);
    if (values.length === 0) return [];
    return [
      {
        name: series.name,
        unit: series.unit,
        direction: series.direction,
        samples: [median(values)],
        kind: 'summary',
        source: { file: label },
      },
    ];
  });
}

function originFor(inputs: BenchInputs, kind: BaselineDescription['kind']): BaselineOrigin {
  if (inputs.baselineFrom !== 'auto') return inputs.baselineFrom;
  // Baseline files are the recommended same-job A/B (in a workflow, or both sides run on one
  // laptop), the same in the action and the CLI; a stored baseline was measured on another
  // runner, whose speed is corrected as a suite-wide offset.
  return kind === 'files' ? 'same-job' : 'other-runner';
}

/** Runs the bench gate. Throws ConfigurationError on unusable input. */
export async function runBench(inputs: BenchInputs, io: BenchIo): Promise<Verdict> {
  const head = await readSuite(inputs.current, 'current', inputs, io);
  // The ancestry is asked once: the stored baseline and the history both follow it.
  let ancestry: Promise<string[]> | undefined;
  const ancestors = io.ancestors
    ? (): Promise<string[]> => (ancestry ??= (io.ancestors as () => Promise<string[]>)())
    : undefined;

  const history = io.history ? await readHistory(io.history, io) : [];
  const past =
    history.length > 0
      ? await pastRunsOf(history, inputs, io, ancestors)
      : { runs: [], ofAncestry: '', notes: [] };
  const pastRuns = past.runs;
  const historyValues = storedRunValues(pastRuns, head, inputs.historyWindow);
  const windowRuns = Math.min(pastRuns.length, inputs.historyWindow);

  let base: BenchmarkSeries[] = [];
  let baseline: BaselineDescription;
  let storedRuns: StoredRuns | undefined;
  if (inputs.baseline.length > 0) {
    const files = await readFiles(inputs.baseline, 'baseline', inputs, io);
    const split = baselineRuns(files);
    base = split.base;
    baseline = { kind: 'files', label: `result files (${inputs.baseline.join(', ')})` };
    if (split.runs) {
      storedRuns = { values: split.runs, source: `${files.length} baseline files, one run each` };
    }
  } else if (io.store && ancestors) {
    const found = await loadStoredBaseline(inputs, io, io.store, ancestors);
    if (found) {
      base = found.benchmarks;
      baseline = { kind: 'stored', label: found.label };
    } else {
      baseline = {
        kind: 'none',
        label: `No stored baseline was found for suite '${inputs.suite}' on the merge base or its ${inputs.baselineSearchDepth} nearest ancestors.`,
      };
    }
  } else {
    baseline = {
      kind: 'none',
      label: 'No baseline was given (`baseline` files) and no baseline store is available here.',
    };
  }
  const historySource = `the last ${windowRuns} runs stored in the history${past.ofAncestry}`;
  if (!storedRuns && windowRuns > 0) {
    storedRuns = { values: historyValues, source: historySource };
  }
  // History as the baseline itself: without baseline files or a stored baseline, the stored
  // runs are the baseline distribution.
  if (baseline.kind === 'none' && windowRuns > 0) {
    base = baselineFromRuns(head, historyValues, 'history');
    if (base.length > 0) {
      baseline = {
        kind: 'stored',
        label: `${historySource} (${io.history?.label ?? 'history'}), from other runners`,
      };
    }
  }

  const names = head.map((series) => series.name);
  const trends = new Map<string, { labels: string[]; values: number[] }>();
  for (const name of history.length > 0 ? names : []) {
    const trend = trendFor(history, name);
    if (trend.values.length > 0) trends.set(name, trend);
  }

  const analysis = analyzeBench(
    base,
    head,
    { ...inputs.analysis, baselineFrom: originFor(inputs, baseline.kind) },
    storedRuns ? { storedRuns } : {},
  );
  const verdict = buildBenchVerdict(analysis, {
    key: inputs.common.key,
    baseline,
    ...(trends.size > 0 ? { history: trends } : {}),
  });
  verdict.notes.push(...past.notes);

  if (io.saveAs && io.store) await saveBaseline(inputs, io, io.store, io.saveAs, head, verdict);
  if (io.saveAs && io.history)
    await appendHistory(inputs, io, io.history, io.saveAs, head, verdict);
  return verdict;
}

/** The stored runs a pull request's history window may hold, and how they were chosen. */
interface PastRuns {
  /** Oldest first. */
  runs: HistoryEntry[];
  /** Appended to "the last N runs stored in the history", e.g. ` of the merge base's ancestry`. */
  ofAncestry: string;
  /** For the reader, when the runs could not be cut to the ancestry as asked. */
  notes: Note[];
}

/**
 * The stored runs of the merge base's ancestry: with an ancestry check (pull requests in the
 * action and the CLI), exactly the runs of the merge base and its ancestors, newest first until
 * the window is full. When the check cannot tell, the gate still decides, on the runs the stored
 * order suggests ({@link historyOfAncestry}), and says so: the history is a side record, and an
 * API outage must not fail a pull request. Without a check (pushes), that order alone.
 */
async function pastRunsOf(
  history: readonly HistoryEntry[],
  inputs: BenchInputs,
  io: BenchIo,
  ancestors: (() => Promise<string[]>) | undefined,
): Promise<PastRuns> {
  const byOrder = async (): Promise<HistoryEntry[]> =>
    historyOfAncestry(history, ancestors ? await ancestors() : undefined, io.saveAs);
  if (!io.ancestry) {
    const known = ancestors ? await ancestors() : [];
    return {
      runs: await byOrder(),
      ofAncestry: known.length > 0 ? " of the merge base's ancestry" : '',
      notes: [],
    };
  }
  try {
    const check = await io.ancestry();
    const candidates = history.filter((entry) => entry.sha !== io.saveAs);
    const found = await entriesOfAncestry(candidates, check, inputs.historyWindow);
    const mergeBase = check.mergeBase.slice(0, 7);
    io.logger.info(
      `${countOf(found.entries.length, 'stored run')} of the history belong to the ancestry of the merge base ${mergeBase} (told by ${check.source}).`,
    );
    const notes: Note[] = [];
    if (found.exhausted) {
      notes.push({
        level: 'info',
        text: `Only the newest ${countOf(inputs.historyWindow + MAX_EXTRA_ANCESTRY_LOOKUPS, 'stored commit')} were checked against the ancestry of the merge base ${mergeBase}; ${countOf(found.entries.length, 'run')} of its ancestry were among them.`,
      });
    } else if (found.entries.length < Math.min(inputs.historyWindow, candidates.length)) {
      // Every stored run was checked and the window is not full: say why runs are missing.
      const leftOut = candidates.length - found.entries.length;
      notes.push({
        level: 'info',
        text: `${countOf(leftOut, 'stored run')} of the history ${leftOut === 1 ? 'is' : 'are'} not of the merge base's ancestry (${mergeBase}): runs of other branches, stored after the merge base, or of commits this checkout does not have; ${leftOut === 1 ? 'it was' : 'they were'} left out.`,
      });
    }
    return {
      runs: found.entries,
      ofAncestry: ` of the merge base's ancestry (${mergeBase})`,
      notes,
    };
  } catch (error) {
    if (!(error instanceof AncestryUnavailableError)) throw error;
    // The note below says it wherever the verdict goes (console, comment, summary).
    return {
      runs: await byOrder(),
      ofAncestry: '',
      notes: [
        {
          level: 'warning',
          text: `The history window could not be cut to the merge base's ancestry (${error.message}); it holds the last stored runs, which may include runs stored after the merge base or on other branches.`,
        },
      ],
    };
  }
}

/** Reads the history; an unreadable history is a warning, never a failed gate. */
async function readHistory(history: HistoryIo<HistoryEntry>, io: BenchIo): Promise<HistoryEntry[]> {
  try {
    const entries = await history.read();
    io.logger.info(`${history.label}: ${entries.length} stored runs`);
    return entries;
  } catch (error) {
    io.logger.warning(`Could not read the history (${history.label}): ${(error as Error).message}`);
    return [];
  }
}

async function appendHistory(
  inputs: BenchInputs,
  io: BenchIo,
  history: HistoryIo<HistoryEntry>,
  sha: string,
  head: BenchmarkSeries[],
  verdict: Verdict,
): Promise<void> {
  const entry = historyEntry(inputs.suite, sha, io.now().toISOString(), head, {
    ...(io.runId === undefined ? {} : { runId: io.runId }),
  });
  try {
    await history.append(entry);
    verdict.notes.push({
      level: 'info',
      text: `Appended this run to the history (${history.label}).`,
    });
  } catch (error) {
    // The history is a side record: a conflict storm or a missing permission must not fail the run.
    io.logger.warning(
      `Could not append to the history (${history.label}): ${(error as Error).message}`,
    );
  }
}

async function loadStoredBaseline(
  inputs: BenchInputs,
  io: BenchIo,
  store: SnapshotStore,
  ancestors: () => Promise<string[]>,
): Promise<{ benchmarks: BenchmarkSeries[]; label: string } | undefined> {
  const shas = (await ancestors()).slice(0, inputs.baselineSearchDepth);
  let found;
  try {
    found = await findBaseline(store, inputs.suite, shas);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      // A damaged stored baseline is the store's problem, not the pull request's: say so, and
      // carry on as if there were none rather than failing every pull request.
      io.logger.warning(
        `${error.message} It is ignored; the next push to the default branch replaces it.`,
      );
      return undefined;
    }
    throw error;
  }
  if (!found) return undefined;
  const short = found.baseline.sha.slice(0, 7);
  const where =
    found.distance === 0
      ? `the merge base ${short}`
      : `${short}, ${found.distance} commit${found.distance === 1 ? '' : 's'} before the merge base (the nearest ancestor with a stored baseline)`;
  return {
    benchmarks: found.baseline.benchmarks,
    label: `stored results of ${where}, from another runner (${found.baseline.createdAt})`,
  };
}

async function saveBaseline(
  inputs: BenchInputs,
  io: BenchIo,
  store: SnapshotStore,
  sha: string,
  head: BenchmarkSeries[],
  verdict: Verdict,
): Promise<void> {
  const text = serializeBaseline({
    schema: BASELINE_SCHEMA,
    suite: inputs.suite,
    sha,
    createdAt: io.now().toISOString(),
    benchmarks: head,
  });
  try {
    await store.write(inputs.suite, sha, text);
    verdict.notes.push({
      level: 'info',
      text: `Stored these results as the baseline of ${sha.slice(0, 7)} (suite '${inputs.suite}').`,
    });
  } catch (error) {
    // Saving is a side effect of a passing run: a full cache or an API outage must not fail it.
    io.logger.warning(`Could not store the baseline: ${(error as Error).message}`);
  }
}
