import { describe, expect, it } from 'vitest';
import {
  createRandom,
  normalSample,
  ratioInterval,
  type RatioIntervalMethod,
} from '../../src/stats/index.js';

/**
 * Seeded coverage simulation: pairs of samples whose true ratio of medians is known. Noise is
 * log-normal (σ = 0.1 on the log scale, a 10% CV) with 10% of values contaminated by a slow-down
 * of 1.5–3× (GC pauses, noisy neighbours), the same contamination model on both sides, so the
 * head/base ratio of the population medians is exactly TRUE_RATIO.
 */
const TRUE_RATIO = 1.07;

function timings(random: () => number, n: number, scale: number): number[] {
  return Array.from({ length: n }, () => {
    const base = scale * Math.exp(normalSample(random, 0, 0.1));
    return random() < 0.1 ? base * (1.5 + 1.5 * random()) : base;
  });
}

function coverage(
  method: RatioIntervalMethod,
  n: number,
  pairs: number,
  seed: number,
  resamples = 1000,
): number {
  const random = createRandom(seed);
  let covered = 0;
  for (let pair = 0; pair < pairs; pair++) {
    const base = timings(random, n, 1000);
    const head = timings(random, n, 1000 * TRUE_RATIO);
    const { lower, upper } = ratioInterval(base, head, { method, resamples, seed: pair });
    if (lower <= TRUE_RATIO && TRUE_RATIO <= upper) covered++;
  }
  return covered / pairs;
}

describe('ratioInterval coverage of 95% intervals over 2,000 seeded pairs', () => {
  // The Moses interval is exact for continuous data under a shift model (here a scale model on
  // the raw values), whatever the noise: 95.67% achieved level at n = 10, 95.04% at n = 30
  // (measured 95.95% and 94.95%).
  it.each([10, 30])('hodges-lehmann-log at n = %d covers in 93–97%%', (n) => {
    const rate = coverage('hodges-lehmann-log', n, 2000, 100 + n);
    expect(rate).toBeGreaterThanOrEqual(0.93);
    expect(rate).toBeLessThanOrEqual(0.97);
  });

  // The percentile bootstrap of the ratio of medians is only asymptotically exact, yet with this
  // noise it also lands in the band at both sizes (measured 95.1% at n = 10, 95.6% at n = 30,
  // with 500 resamples per interval to keep the test fast).
  it.each([10, 30])('bootstrap at n = %d covers in 93–97%%', (n) => {
    const rate = coverage('bootstrap', n, 2000, 200 + n, 500);
    expect(rate).toBeGreaterThanOrEqual(0.93);
    expect(rate).toBeLessThanOrEqual(0.97);
  });

  it('bootstrap is deterministic: same input and seed, same interval; another seed moves it', () => {
    const random = createRandom(5);
    const base = timings(random, 20, 100);
    const head = timings(random, 20, 110);
    const a = ratioInterval(base, head, { method: 'bootstrap', seed: 9 });
    const b = ratioInterval(base, head, { method: 'bootstrap', seed: 9 });
    const c = ratioInterval(base, head, { method: 'bootstrap', seed: 10 });
    expect(b).toEqual(a);
    expect(c.lower === a.lower && c.upper === a.upper).toBe(false);
    expect(a.ratio).toBe(c.ratio);
  });
});
