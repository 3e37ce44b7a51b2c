/**
 * Statistical acceptance of the soak gate's leak rule (`npx tsx bench/soak-power.ts`): how often
 * a simulated one-hour run fails when memory is flat and when it leaks 3%/hour, for the gate and,
 * in the same run on the same simulated series, for three simpler rules:
 *   - "naive": last value / first value > 1.05 (a fixed end-of-run threshold);
 *   - "OLS t": least-squares slope > 0 with t-test p < 0.05 on the span the gate analyses, with
 *     no autocorrelation correction;
 *   - "OLS t + 1%/h": the same and the least-squares slope above 1% of the mean level per hour
 *     (the gate's practical threshold without the correction, to isolate what it contributes).
 *
 * Model (test/soak/analyze/simulate.ts): 200 MB RSS sampled every 10 s (±0.5 s) for an hour; a
 * warm-up ramp from 50–70% of the level with τ uniform in 60–240 s; a GC sawtooth of 2–4%
 * peak-to-peak with a period of 60–180 s; AR(1) noise with coefficient φ and marginal standard
 * deviation σ (% of the level); a leak grows linearly from the start.
 *
 * Targets: leak 3%/h fails ≥ 95%, flat fails ≤ 1%, on the cells marked with a target: φ = 0.5
 * with σ ≤ 0.5%, and φ = 0.9 with σ = 0.25% (RSS wanders by a fraction of a percent around its
 * sawtooth). The other cells show where an hour of data runs out: at φ = 0.9 the Theil–Sen
 * slope of a flat run has a standard deviation of ≈ 0.4%/h per 0.25% of σ (measured), so with
 * σ = 0.5% no threshold fails ≤ 1% of flat runs and ≥ 95% of 3%/h leaks at once (it would need
 * to lie above 2.33 · 0.77 ≈ 1.8%/h and below 2.9 − 1.64 · 0.77 ≈ 1.6%/h); longer runs fix it.
 *
 * The decision was tuned on this table: first "p < α and the point estimate above 1%/h" (failed
 * 1.5–4% of flat runs at φ = 0.9, σ = 0.25% over 200–300 runs per cell, and 14% at σ = 0.5%:
 * the Hamed–Rao correction under-corrects strong autocorrelation), then "p < α and the lower end of the corrected 95% interval above 1%/h"
 * (the rule kept, src/gates/soak/analyze/trend.ts).
 *
 * The tuning set (seed 1 unless told) decided the rule; `--held-out` reruns with seed 1_000_003
 * and wider model ranges the decision never saw: τ in 30–300 s, GC period in 40–240 s, level in
 * 50 MB–1 GB.
 *
 * Usage: npx tsx bench/soak-power.ts [--runs 1000] [--seed 1] [--held-out] [--cell INDEX]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyzeSoak } from '../src/gates/soak/analyze/index.js';
import type { SeriesPoint, SoakAnalysis, SoakRun } from '../src/gates/soak/types.js';
import { createRandom, leastSquares, studentTSurvival } from '../src/stats/index.js';
import { drawMemoryModel, simulateMemory } from '../test/soak/analyze/simulate.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'held-out': { type: 'boolean', default: false },
    cell: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const HELD_OUT = values['held-out'] ?? false;
const SEED = HELD_OUT ? 1_000_003 : Number(values.seed);
/** [φ, σ]: the three target cells, then three beyond what an hour of data can decide. */
const CELLS: [number, number][] = [
  [0.5, 0.0025],
  [0.5, 0.005],
  [0.9, 0.0025],
  [0.9, 0.005],
  [0.9, 0.01],
  [0.95, 0.01],
];
const LEAKS = [0, 3];
const ONLY = values.cell === undefined ? undefined : Number(values.cell);
const NAME = 'process_resident_memory_bytes';

type Rule = 'gate' | 'naive' | 'OLS t' | 'OLS t + 1%/h';
const RULES: Rule[] = ['gate', 'naive', 'OLS t', 'OLS t + 1%/h'];

function runOf(points: SeriesPoint[]): SoakRun {
  return { format: 'csv', series: [{ name: NAME, unit: 'bytes', points }], notes: [] };
}

