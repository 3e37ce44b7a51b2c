/**
 * Turns a bench analysis into the shared verdict: headline, figures, tables and notes. Pure; the
 * shared reporters render the verdict to Markdown, check runs and the console.
 */
import {
  displayUnit,
  formatBytes,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../report/format.js';
import { median } from '../../stats/index.js';
import type { Cell, Chart, Metric, Note, Status, Table, Verdict } from '../../verdict/types.js';
import {
  SLOW_OUTLIER_SCORE,
  type BenchAnalysis,
  type BenchmarkComparison,
  type BenchmarkVerdict,
} from './analyze.js';
import type { Correction } from './options.js';
import { countOf } from '../../report/labels.js';
import { shortenNames, type ShortNames } from '../../report/short-names.js';
import { MIN_STORED_RUNS } from './single-value.js';

/** Facts about the baseline that the verdict reports. */
export interface BaselineDescription {
  /** `files` (same-job A/B or given files), `stored` (cache), or `none` (nothing found). */
  kind: 'files' | 'stored' | 'none';
  /** Human description, e.g. "merge base abc1234 (2 commits back)". */
  label: string;
}

/** Options of the verdict text. */
export interface BenchVerdictOptions {
  key: string;
  baseline: BaselineDescription;
  /** Trend per benchmark name, from the history store, for regressed benchmarks. */
  history?: ReadonlyMap<string, { labels: string[]; values: number[] }>;
}

const verdictLabel: Record<BenchmarkVerdict, string> = {
  regressed: 'regressed',
  improved: 'improved',
  unchanged: 'unchanged',
  inconclusive: 'inconclusive',
};

/** Sort key for the main table: regressions first, then inconclusive, then improvements. */
const verdictOrder: Record<BenchmarkVerdict, number> = {
  regressed: 0,
  inconclusive: 1,
  improved: 2,
  unchanged: 3,
};

/** Formats a value in a series' canonical unit. */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'ns':
      return formatDuration(value);
    case 'B':
      return formatBytes(value);
    case 'B/s':
      return `${formatBytes(value)}/s`;
    default:
      return `${compactNumber(value)} ${unit}`;
  }
}

/** 79288168 → "79.3M": rates and counts read best with three significant digits. */
function compactNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const [scale, suffix] of [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ] as const) {
    if (magnitude >= scale) return `${formatNumber(value / scale)}${suffix}`;
  }
  return formatNumber(value);
}

/** No-break space: the `…` of an interval never starts a line of its own. */
const NO_BREAK_SPACE = '\u00A0';

/**
 * "+12.3% (+8.1% … +16.0%)": the change head/base with its interval. A narrow column (a PR
 * comment) wraps it between whole numbers only: after the change, and after the `…`.
 */
export function formatChange(c: BenchmarkComparison): string {
  const change = formatPercent(c.ratio - 1, { signed: true, digits: 1 });
  if (c.ratioLower === undefined || c.ratioUpper === undefined) return change;
  const bound = (ratio: number): string =>
    // A bound past any number a reader can use (noise as heavy-tailed as a Cauchy's, from a
    // loaded machine) reads as unbounded.
    Number.isFinite(ratio) && ratio < UNBOUNDED_RATIO
      ? formatPercent(ratio - 1, { signed: true, digits: 1 })
      : '+∞';
  return `${change} (${bound(c.ratioLower)}${NO_BREAK_SPACE}… ${bound(c.ratioUpper)})`;
}

/** Ratio from which an interval's bound reads as unbounded (+10,000,000%). */
const UNBOUNDED_RATIO = 1e5;

