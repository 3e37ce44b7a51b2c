/**
 * Statistical acceptance of the bench gate (`npm run bench:power`): how often a whole suite
 * fails with no real change, and how often it fails when one benchmark truly changed, for the
 * gate and, in the same run on the same simulated data, for two simpler rules:
 *   - "first/first": the popular action's rule, first sample of head / first sample of base > 1.10;
 *   - "mean ratio": ratio of means > 1.10.
 *
 * Model: suites of 50 benchmarks; lognormal noise (sdlog = CV); n repetitions per side. Same-job
 * baselines have no offset; cross-runner baselines multiply every head sample of a suite by
 * exp(N(0, 0.03)). A "true change" is applied to one benchmark of the 50 (the hardest case for
 * the multiple-comparison control). Three noise scenarios, each on both sides:
 *   - `standard`: 2% of samples are outliers, multiplied by U(1.3, 3);
 *   - `slow-state`: as standard, and 15% of samples come from a slower CPU state (×1.12: a
 *     frequency step or a noisy neighbour that lasts one repetition);
 *   - `outliers-5%`: 5% of samples are outliers ×U(1.3, 3) (with 5 per side, one benchmark in
 *     twenty has 2 or more on one side, and one suite in eighteen has a benchmark with 3 of 5).
 *
 * The gate's column "DL" is the median detection limit its own note states for the cell (the
 * smallest regression that fails with 80% power): the measured power at that change should be
 * near 80%, which checks that the note tells the truth.
 *
 * Usage: npx tsx bench/power.ts [--suites 200] [--seed 1] [--ns 5,10,30] [--cvs 2,5,10]
 *   [--scenarios standard,slow-state,outliers-5%] [--origins same-job,other-runner]
 *   [--changes 5,10,15,20,30] [--rules gate,first/first,mean ratio]
 */
import { parseArgs } from 'node:util';
import { analyzeBench } from '../src/gates/bench/analyze.js';
import { defaultAnalysisOptions, type BaselineOrigin } from '../src/gates/bench/options.js';
import type { BenchmarkSeries } from '../src/gates/bench/types.js';
import { createRandom, normalSample } from '../src/stats/index.js';

const { values } = parseArgs({
  options: {
    suites: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    ns: { type: 'string', default: '5,10,30' },
    cvs: { type: 'string', default: '2,5,10' },
    scenarios: { type: 'string', default: 'standard,slow-state,outliers-5%' },
    origins: { type: 'string', default: 'same-job,other-runner' },
    changes: { type: 'string', default: '5,10,15,20,30' },
    rules: { type: 'string', default: 'gate,first/first,mean ratio' },
  },
});

const list = (text: string): string[] => text.split(',').map((s) => s.trim());
const numbers = (text: string): number[] => list(text).map(Number);

type Scenario = 'standard' | 'slow-state' | 'outliers-5%';
type Rule = 'gate' | 'first/first' | 'mean ratio';

interface Noise {
  outlierRate: number;
  slowStateRate: number;
}
const SCENARIO_NOISE: Record<Scenario, Noise> = {
  standard: { outlierRate: 0.02, slowStateRate: 0 },
  'slow-state': { outlierRate: 0.02, slowStateRate: 0.15 },
  'outliers-5%': { outlierRate: 0.05, slowStateRate: 0 },
};
const SLOW_STATE_FACTOR = 1.12;

function oneOf<T extends string>(allowed: readonly T[], value: string, flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`--${flag}: unknown ${value}; one of ${allowed.join(', ')}`);
  }
  return value as T;
}

const SUITES = Number(values.suites);
const BENCHMARKS = 50;
const RUNNER_SD = 0.03;
const CHANGES = numbers(values.changes).map((c) => c / 100);
const NS = numbers(values.ns);
const CVS = numbers(values.cvs).map((c) => c / 100);
const SCENARIOS = list(values.scenarios).map((s) =>
  oneOf<Scenario>(['standard', 'slow-state', 'outliers-5%'], s, 'scenarios'),
);
const ORIGINS = list(values.origins).map((s) =>
  oneOf<BaselineOrigin>(['same-job', 'other-runner'], s, 'origins'),
);
const RULES = list(values.rules).map((s) =>
  oneOf<Rule>(['gate', 'first/first', 'mean ratio'], s, 'rules'),
);