/** Least-squares slope test on the span the gate analysed: [significant upward, %/h of mean]. */
function olsTest(points: readonly SeriesPoint[]): { significant: boolean; percentPerHour: number } {
  const t0 = (points[0] as SeriesPoint).t;
  const x = points.map((p) => (p.t - t0) / 3600);
  const y = points.map((p) => p.v);
  const { slope, intercept } = leastSquares(x, y);
  const n = x.length;
  const meanX = x.reduce((a, b) => a + b, 0) / n;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  const sxx = x.reduce((sum, xi) => sum + (xi - meanX) ** 2, 0);
  const sse = y.reduce((sum, yi, i) => sum + (yi - intercept - slope * (x[i] as number)) ** 2, 0);
  const t = slope / Math.sqrt(sse / (n - 2) / sxx);
  return {
    significant: t > 0 && 2 * studentTSurvival(Math.abs(t), n - 2) < 0.05,
    percentPerHour: (100 * slope) / meanY,
  };
}

function decide(points: SeriesPoint[]): { warmup: number; decisions: Record<Rule, boolean> } {
  const analysis: SoakAnalysis = analyzeSoak([runOf(points)], {
    growth: [],
    slos: [],
    alpha: 0.05,
  });
  const kept = points.filter((p) => p.t >= analysis.start);
  const ols = olsTest(kept);
  return {
    warmup: analysis.warmup.seconds,
    decisions: {
      gate: analysis.failures.length > 0,
      naive: (points[points.length - 1] as SeriesPoint).v / (points[0] as SeriesPoint).v > 1.05,
      'OLS t': ols.significant,
      'OLS t + 1%/h': ols.significant && ols.percentPerHour > 1,
    },
  };
}

const percent = (count: number): string => `${((100 * count) / RUNS).toFixed(1)}%`.padStart(7);

console.log(
  `soak leak rule: fail rates over ${RUNS} simulated one-hour runs per cell (seed ${SEED}${HELD_OUT ? ', held-out models' : ''})`,
);
console.log(
  ['φ', 'σ', 'leak %/h', 'target', ...RULES.map((r) => r.padStart(12)), 'warm-up s (median)'].join(
    ' | ',
  ),
);
const started = performance.now();
let analyses = 0;
const random = createRandom(SEED);
for (const [index, [phi, noise]] of CELLS.entries()) {
  if (ONLY !== undefined && index !== ONLY) continue;
  {
    for (const leak of LEAKS) {
      const counts: Record<Rule, number> = { gate: 0, naive: 0, 'OLS t': 0, 'OLS t + 1%/h': 0 };
      const warmups: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const model = drawMemoryModel(random, { leakPercentPerHour: leak, phi, noise });
        if (HELD_OUT) {
          model.warmupTauSeconds = 30 + 270 * random();
          model.gcPeriodSeconds = 40 + 200 * random();
          model.level = 50e6 + 950e6 * random();
        }
        const points = simulateMemory(random, model);
        const { warmup, decisions } = decide(points);
        analyses++;
        for (const rule of RULES) if (decisions[rule]) counts[rule]++;
        warmups.push(warmup);
      }
      warmups.sort((a, b) => a - b);
      const inTarget = (phi <= 0.5 && noise <= 0.005) || (phi <= 0.9 && noise <= 0.0025);
      const goal = leak === 0 ? '≤ 1%' : '≥ 95%';
      console.log(
        [
          phi.toFixed(2),
          `${(100 * noise).toFixed(2)}%`,
          String(leak).padStart(8),
          inTarget ? goal.padStart(6) : '     -',
          ...RULES.map((rule) => percent(counts[rule]).padStart(12)),
          String(Math.round(warmups[Math.floor(RUNS / 2)] as number)).padStart(18),
        ].join(' | '),
      );
    }
  }
}
const elapsed = performance.now() - started;
console.log(`\n${analyses} runs, ${(elapsed / analyses).toFixed(1)} ms per analysis (361 points)`);

// Thinning: a night of 1 s samples (8 h, 28,800 points) goes through the same path.
const night = simulateMemory(createRandom(7), {
  ...drawMemoryModel(createRandom(8), { leakPercentPerHour: 0, phi: 0.9, noise: 0.005 }),
  durationSeconds: 8 * 3600,
  stepSeconds: 1,
});
const t = performance.now();
analyzeSoak([runOf(night)], { growth: [], slos: [], alpha: 0.05 });
console.log(
  `one 8-hour series of ${night.length} points at 1 s: ${(performance.now() - t).toFixed(0)} ms`,
);
