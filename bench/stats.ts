/**
 * Throughput of the statistics core on the bench gate's workload: 500 benchmarks with 30
 * samples per side, each compared by Mann–Whitney U, the ratio interval (Hodges–Lehmann on
 * logs, exact Moses bounds) and Welch's t test, then Holm and Benjamini–Hochberg over the 500
 * p-values. As a peer figure from the same run and data, the time simple-statistics takes for a
 * mean and a variance of every sample, the least any comparison must do.
 *
 * Then E-Divisive on a 5,000-point series (issue 15's budget: under a second): the permutation
 * test (α = 1, 199 permutations) and Apache Otava's windowed procedure, beside a peer from the
 * same run: one pass over the 12.5 million pairwise distances, what a textbook E-Divisive pays
 * for every scan (the permutation test scans 200 times).
 *
 * Run: npx tsx bench/stats.ts
 */
import { mean, variance } from 'simple-statistics';
import { eDivisiveOtava } from '../src/stats/e-divisive.js';
import {
  benjaminiHochberg,
  eDivisive,
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

const CHANGE_POINT_SERIES = 5000;
const stepped = Array.from(
  { length: CHANGE_POINT_SERIES },
  (_, i) => (i < 3000 ? 100 : 110) * Math.exp(normalSample(random, 0, 0.05)),
);

function allPairs(): number {
  let total = 0;
  for (let i = 0; i < stepped.length; i++) {
    const v = stepped[i] as number;
    for (let j = i + 1; j < stepped.length; j++) total += Math.abs(v - (stepped[j] as number));
  }
  return total;
}

const permutation = time(() => eDivisive(stepped).changePoints.length);
const otava = time(() => eDivisiveOtava(stepped).changePoints.length);
const pairs = time(allPairs);
console.log(`E-Divisive on ${CHANGE_POINT_SERIES} points (a +10% step at 3000, 5% noise)`);
console.log(
  `  permutation test (α = 1, 199 permutations): first ${permutation.first.toFixed(0)} ms, best of ${ROUNDS} ${permutation.best.toFixed(0)} ms`,
);
console.log(
  `  Otava's procedure (window 50, p 0.001): first ${otava.first.toFixed(0)} ms, best of ${ROUNDS} ${otava.best.toFixed(1)} ms`,
);
console.log(
  `peer: one pass over all ${((CHANGE_POINT_SERIES * (CHANGE_POINT_SERIES - 1)) / 2 / 1e6).toFixed(1)}M pairwise distances: ${pairs.best.toFixed(0)} ms`,
);
console.log(
  `ratio permutation test / peer: ${(permutation.best / pairs.best).toFixed(1)}× for 200 scans; Otava / peer: ${(otava.best / pairs.best).toFixed(2)}×`,
);
if (permutation.first > 1000 || otava.first > 1000) {
  console.error('E-Divisive is over its one-second budget on 5,000 points');
  process.exitCode = 1;
}
