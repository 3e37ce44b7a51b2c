/**
 * Throughput of the statistics core on the bench gate's workload: 500 benchmarks with 30
 * samples per side, each compared by Mann–Whitney U, the ratio interval (Hodges–Lehmann on
 * logs, exact Moses bounds) and Welch's t test, then Holm and Benjamini–Hochberg over the 500
 * p-values. As a peer figure from the same run and data, the time simple-statistics takes for a
 * mean and a variance of every sample, the least any comparison must do.
 *
 * Run: npx tsx bench/stats.ts
 */
import { mean, variance } from 'simple-statistics';
import {
  benjaminiHochberg,
  createRandom,
  holm,
  mannWhitneyU,
  normalSample,
  ratioInterval,
  welchTTest,
} from '../src/stats/index.js';

const BENCHMARKS = 500;
const SAMPLES = 30;
const ROUNDS = 5;

const random = createRandom(2026);
const data = Array.from({ length: BENCHMARKS }, (_, i) => {
  const scale = 10 ** (1 + (i % 7));
  const shift = i % 10 === 0 ? 1.05 : 1;
  const draw = (factor: number): number[] =>
    Array.from({ length: SAMPLES }, () => scale * factor * Math.exp(normalSample(random, 0, 0.05)));
  return { base: draw(1), head: draw(shift) };
});

function compareAll(): number {
  const pValues: number[] = [];
  let checksum = 0;
  for (const { base, head } of data) {
    const mw = mannWhitneyU(base, head);
    const interval = ratioInterval(base, head);
    const welch = welchTTest(base, head);
    pValues.push(mw.pValue);
    checksum += interval.ratio + welch.statistic;
  }
  const adjustedHolm = holm(pValues);
  const adjustedBh = benjaminiHochberg(pValues);
  return checksum + (adjustedHolm[0] as number) + (adjustedBh[0] as number);
}

function peer(): number {
  let checksum = 0;
  for (const { base, head } of data) {
    checksum += mean(base) + variance(base) + mean(head) + variance(head);
  }
  return checksum;
}

function time(run: () => number): { best: number; first: number } {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { best: Math.min(...times), first: times[0] as number };
}

const core = time(compareAll);
const simple = time(peer);
const rate = (BENCHMARKS / core.best) * 1000;
console.log(`stats core: ${BENCHMARKS} comparisons of ${SAMPLES} vs ${SAMPLES} samples`);
console.log(`  first run (cold, includes the exact U table): ${core.first.toFixed(1)} ms`);
console.log(`  best of ${ROUNDS}: ${core.best.toFixed(1)} ms, ${rate.toFixed(0)} comparisons/s`);
console.log(`peer: simple-statistics mean + variance of both sides: ${simple.best.toFixed(2)} ms`);
console.log(`ratio core / peer: ${(core.best / simple.best).toFixed(1)}×`);
if (core.first > 1000) {
  console.error('stats core is over its one-second budget');
  process.exitCode = 1;
}
