/**
 * Statistical acceptance of the bench gate (`npm run bench:power`): how often a whole suite
 * fails with no real change, and how often it fails when one benchmark truly changed, for the
 * gate and, in the same run on the same simulated data, for two simpler rules:
 *   - "first/first": the popular action's rule, first sample of head / first sample of base > 1.10;
 *   - "mean ratio": ratio of means > 1.10.
 *
 * Model: suites of 50 benchmarks; lognormal noise (sdlog = CV); 2% outlier samples multiplied
 * by U(1.3, 3); n repetitions per side. Same-job baselines have no offset; cross-runner
 * baselines multiply every head sample of a suite by exp(N(0, 0.03)). A "true change" is applied
 * to one benchmark of the 50 (the hardest case for the multiple-comparison control).
 *
 * Usage: npx tsx bench/power.ts [--suites 200] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { analyzeBench } from '../src/gates/bench/analyze.js';
import { defaultAnalysisOptions, type BaselineOrigin } from '../src/gates/bench/options.js';
import type { BenchmarkSeries } from '../src/gates/bench/types.js';
import { createRandom, normalSample } from '../src/stats/index.js';

const { values } = parseArgs({
  options: { suites: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } },
});
const SUITES = Number(values.suites);
const BENCHMARKS = 50;
const OUTLIER_RATE = 0.02;
const RUNNER_SD = 0.03;
const CHANGES = [0.05, 0.1, 0.15, 0.2, 0.3];
const NS = [5, 10, 30];
const CVS = [0.02, 0.05, 0.1];
const ORIGINS: BaselineOrigin[] = ['same-job', 'other-runner'];

type Rule = 'gate' | 'first/first' | 'mean ratio';
const RULES: Rule[] = ['gate', 'first/first', 'mean ratio'];

function samples(
  random: () => number,
  n: number,
  median: number,
  cv: number,
  factor: number,
): number[] {
  return Array.from({ length: n }, () => {
    let value = median * factor * Math.exp(normalSample(random, 0, cv));
    if (random() < OUTLIER_RATE) value *= 1.3 + 1.7 * random();
    return value;
  });
}

function simulateSuite(
  random: () => number,
  n: number,
  cv: number,
  origin: BaselineOrigin,
  change: number,
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
    base.push({ ...common, samples: samples(random, n, median, cv, 1) });
    head.push({
      ...common,
      samples: samples(random, n, median, cv, offset * (i === 0 ? 1 + change : 1)),
    });
  }
  return { base, head };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function fails(
  rule: Rule,
  base: BenchmarkSeries[],
  head: BenchmarkSeries[],
  origin: BaselineOrigin,
): boolean {
  switch (rule) {
    case 'gate':
      return analyzeBench(base, head, {
        ...defaultAnalysisOptions,
        baselineFrom: origin,
      }).comparisons.some((c) => c.verdict === 'regressed');
    case 'first/first':
      return base.some((b, i) => (head[i]?.samples[0] ?? 0) / (b.samples[0] ?? 1) > 1.1);
    case 'mean ratio':
      return base.some((b, i) => mean(head[i]?.samples ?? []) / mean(b.samples) > 1.1);
  }
}

interface Row {
  n: number;
  cv: number;
  origin: BaselineOrigin;
  rates: Record<Rule, number[]>;
}

const started = performance.now();
const rows: Row[] = [];
let seed = Number(values.seed);
for (const origin of ORIGINS) {
  for (const n of NS) {
    for (const cv of CVS) {
      const rates = Object.fromEntries(RULES.map((r) => [r, [] as number[]])) as Record<
        Rule,
        number[]
      >;
      for (const change of [0, ...CHANGES]) {
        const random = createRandom(seed++);
        const failures: Record<Rule, number> = { gate: 0, 'first/first': 0, 'mean ratio': 0 };
        for (let s = 0; s < SUITES; s += 1) {
          const { base, head } = simulateSuite(random, n, cv, origin, change);
          for (const rule of RULES) if (fails(rule, base, head, origin)) failures[rule] += 1;
        }
        for (const rule of RULES) rates[rule].push(failures[rule] / SUITES);
      }
      rows.push({ n, cv, origin, rates });
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
    `  n   cv  baseline      | suite false-fail | fail rate at true change ${CHANGES.map((c) => `${c * 100}%`.padStart(7)).join('')}`,
  );
  for (const row of rows) {
    const [falseFail = 0, ...atChange] = row.rates[rule];
    console.log(
      `${String(row.n).padStart(3)} ${`${row.cv * 100}%`.padStart(4)}  ${row.origin.padEnd(13)} | ${pct(falseFail).padStart(16)} | ${' '.repeat(25)}${atChange.map(pct).join('')}`,
    );
  }
}

// The targets of the acceptance criteria, checked on the gate's table.
const checks: { what: string; ok: boolean }[] = [];
for (const row of rows) {
  const [falseFail = 1, at5 = 1, , , at20 = 0, at30 = 0] = row.rates.gate;
  const label = `n=${row.n} cv=${row.cv * 100}% ${row.origin}`;
  checks.push({
    what: `${label}: false-fail ${pct(falseFail).trim()} <= ${row.origin === 'same-job' ? '1%' : '2%'}`,
    ok: falseFail <= (row.origin === 'same-job' ? 0.01 : 0.02),
  });
  checks.push({ what: `${label}: true 5% fails ${pct(at5).trim()} <= 1%`, ok: at5 <= 0.01 });
  if (row.n >= 10 && row.cv <= 0.05)
    checks.push({ what: `${label}: true 20% fails ${pct(at20).trim()} >= 95%`, ok: at20 >= 0.95 });
  if (row.n >= 10 && row.cv === 0.1)
    checks.push({ what: `${label}: true 30% fails ${pct(at30).trim()} >= 95%`, ok: at30 >= 0.95 });
}
const failed = checks.filter((c) => !c.ok);
console.log(
  `\nTargets: ${checks.length - failed.length} of ${checks.length} met (${seconds.toFixed(1)} s).`,
);
for (const c of failed) console.log(`  MISSED ${c.what}`);
process.exitCode = failed.length === 0 ? 0 : 1;