function samples(
  random: () => number,
  n: number,
  median: number,
  cv: number,
  factor: number,
  noise: Noise,
): number[] {
  return Array.from({ length: n }, () => {
    let value = median * factor * Math.exp(normalSample(random, 0, cv));
    if (random() < noise.slowStateRate) value *= SLOW_STATE_FACTOR;
    if (random() < noise.outlierRate) value *= 1.3 + 1.7 * random();
    return value;
  });
}

function simulateSuite(
  random: () => number,
  n: number,
  cv: number,
  origin: BaselineOrigin,
  change: number,
  noise: Noise,
): { base: BenchmarkSeries[]; head: BenchmarkSeries[] } {
  const offset = origin === 'other-runner' ? Math.exp(normalSample(random, 0, RUNNER_SD)) : 1;
  const base: BenchmarkSeries[] = [];
  const head: BenchmarkSeries[] = [];
  for (let i = 0; i < BENCHMARKS; i += 1) {
    const median = 100 * (1 + i);
    const common = {
      name: `b${i}`,
      unit: 'ns',
      direction: 'smaller-is-better' as const,
      kind: 'repetitions' as const,
      source: { file: 'sim' },
    };
    base.push({ ...common, samples: samples(random, n, median, cv, 1, noise) });
    head.push({
      ...common,
      samples: samples(random, n, median, cv, offset * (i === 0 ? 1 + change : 1), noise),
    });
  }
  return { base, head };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Whether the rule fails the suite, and (for the gate) the detection limit its note states. */
function judge(
  rule: Rule,
  base: BenchmarkSeries[],
  head: BenchmarkSeries[],
  origin: BaselineOrigin,
): { fails: boolean; detectionLimit?: number } {
  switch (rule) {
    case 'gate': {
      const analysis = analyzeBench(base, head, {
        ...defaultAnalysisOptions,
        baselineFrom: origin,
      });
      const limit = analysis.sensitivity?.detectableChange;
      return {
        fails: analysis.comparisons.some((c) => c.verdict === 'regressed'),
        ...(limit === undefined ? {} : { detectionLimit: limit }),
      };
    }
    case 'first/first':
      return {
        fails: base.some((b, i) => (head[i]?.samples[0] ?? 0) / (b.samples[0] ?? 1) > 1.1),
      };
    case 'mean ratio':
      return { fails: base.some((b, i) => mean(head[i]?.samples ?? []) / mean(b.samples) > 1.1) };
  }
}

interface Row {
  scenario: Scenario;
  n: number;
  cv: number;
  origin: BaselineOrigin;
  rates: Record<Rule, number[]>;
  /** Median detection limit stated by the gate's note over the cell's suites without a change. */
  detectionLimit?: number;
}

/** The median, where a detection limit may be Infinity (no regression can fail). */
function quantileOrInfinity(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

const started = performance.now();
const rows: Row[] = [];
let seed = Number(values.seed);
for (const scenario of SCENARIOS) {
  for (const origin of ORIGINS) {
    for (const n of NS) {
      for (const cv of CVS) {
        const rates = Object.fromEntries(RULES.map((r) => [r, [] as number[]])) as Record<
          Rule,
          number[]
        >;
        const limits: number[] = [];
        for (const change of [0, ...CHANGES]) {
          const random = createRandom(seed++);
          const failures = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<Rule, number>;
          for (let s = 0; s < SUITES; s += 1) {
            const { base, head } = simulateSuite(
              random,
              n,
              cv,
              origin,
              change,
              SCENARIO_NOISE[scenario],
            );
            for (const rule of RULES) {
              const result = judge(rule, base, head, origin);
              if (result.fails) failures[rule] += 1;
              if (change === 0 && result.detectionLimit !== undefined)
                limits.push(result.detectionLimit);
            }
          }
          for (const rule of RULES) rates[rule].push(failures[rule] / SUITES);
        }
        rows.push({
          scenario,
          n,
          cv,
          origin,
          rates,
          ...(limits.length > 0 ? { detectionLimit: quantileOrInfinity(limits) } : {}),
        });
      }
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
for (const rule of RULES) {
  console.log(
    `\n${rule === 'gate' ? 'kaizen-gates bench' : rule} (${SUITES} suites of ${BENCHMARKS} per cell)`,
  );
  console.log(
    `scenario      n   cv  baseline      | suite false-fail | fail rate at true change ${CHANGES.map((c) => `${Math.round(c * 100)}%`.padStart(7)).join('')}${rule === 'gate' ? '  |  DL' : ''}`,
  );
  for (const row of rows) {
    const [falseFail = 0, ...atChange] = row.rates[rule];
    const limit =
      rule !== 'gate'
        ? ''
        : `  | ${row.detectionLimit === undefined ? '   –' : Number.isFinite(row.detectionLimit) ? pct(row.detectionLimit) : ' none'}`;
    console.log(
      `${row.scenario.padEnd(12)}${String(row.n).padStart(3)} ${`${Math.round(row.cv * 100)}%`.padStart(4)}  ${row.origin.padEnd(13)} | ${pct(falseFail).padStart(16)} | ${' '.repeat(25)}${atChange.map(pct).join('')}${limit}`,
    );
  }
}

// The targets of the acceptance criteria, checked on the gate's table (only the cells run). The
// standard scenario keeps every target it had; the heavy-tail scenarios are held to issue 15's
// targets, stated for noise up to 5% (false failures and a +5% change at every n, +30% found at
// n = 5). Their other rows are printed above but are not targets.
const checks: { what: string; ok: boolean }[] = [];
const at = (row: Row, change: number): number | undefined => {
  const index = CHANGES.findIndex((c) => Math.abs(c - change) < 1e-9);
  return index < 0 ? undefined : row.rates.gate[index + 1];
};
for (const row of RULES.includes('gate') ? rows : []) {
  const standard = row.scenario === 'standard';
  if (!standard && row.cv > 0.05) continue;
  const falseFail = row.rates.gate[0] ?? 1;
  const label = `${row.scenario} n=${row.n} cv=${Math.round(row.cv * 100)}% ${row.origin}`;
  const allowed = row.origin === 'same-job' ? 0.01 : 0.02;
  checks.push({
    what: `${label}: false-fail ${pct(falseFail).trim()} <= ${allowed * 100}%`,
    ok: falseFail <= allowed,
  });
  const at5 = at(row, 0.05);
  if (at5 !== undefined)
    checks.push({ what: `${label}: true 5% fails ${pct(at5).trim()} <= 1%`, ok: at5 <= 0.01 });
  const at20 = at(row, 0.2);
  if (standard && at20 !== undefined && row.n >= 10 && row.cv <= 0.05)
    checks.push({ what: `${label}: true 20% fails ${pct(at20).trim()} >= 95%`, ok: at20 >= 0.95 });
  const at30 = at(row, 0.3);
  const wants30 = (standard && row.n >= 10 && row.cv === 0.1) || (row.n === 5 && row.cv <= 0.05);
  if (at30 !== undefined && wants30)
    checks.push({ what: `${label}: true 30% fails ${pct(at30).trim()} >= 95%`, ok: at30 >= 0.95 });
}
const failed = checks.filter((c) => !c.ok);
console.log(
  `\nTargets: ${checks.length - failed.length} of ${checks.length} met (${seconds.toFixed(1)} s).`,
);
for (const c of failed) console.log(`  MISSED ${c.what}`);
process.exitCode = failed.length === 0 ? 0 : 1;
