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
import { median, standardNormalQuantile } from '../../stats/index.js';
import type { Cell, Chart, Metric, Note, Status, Table, Verdict } from '../../verdict/types.js';
import type { BenchAnalysis, BenchmarkComparison, BenchmarkVerdict } from './analyze.js';

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

/** "+12.3% (+8.1% … +16.0%)": the change head/base with its interval. */
export function formatChange(c: BenchmarkComparison): string {
  const change = formatPercent(c.ratio - 1, { signed: true, digits: 1 });
  if (c.ratioLower === undefined || c.ratioUpper === undefined) return change;
  const lower = formatPercent(c.ratioLower - 1, { signed: true, digits: 1 });
  const upper = formatPercent(c.ratioUpper - 1, { signed: true, digits: 1 });
  return `${change} (${lower} … ${upper})`;
}

function formatP(p: number | undefined): string {
  if (p === undefined) return '–';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

function row(c: BenchmarkComparison): Cell[] {
  return [
    { text: c.name, code: true },
    formatValue(c.base.median, c.unit),
    formatValue(c.head.median, c.unit),
    formatChange(c),
    formatP(c.adjustedPValue),
    `${verdictLabel[c.verdict]}${c.method === 'single-value' ? ' (single value)' : ''}`,
  ];
}

function columnsFor(confidence: number): Table['columns'] {
  return [
    { header: 'Benchmark' },
    { header: 'Base (median)', align: 'right' },
    { header: 'Head (median)', align: 'right' },
    { header: `Change (${Math.round(confidence * 100)}% CI)`, align: 'right' },
    { header: 'p (adj.)', align: 'right' },
    { header: 'Verdict' },
  ];
}

/** How much worse a comparison is, on a log scale (positive: worse). */
function severity(c: BenchmarkComparison): number {
  const shift = Math.log(c.ratio);
  return c.direction === 'smaller-is-better' ? shift : -shift;
}

/** Builds the bench verdict. */
export function buildBenchVerdict(analysis: BenchAnalysis, options: BenchVerdictOptions): Verdict {
  const { comparisons, options: analysisOptions } = analysis;
  const count = (v: BenchmarkVerdict): number => comparisons.filter((c) => c.verdict === v).length;
  const regressed = count('regressed');
  const improved = count('improved');
  const inconclusive = count('inconclusive');
  const threshold = formatPercent(analysisOptions.threshold, { digits: 0 });
  const total = comparisons.length;
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
    headline = `${regressed} of ${total} benchmarks regressed beyond ${threshold}`;
  } else if (inconclusive > 0 || shift) {
    status = 'warn';
    headline = shift
      ? `Suspected runner shift: almost every benchmark moved by ${formatPercent(
          (analysis.offset?.ratio ?? 1) - 1,
          { signed: true, digits: 1 },
        )}`
      : `${inconclusive} of ${total} benchmarks inconclusive at ${threshold}; none regressed`;
  } else {
    headline = `No regression beyond ${threshold} in ${total} benchmarks`;
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
            )} (estimated from ${o.benchmarks} benchmarks) was corrected for.${
              o.suspectedRunnerShift
                ? ' Almost every benchmark moved by this factor, which points at the runner, not the code. Run base and head in the same job (same-job A/B) to tell them apart.'
                : ''
            }`,
          }
        : {
            level: 'info',
            text: `The baseline comes from another runner, but ${o.benchmarks} benchmarks are too few to estimate the runner offset; none was corrected for.`,
          },
    );
  }
  if (analysis.detectionLimit) {
    const { n, noise, change } = analysis.detectionLimit;
    const blind = change > analysisOptions.threshold;
    notes.push({
      level: blind ? 'warning' : 'info',
      text: `With ${n} repetitions per side at a typical noise of ${formatPercent(noise, { digits: 1 })}, the smallest change this suite reliably detects is ${formatPercent(change, { digits: 1 })}${
        blind ? `: more than the ${threshold} threshold, so add repetitions` : ''
      }.`,
    });
  }
  if (analysis.noisePooling && analysis.noisePooling.priorDf > 0) {
    const { priorDf, benchmarks } = analysis.noisePooling;
    notes.push({
      level: 'info',
      text: `Noise estimates were pooled across ${benchmarks} benchmarks (empirical Bayes, ${
        Number.isFinite(priorDf)
          ? `worth ${Math.round(priorDf)} extra degrees of freedom`
          : 'their noise levels agree'
      }): with few repetitions each benchmark's own estimate is too uncertain to judge it alone.`,
    });
  }
  if (analysis.minimumRepetitions) {
    const { current, needed } = analysis.minimumRepetitions;
    notes.push({
      level: 'warning',
      text: `With ${current} repetitions per side, no benchmark can be significant after the multiple-comparison correction across ${
        comparisons.filter((c) => c.method === 'samples').length
      } benchmarks: run at least ${needed} repetitions per side.`,
    });
  }
  const excluded = comparisons.reduce((sum, c) => sum + c.base.excluded + c.head.excluded, 0);
  if (excluded > 0) {
    notes.push({
      level: 'info',
      text: `${excluded} far-too-slow samples (interference on the runner, modified z-score above 3.5) were left out of the tests; the verdict JSON counts them per benchmark.`,
    });
  }
  const singles = comparisons.filter((c) => c.method === 'single-value');
  if (singles.length > 0) {
    notes.push({
      level: 'warning',
      text: `${singles.length} benchmarks have a single value on one side: one number cannot tell a ${threshold} change from runner noise, so they warn at most (set \`single-value: fail\` to let them fail). Run repetitions (e.g. \`--benchmark_repetitions=10\`, \`go test -count 10\`, hyperfine's \`--runs\`) to get a real verdict.`,
    });
    const noises = singles.flatMap((c) => (c.historyNoise === undefined ? [] : [c.historyNoise]));
    if (noises.length > 0) {
      // Two single values each carry the run-to-run noise: their ratio varies by √2 · noise.
      const noise = median(noises);
      const z = standardNormalQuantile(1 - (1 - analysisOptions.confidence) / 2);
      const limit = Math.expm1(z * Math.SQRT2 * noise);
      notes.push({
        level: 'info',
        text: `The stored history puts the run-to-run noise of ${noises.length} of them at ${formatPercent(noise, { digits: 1 })} (median): a single pair of values cannot show a change below about ${formatPercent(limit, { digits: 1 })}.`,
      });
    }
  }
  for (const c of comparisons) {
    if (c.verdict === 'inconclusive' && c.repetitionsNeeded !== undefined) {
      notes.push({
        level: 'info',
        text: `${c.name}: inconclusive at n=${Math.min(c.base.n, c.head.n)}; about ${c.repetitionsNeeded} repetitions per side would settle it.`,
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

  const sorted = [...comparisons].sort(
    (a, b) =>
      verdictOrder[a.verdict] - verdictOrder[b.verdict] ||
      Math.abs(severity(b)) - Math.abs(severity(a)) ||
      a.name.localeCompare(b.name),
  );
  const changes = sorted.filter((c) => c.verdict !== 'unchanged');
  const tables: Table[] = [];
  if (changes.length > 0) {
    tables.push({
      id: 'changes',
      title: 'Regressions and improvements',
      columns,
      rows: changes.map(row),
    });
  }
  // Everything else, collapsed: the changes are already in the table above.
  const unchanged = sorted.filter((c) => c.verdict === 'unchanged');
  if (unchanged.length > 0) {
    tables.push({
      id: 'unchanged',
      title: `${unchanged.length} unchanged benchmarks`,
      columns,
      rows: unchanged.map(row),
      collapsed: true,
      dropPriority: 1,
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
    { key: 'benchmarks', label: 'Benchmarks compared', value: total, output: true },
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
    },
  };
}

/** A missing baseline is a pass with directions, never a failure. */
function noBaselineVerdict(options: BenchVerdictOptions, analysis: BenchAnalysis): Verdict {
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: options.key,
    status: 'pass',
    headline: `No baseline yet: ${analysis.added.length} benchmarks recorded, nothing to compare`,
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