function formatP(p: number | undefined): string {
  if (p === undefined) return '–';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

/**
 * One comparison as a table row. The verdict and the change come first, where a reader always
 * sees them: a table wider than the PR comment (840 px) scrolls, and what scrolls out of view is
 * the last columns, so the name (shortened by `names`, and the one cell that can be long) comes
 * last.
 */
function row(c: BenchmarkComparison, names: ShortNames): Cell[] {
  return [
    `${verdictLabel[c.verdict]}${c.method === 'single-value' ? ' (single value)' : ''}`,
    formatChange(c),
    formatP(c.adjustedPValue),
    formatValue(c.base.median, c.unit),
    formatValue(c.head.median, c.unit),
    { text: names.of(c.name), code: true },
  ];
}

function columnsFor(confidence: number): Table['columns'] {
  return [
    { header: 'Verdict' },
    { header: `Change (${Math.round(confidence * 100)}% CI)`, align: 'right' },
    { header: 'p (adj.)', align: 'right' },
    { header: 'Base (median)', align: 'right' },
    { header: 'Head (median)', align: 'right' },
    { header: 'Benchmark' },
  ];
}

/**
 * The comparisons' names without what all of them share (benchstat's way), a metric suffix
 * (` (B/op)`) kept on every name: one shortening for every table, so a benchmark reads the same
 * in each.
 */
function shortNamesOf(comparisons: readonly BenchmarkComparison[]): ShortNames {
  const names = comparisons.map((c) => c.name);
  const keys = benchmarkKeys(names);
  return shortenNames(names, { tailStart: (name) => (keys.get(name) ?? name).length });
}

/** A table's title, with the pattern of its shortened names: `… of BenchmarkDecode/…-16`. */
function titleWith(title: string, names: ShortNames): string {
  return names.pattern === '' ? title : `${title} of ${names.pattern}`;
}

/** How much worse a comparison is, on a log scale (positive: worse). */
function severity(c: BenchmarkComparison): number {
  const shift = Math.log(c.ratio);
  return c.direction === 'smaller-is-better' ? shift : -shift;
}

/**
 * The benchmark a compared series belongs to: parsers name a benchmark's further metrics
 * `Name (B/op)` beside its primary `Name` (Go's -benchmem, Google Benchmark's counters), so a
 * trailing parenthesised metric joins the benchmark `Name` when `Name` is compared too or when
 * another series shares it. A name that merely ends in parentheses stays its own benchmark.
 */
export function benchmarkKeys(names: readonly string[]): Map<string, string> {
  const stemOf = (name: string): string | undefined => /^(.*\S) \([^()]+\)$/.exec(name)?.[1];
  const present = new Set(names);
  const stemCounts = new Map<string, number>();
  for (const name of names) {
    const stem = stemOf(name);
    if (stem !== undefined) stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
  }
  return new Map(
    names.map((name) => {
      const stem = stemOf(name);
      const joins = stem !== undefined && (present.has(stem) || (stemCounts.get(stem) ?? 0) >= 2);
      return [name, joins ? stem : name];
    }),
  );
}

/**
 * How many benchmarks and how many metrics (compared series) a verdict applies to. A benchmark
 * counts as regressed when any of its metrics regressed; as inconclusive when none regressed and
 * one is inconclusive; as improved when none regressed or is inconclusive and one improved.
 */
interface Counts {
  benchmarks: number;
  metrics: number;
  regressed: { benchmarks: number; metrics: number };
  inconclusive: { benchmarks: number; metrics: number };
  improved: { benchmarks: number; metrics: number };
}

function countVerdicts(comparisons: readonly BenchmarkComparison[]): Counts {
  const keys = benchmarkKeys(comparisons.map((c) => c.name));
  const byBenchmark = new Map<string, Set<BenchmarkVerdict>>();
  for (const c of comparisons) {
    const key = keys.get(c.name) ?? c.name;
    const verdicts = byBenchmark.get(key) ?? new Set<BenchmarkVerdict>();
    verdicts.add(c.verdict);
    byBenchmark.set(key, verdicts);
  }
  const worstOf = (verdicts: Set<BenchmarkVerdict>): BenchmarkVerdict =>
    (['regressed', 'inconclusive', 'improved'] as const).find((v) => verdicts.has(v)) ??
    'unchanged';
  const worst = [...byBenchmark.values()].map(worstOf);
  const tally = (v: BenchmarkVerdict): { benchmarks: number; metrics: number } => ({
    benchmarks: worst.filter((w) => w === v).length,
    metrics: comparisons.filter((c) => c.verdict === v).length,
  });
  return {
    benchmarks: byBenchmark.size,
    metrics: comparisons.length,
    regressed: tally('regressed'),
    inconclusive: tally('inconclusive'),
    improved: tally('improved'),
  };
}

/** "2 of 9 benchmarks" and, when benchmarks carry several metrics, " (3 of 18 metrics)". */
function countPhrase(
  part: { benchmarks: number; metrics: number },
  counts: Counts,
): { benchmarks: string; metrics: string } {
  const several = counts.metrics !== counts.benchmarks;
  return {
    benchmarks: `${part.benchmarks} of ${plural(counts.benchmarks, 'benchmark')}`,
    metrics: several ? ` (${part.metrics} of ${plural(counts.metrics, 'metric')})` : '',
  };
}

/** The corrections and tables run over compared series: metrics, when benchmarks have several. */
function seriesNoun(counts: Counts): 'benchmark' | 'metric' {
  return counts.metrics === counts.benchmarks ? 'benchmark' : 'metric';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "a regression of 40% is proven 80% of the time", or, where the stored runs are too noisy for
 * any regression to be proven reliably (an infinite or absurd limit, such as tails as heavy as a
 * Cauchy's on a loaded machine), that said outright.
 */
function provenReliably(detectable: number, verb: 'is' | 'would be'): string {
  return Number.isFinite(detectable) && detectable <= MAX_QUOTED_LIMIT
    ? `a regression of ${formatPercent(detectable, { digits: 0 })} ${verb} proven 80% of the time`
    : `at this noise no regression ${verb} proven reliably (80% of the time), however large`;
}

/** Largest detection limit quoted as a number (+10,000%); beyond it, none is reliable. */
const MAX_QUOTED_LIMIT = 100;

/**
 * What the suite's single values could show, from the analysis that judged them (one source):
 * those judged against stored runs (their count, the noise the runs show, the change they prove
 * 80% of the time, and what they may do under `single-value`), then those with too few stored
 * runs, which warn at most unless `single-value: fail` and no stored runs at all.
 */
function singleValueNotes(analysis: BenchAnalysis, noun: string, threshold: string): Note[] {
  const singles = analysis.comparisons.filter((c) => c.method === 'single-value');
  if (singles.length === 0) return [];
  const notes: Note[] = [];
  const mayFail = analysis.options.singleValue === 'fail';
  const judged = singles.filter((c) => c.historyRuns !== undefined);
  const summary = analysis.singleValues;
  if (summary !== undefined && judged.length > 0) {
    const noises = judged.flatMap((c) => (c.historyNoise === undefined ? [] : [c.historyNoise]));
    const noise =
      noises.length === 0
        ? ''
        : `, run-to-run noise ${formatPercent(median(noises), { digits: 1 })} (median)`;
    notes.push({
      level: 'info',
      text: `${plural(judged.length, noun)} with a single value ${judged.length === 1 ? 'was' : 'were'} judged against up to ${plural(summary.runs, 'stored run')} (${summary.source})${noise}: a change beyond the noise warns; ${
        mayFail
          ? `one proven beyond ${threshold} after the suite's correction fails (single-value: fail), and ${provenReliably(summary.detectableChange, 'is')}.`
          : `none fails (set \`single-value: fail\` to let a regression proven beyond ${threshold} fail; ${provenReliably(summary.detectableChange, 'would be')}).`
      }`,
    });
  }
  const unjudged = singles.filter((c) => c.historyRuns === undefined);
  if (unjudged.length > 0) {
    notes.push({
      level: 'warning',
      text: `${plural(unjudged.length, noun)} ${unjudged.length === 1 ? 'has' : 'have'} a single value on one side and too few stored runs to measure ${unjudged.length === 1 ? 'its' : 'their'} run-to-run noise: one number cannot tell a ${threshold} change from runner noise, so ${
        mayFail
          ? 'a change beyond the threshold warns; it fails (single-value: fail) only with no stored runs at all and beyond the spread the tool reported, which is a within-run spread and understates runner noise'
          : `a change beyond the threshold warns at most`
      }. Run repetitions (e.g. \`--benchmark_repetitions=10\`, \`go test -count 10\`, hyperfine's \`--runs\`), or keep a history (\`history\`) of ${MIN_STORED_RUNS} runs or more, to get a real verdict.`,
    });
  }
  return notes;
}

/** Builds the bench verdict. */
export function buildBenchVerdict(analysis: BenchAnalysis, options: BenchVerdictOptions): Verdict {
  const { comparisons, options: analysisOptions } = analysis;
  const counts = countVerdicts(comparisons);
  const regressed = counts.regressed.benchmarks;
  const improved = counts.improved.benchmarks;
  const inconclusive = counts.inconclusive.benchmarks;
  const threshold = formatPercent(analysisOptions.threshold, { digits: 0 });
  const total = comparisons.length;
  // What one compared series is called: a benchmark, or one metric of a benchmark.
  const noun = seriesNoun(counts);
  const shift = analysis.offset?.suspectedRunnerShift === true;
  const notes: Note[] = [];
  const columns = columnsFor(analysisOptions.confidence);

  if (options.baseline.kind === 'none') {
    return noBaselineVerdict(options, analysis);
  }

  let status: Status = 'pass';
  let headline: string;
  if (total === 0) {
    status = 'warn';
    headline = 'No benchmark is present in both the baseline and the current results';
  } else if (regressed > 0) {
    status = 'fail';
    const phrase = countPhrase(counts.regressed, counts);
    headline = `${phrase.benchmarks} regressed beyond ${threshold}${phrase.metrics}`;
  } else if (inconclusive > 0 || shift) {
    status = 'warn';
    headline = shift
      ? `Suspected runner shift: almost every benchmark moved by ${formatPercent(
          (analysis.offset?.ratio ?? 1) - 1,
          { signed: true, digits: 1 },
        )}`
      : (() => {
          const phrase = countPhrase(counts.inconclusive, counts);
          return `${phrase.benchmarks} inconclusive at ${threshold}${phrase.metrics}; none regressed`;
        })();
  } else {
    const metrics =
      counts.metrics === counts.benchmarks ? '' : ` (${plural(counts.metrics, 'metric')})`;
    headline = `No regression beyond ${threshold} in ${plural(counts.benchmarks, 'benchmark')}${metrics}`;
  }
  if (improved > 0 && status !== 'fail') headline += ` (${improved} improved)`;

  notes.push({ level: 'info', text: `Baseline: ${options.baseline.label}.` });
  if (analysis.offset) {
    const o = analysis.offset;
    notes.push(
      o.applied
        ? {
            level: o.suspectedRunnerShift ? 'warning' : 'info',
            text: `The baseline comes from another runner: a suite-wide offset of ${formatPercent(
              o.ratio - 1,
              { signed: true, digits: 1 },
            )} (estimated from ${plural(o.benchmarks, noun)}) was corrected for.${
              o.runnerNoise === undefined
                ? ''
                : ` The stored runs' own runners varied by ${formatPercent(Math.expm1(o.runnerNoise), { digits: 1 })} from run to run (one standard deviation).`
            }${
              o.suspectedRunnerShift
                ? ' Almost every benchmark moved by this factor, which points at the runner, not the code. Run base and head in the same job (same-job A/B) to tell them apart.'
                : ''
            }`,
          }
        : {
            level: 'info',
            text: `The baseline comes from another runner, but ${plural(o.benchmarks, noun)} are too few to estimate the runner offset; none was corrected for.`,
          },
    );
  }
  notes.push(...sensitivityNotes(analysis, noun));
  if (analysis.noisePooling && analysis.noisePooling.priorDf > 0) {
    const { priorDf, benchmarks, outlying } = analysis.noisePooling;
    notes.push({
      level: 'info',
      text: `Noise estimates were pooled across ${plural(benchmarks, noun)} (empirical Bayes, ${
        Number.isFinite(priorDf)
          ? `worth ${Math.round(priorDf)} extra degrees of freedom`
          : 'their noise levels agree'
      }): with few repetitions each benchmark's own estimate is too uncertain to judge it alone.${
        outlying > 0
          ? ` ${plural(outlying, noun)} with far more noise than the suite's kept ${outlying === 1 ? 'its' : 'their'} own.`
          : ''
      }`,
    });
  }
  const excluded = comparisons.reduce((sum, c) => sum + c.base.excluded + c.head.excluded, 0);
  if (excluded > 0) {
    notes.push({
      level: 'info',
      text: `${plural(excluded, 'far-too-slow sample')} (interference on the runner, modified z-score above ${SLOW_OUTLIER_SCORE}) ${excluded === 1 ? 'was' : 'were'} left out of the tests; the verdict JSON counts them per benchmark.`,
    });
  }
  notes.push(...singleValueNotes(analysis, noun, threshold));
  for (const c of comparisons) {
    if (c.verdict === 'inconclusive' && c.repetitionsNeeded !== undefined) {
      notes.push({
        level: 'info',
        text: `${c.name}: inconclusive with ${repetitionsPhrase(c.base.n, c.head.n)}; about ${c.repetitionsNeeded} on each side would settle a change of this size (80% of the time).`,
      });
    }
  }
  if (analysis.added.length > 0) {
    notes.push({ level: 'info', text: `New benchmarks (no baseline): ${analysis.added.length}.` });
  }
  if (analysis.removed.length > 0) {
    notes.push({
      level: 'info',
      text: `Benchmarks missing from the current results: ${analysis.removed.length}.`,
    });
  }
  const withoutRatio = analysis.withoutRatio ?? [];
  if (withoutRatio.length > 0) {
    notes.push({
      level: 'warning',
      text: `${countOf(withoutRatio.length, 'metric')} changed to or from zero (e.g. 0 allocs/op): a ratio cannot measure that, so ${withoutRatio.length === 1 ? 'it is' : 'they are'} listed with ${withoutRatio.length === 1 ? 'its' : 'their'} medians and not judged.`,
    });
  }

  const sorted = [...comparisons].sort(
    (a, b) =>
      verdictOrder[a.verdict] - verdictOrder[b.verdict] ||
      Math.abs(severity(b)) - Math.abs(severity(a)) ||
      a.name.localeCompare(b.name),
  );
  const changes = sorted.filter((c) => c.verdict !== 'unchanged');
  const names = shortNamesOf(comparisons);
  const tables: Table[] = [];
  if (changes.length > 0) {
    tables.push({
      id: 'changes',
      title: titleWith('Regressions and improvements', names),
      columns,
      rows: changes.map((c) => row(c, names)),
    });
  }
  // Everything else, collapsed: the changes are already in the table above.
  const unchanged = sorted.filter((c) => c.verdict === 'unchanged');
  if (unchanged.length > 0) {
    tables.push({
      id: 'unchanged',
      title: titleWith(plural(unchanged.length, `unchanged ${noun}`), names),
      columns,
      rows: unchanged.map((c) => row(c, names)),
      collapsed: true,
      dropPriority: 1,
    });
  }
  if (withoutRatio.length > 0) {
    tables.push({
      id: 'without-ratio',
      title: 'Changed to or from zero, not judged',
      columns: [
        { header: 'Base (median)', align: 'right' },
        { header: 'Head (median)', align: 'right' },
        { header: 'Benchmark' },
      ],
      rows: withoutRatio.map((m): Cell[] => [
        formatValue(m.baseMedian, m.unit),
        formatValue(m.headMedian, m.unit),
        { text: m.name, code: true },
      ]),
    });
  }
  if (analysis.added.length + analysis.removed.length > 0) {
    tables.push({
      id: 'added-removed',
      title: 'Benchmarks present on one side only',
      columns: [{ header: 'Benchmark' }, { header: 'Where' }],
      rows: [
        ...analysis.added.map((n): Cell[] => [{ text: n, code: true }, 'new in head']),
        ...analysis.removed.map((n): Cell[] => [{ text: n, code: true }, 'missing from head']),
      ],
      collapsed: true,
      dropPriority: 2,
    });
  }

  const worst = comparisons.reduce<BenchmarkComparison | undefined>(
    (w, c) => (w === undefined || severity(c) > severity(w) ? c : w),
    undefined,
  );
  const worstChange = worst ? Math.expm1(severity(worst)) : 0;
  const metrics: Metric[] = [
    { key: 'benchmarks', label: 'Benchmarks compared', value: counts.benchmarks, output: true },
    ...(counts.metrics === counts.benchmarks
      ? []
      : [{ key: 'metrics', label: 'Metrics compared', value: counts.metrics }]),
    { key: 'regressions', label: 'Regressed', value: regressed, output: true },
    { key: 'improvements', label: 'Improved', value: improved, output: true },
    { key: 'inconclusive', label: 'Inconclusive', value: inconclusive, output: true },
    {
      key: 'worst-change',
      label: 'Worst change',
      value: worst ? formatPercent(worstChange, { signed: true, digits: 1 }) : '–',
      output: true,
    },
    { key: 'worst-benchmark', label: 'Worst benchmark', value: worst?.name ?? '–', output: true },
  ];

  return {
    schemaVersion: 1,
    gate: 'bench',
    key: options.key,
    status,
    headline,
    metrics,
    tables,
    findings: [],
    notes,
    charts: trendCharts(comparisons, options),
    data: {
      threshold: analysisOptions.threshold,
      baselineFrom: analysisOptions.baselineFrom,
      worstChange,
      offset: analysis.offset ?? null,
      comparisons: comparisons.map((c) => ({ ...c })),
      added: analysis.added,
      removed: analysis.removed,
      ignored: analysis.ignored,
      ...(withoutRatio.length > 0 ? { withoutRatio } : {}),
    },
  };
}

/** "5 repetitions per side", or "4 base and 20 head repetitions" when the sides differ. */
function repetitionsPhrase(base: number, head: number): string {
  return base === head
    ? `${plural(base, 'repetition')} per side`
    : `${base} base and ${plural(head, 'head repetition')}`;
}

function correctionPhrase(correction: Correction, family: number, noun: string): string {
  switch (correction) {
    case 'holm':
      return `Holm's correction across ${plural(family, noun)}`;
    case 'bh':
      return `the Benjamini–Hochberg correction across ${plural(family, noun)}`;
    case 'none':
      return 'no multiple-comparison correction';
    default: {
      const unreachable: never = correction;
      throw new Error(`unknown correction ${String(unreachable)}`);
    }
  }
}

/**
 * What the suite can detect, said once, from the analysis' sensitivity: the rule that decided the
 * verdicts computed it, so the note cannot contradict them.
 */
function sensitivityNotes(analysis: BenchAnalysis, noun: string): Note[] {
  const s = analysis.sensitivity;
  if (!s) return [];
  const sides = repetitionsPhrase(s.baseRepetitions, s.headRepetitions);
  const correction = correctionPhrase(s.correction, s.benchmarks, noun);
  const threshold = formatPercent(analysis.options.threshold, { digits: 0 });
  const target = formatPercent(s.target, { signed: true, digits: 0 });
  const advice =
    s.repetitionsNeeded === undefined
      ? 'more than 1,000 repetitions on each side would be needed: this suite is too noisy to gate on at this threshold.'
      : `about ${s.repetitionsNeeded} repetitions on each side would bring it to ${target}.`;
  if (!Number.isFinite(s.detectableChange)) {
    const floor = s.pValueFloor === undefined ? '' : ` (1/${Math.round(1 / s.pValueFloor)})`;
    return [
      {
        level: 'warning',
        text: `With ${sides}, a regression of a single ${noun} cannot pass ${correction}: its noise is not pooled with the suite's, so its p-value cannot go below what a permutation test of its repetitions can give${floor}, and it would have to be below ${formatPValueLevel(s.level)}. For a ${target} regression to fail, ${advice}`,
      },
    ];
  }
  const blind = s.detectableChange > s.target;
  return [
    {
      level: blind ? 'warning' : 'info',
      text: `With ${sides} at a typical noise of ${formatPercent(s.noise, { digits: 1 })}, a regression fails this gate reliably (80% of the time) from ${formatPercent(s.detectableChange, { signed: true, digits: 1 })} on (threshold ${threshold}, ${correction}).${
        blind ? ` That is more than twice the threshold: ${advice}` : ''
      }`,
    },
  ];
}

function formatPValueLevel(level: number): string {
  return level >= 0.001 ? String(Number(level.toPrecision(2))) : level.toExponential(1);
}

/** A missing baseline is a pass with directions, never a failure. */
function noBaselineVerdict(options: BenchVerdictOptions, analysis: BenchAnalysis): Verdict {
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: options.key,
    status: 'pass',
    headline: `No baseline yet: ${countOf(analysis.added.length, 'benchmark')} recorded, nothing to compare`,
    metrics: [{ key: 'benchmarks', label: 'Benchmarks compared', value: 0, output: true }],
    tables: [],
    findings: [],
    notes: [
      { level: 'info', text: options.baseline.label },
      {
        level: 'info',
        text: 'To compare pull requests, either run the benchmarks on the merge base in the same job and pass them as `baseline` (same-job A/B, the most reliable), or run this gate on pushes to the default branch so it stores a baseline for later pull requests.',
      },
    ],
    charts: [],
    data: { comparisons: [], added: analysis.added, removed: [], ignored: analysis.ignored },
  };
}

const MAX_TREND_CHARTS = 5;

function trendCharts(
  comparisons: readonly BenchmarkComparison[],
  options: BenchVerdictOptions,
): Chart[] {
  if (!options.history) return [];
  const charts: Chart[] = [];
  for (const c of comparisons) {
    if (c.verdict !== 'regressed' || charts.length >= MAX_TREND_CHARTS) continue;
    const trend = options.history.get(c.name);
    if (!trend || trend.values.length < 2) continue;
    // Drawn in the unit the table shows this PR's median in (µs, MiB…), not the canonical one.
    const shown = displayUnit(c.head.median, c.unit);
    charts.push({
      title: `${c.name}: median over recent runs`,
      xLabels: [...trend.labels, 'this PR'],
      yLabel: shown.unit,
      series: [
        {
          name: c.name,
          kind: 'line',
          values: [...trend.values, c.head.median].map((value) => value / shown.divisor),
        },
      ],
    });
  }
  return charts;
}
