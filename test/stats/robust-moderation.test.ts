import { describe, expect, it } from 'vitest';
import {
  HUBER_K,
  HUBER_VARIANCE_FACTOR,
  huberLocation,
  squeezeVariances,
  trigammaInverse,
} from '../../src/stats/index.js';
import { loadReference, num, nums, records } from './reference.js';

const reference = loadReference('reference-robust.json');

/** Relative closeness, for values that span orders of magnitude. */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('trigammaInverse (limma)', () => {
  for (const row of records(reference.trigammaInverse, 'trigammaInverse')) {
    const y = num(row.y, 'y');
    it(`inverts trigamma at ${y}`, () => {
      expectRelativelyClose(trigammaInverse(y), num(row.x, 'x'), 1e-8);
    });
  }

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (y) => {
    expect(() => trigammaInverse(y)).toThrow(/^trigammaInverse: /);
  });
});

describe('squeezeVariances (limma squeezeVar)', () => {
  for (const row of records(reference.squeezeVar, 'squeezeVar')) {
    it(String(row.name), () => {
      const variances = nums(row.var, 'var');
      const df = nums(row.df, 'df');
      const result = squeezeVariances(variances, df.length === 1 ? (df[0] ?? 1) : df);
      if (row.dfPrior === 'Infinity') expect(result.priorDf).toBe(Number.POSITIVE_INFINITY);
      else expectRelativelyClose(result.priorDf, num(row.dfPrior, 'dfPrior'), 1e-7);
      expectRelativelyClose(result.priorVariance, num(row.varPrior, 'varPrior'), 1e-7);
      const expected = nums(row.varPost, 'varPost');
      expect(result.posteriorVariances).toHaveLength(expected.length);
      result.posteriorVariances.forEach((v, i) => expectRelativelyClose(v, expected[i] ?? 0, 1e-7));
    });
  }

  it('refuses input it cannot moderate, naming the problem', () => {
    expect(() => squeezeVariances([0.01], 8)).toThrow(/^squeezeVariances: needs at least 2/);
    expect(() => squeezeVariances([0.01, 0], 8)).toThrow(/variances\[1\] must be a positive/);
    expect(() => squeezeVariances([0.01, 0.02], [8])).toThrow(/2 variances but 1 degrees/);
    expect(() => squeezeVariances([0.01, 0.02], 0)).toThrow(/df\[0\] must be a positive/);
  });
});

describe('huberLocation (robustbase huberM with a known scale)', () => {
  for (const row of records(reference.huberLocation, 'huberLocation')) {
    it(String(row.name), () => {
      const mu = huberLocation(nums(row.x, 'x'), num(row.s, 's'), num(row.k, 'k'));
      expect(mu).toBeCloseTo(num(row.mu, 'mu'), 9);
    });
  }

  it('uses the variance factor R integrates for k = 1.345', () => {
    expect(HUBER_VARIANCE_FACTOR).toBeCloseTo(num(reference.huberVarianceFactor, 'factor'), 4);
    expect(HUBER_K).toBe(1.345);
  });

  it('refuses input it cannot use, naming the problem', () => {
    expect(() => huberLocation([], 1)).toThrow(/^huberLocation: xs needs at least 1 value/);
    expect(() => huberLocation([1, Number.NaN], 1)).toThrow(/^huberLocation: xs\[1\]/);
    expect(() => huberLocation([1, 2], 0)).toThrow(/scale must be a positive/);
    expect(() => huberLocation([1, 2], 1, -1)).toThrow(/k must be a positive/);
  });
});
