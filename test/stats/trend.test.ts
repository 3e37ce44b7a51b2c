import { describe, expect, it } from 'vitest';
import { leastSquares, mannKendall, slopePercentPerHour, theilSen } from '../../src/stats/index.js';
import {
  expectClose,
  frozen,
  loadReference,
  num,
  nums,
  record,
  records,
  str,
} from './reference.js';

// Expected values: SciPy 1.10.1 theilslopes (method "separate"), linregress and kendalltau,
// and the Mann–Kendall S/variance/z of Hirsch, Slack & Smith (1982) computed with NumPy; see
// reference/make-reference.py.
const cases = records(loadReference('reference-scipy.json').trends, 'trends');

describe.each(cases.map((c) => [str(c.name, 'name'), c] as const))('trend of %s', (name, c) => {
  const x = frozen(nums(c.x, `${name}.x`));
  const y = frozen(nums(c.y, `${name}.y`));
  const yScale = Math.max(...y.map(Math.abs));

  it('Theil–Sen slope, intercept and Sen interval match scipy.stats.theilslopes', () => {
    for (const expected of records(c.theilSen, 'theilSen')) {
      const result = theilSen(x, y, num(expected.level, 'level'));
      const slopeScale = Math.abs(num(expected.slope, 'slope')) || 1e-300;
      expectClose(result.slope, num(expected.slope, 'slope'), 1e-12, slopeScale);
      expectClose(result.lower, num(expected.lower, 'lower'), 1e-12, slopeScale);
      expectClose(result.upper, num(expected.upper, 'upper'), 1e-12, slopeScale);
      expectClose(result.intercept, num(expected.intercept, 'intercept'), 1e-12, yScale);
    }
  });

  it('least squares matches scipy.stats.linregress', () => {
    const expected = record(c.leastSquares, 'leastSquares');
    const result = leastSquares(x, y);
    expectClose(result.slope, num(expected.slope, 'slope'), 1e-9);
    expectClose(result.intercept, num(expected.intercept, 'intercept'), 1e-9, yScale);
  });

  it('slopePercentPerHour is 100 · slope · 3.6e6 / mean', () => {
    expectClose(slopePercentPerHour(x, y), num(c.slopePercentPerHour, 'slopePercentPerHour'), 1e-9);
  });

  it('Mann–Kendall S, τ-b, z and p', () => {
    const expected = record(c.mannKendall, 'mannKendall');
    const result = mannKendall(y);
    expect(result.statistic).toBe(num(expected.statistic, 'statistic'));
    expectClose(result.tau, num(expected.tau, 'tau'), 1e-12);
    expectClose(result.z, num(expected.z, 'z'), 1e-12);
    expectClose(result.pValue, num(expected.pValue, 'pValue'), 1e-10);
  });
});

describe('trend edge cases', () => {
  it('Mann–Kendall of a constant series has no trend', () => {
    expect(mannKendall([3, 3, 3, 3])).toEqual({ statistic: 0, tau: 0, z: 0, pValue: 1 });
  });

  it('Theil–Sen ignores a gross outlier that drags least squares', () => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    const y = x.map((v) => 2 * v + 1);
    y[19] = 1000;
    expect(theilSen(x, y).slope).toBe(2);
    expect(leastSquares(x, y).slope).toBeGreaterThan(10);
  });

  it.each([
    ['theilSen', () => theilSen([1, 1, 1], [1, 2, 3])],
    ['theilSen', () => theilSen([1, 2], [1])],
    ['theilSen', () => theilSen([1, 2], [1, Number.NaN])],
    ['mannKendall', () => mannKendall([1])],
    ['mannKendall', () => mannKendall([1, Infinity])],
    ['leastSquares', () => leastSquares([2, 2], [1, 3])],
    ['leastSquares', () => leastSquares([], [])],
    ['slopePercentPerHour', () => slopePercentPerHour([0, 1], [-1, 1])],
    ['slopePercentPerHour', () => slopePercentPerHour([0, 1, 2], [1, 2])],
  ] as const)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
