/**
 * eDivisiveOtava against Apache Otava's own tests: its series and the change points they expect
 * (test/fixtures/bench/otava/, with their origin in SOURCES.md), and the statistics it reports
 * against SciPy computed as Otava computes them (make-reference.py there).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eDivisive, eDivisiveOtava } from '../../src/stats/e-divisive.js';
import { expectClose, frozen, num, nums, record, records, str } from './reference.js';

const fixture = (name: string): Record<string, unknown> =>
  record(
    JSON.parse(
      readFileSync(new URL(`../fixtures/bench/otava/${name}`, import.meta.url), 'utf8'),
    ) as unknown,
    name,
  );

const tigerbeetle = fixture('tigerbeetle.json');
const tbSeries = nums(tigerbeetle.series, 'series');
const tbCases = records(tigerbeetle.cases, 'cases').map((c) => ({
  test: str(c.test, 'test'),
  window: num(c.window, 'window'),
  significance: num(c.significance, 'significance'),
  minMagnitude: num(c.minMagnitude, 'minMagnitude'),
  expected: nums(c.expected, 'expected'),
}));

describe('eDivisiveOtava: parity with Apache Otava', () => {
  it('reads the 365 TigerBeetle runs and the 11 cases of tigerbeetle_test.py', () => {
    expect(tbSeries).toHaveLength(365);
    expect(tbCases).toHaveLength(11);
  });

  it.each(tbCases)(
    'TigerBeetle, $test: window $window, p $significance, magnitude $minMagnitude',
    ({ window, significance, minMagnitude, expected }) => {
      const found = eDivisiveOtava(frozen(tbSeries), { window, significance, minMagnitude });
      expect(found.changePoints.map((c) => c.index)).toEqual(expected);
      // The kept change points are weak ones that survived the merge.
      const weak = new Set(found.weakChangePoints.map((c) => c.index));
      for (const index of expected) expect(weak.has(index)).toBe(true);
    },
  );

  const small = records(fixture('small-series.json').cases, 'cases').map((c) => ({
    test: str(c.test, 'test'),
    series: nums(c.series, 'series'),
    window: num(c.window, 'window'),
    significance: num(c.significance, 'significance'),
    minMagnitude: num(c.minMagnitude, 'minMagnitude'),
    expected: c.expected === undefined ? undefined : nums(c.expected, 'expected'),
    count: c.expectedCount === undefined ? undefined : num(c.expectedCount, 'expectedCount'),
    first: c.expectedFirst === undefined ? undefined : num(c.expectedFirst, 'expectedFirst'),
  }));

  it.each(small)(
    '$test',
    ({ series, window, significance, minMagnitude, expected, count, first }) => {
      const indexes = eDivisiveOtava(series, {
        window,
        significance,
        minMagnitude,
      }).changePoints.map((c) => c.index);
      if (expected !== undefined) expect(indexes).toEqual(expected);
      if (count !== undefined) expect(indexes).toHaveLength(count);
      if (first !== undefined) expect(indexes[0]).toBe(first);
    },
  );

  it('splits change_point_divisive_test.py SEQUENCE at [5, 8] with the t test at 0.01', () => {
    const sequence = fixture('divisive-sequence.json');
    const series = nums(sequence.sequence, 'sequence');
    // One window over the whole sequence; the split step's level is 10 × significance, so
    // significance 0.001 runs Otava's ChangePointDetector with TTestSignificanceTester(0.01).
    const found = eDivisiveOtava(series, { window: series.length, significance: 0.001 });
    expect(found.weakChangePoints.map((c) => c.index)).toEqual(nums(sequence.expected, 'expected'));
  });

  it('uses Otava’s defaults: window 50, p 0.001, magnitude 0', () => {
    const series = nums(records(fixture('small-series.json').cases, 'cases')[1]?.series, 'series1');
    expect(eDivisiveOtava(series)).toEqual(
      eDivisiveOtava(series, { window: 50, significance: 0.001, minMagnitude: 0 }),
    );
  });
});

describe('eDivisiveOtava: the statistics of each change point', () => {
  const reference = records(fixture('scipy-reference.json').cases, 'cases');

  it.each(reference.map((c) => [str(c.test, 'test'), c] as const))(
    '%s: means and t-test p-values between neighbours match SciPy',
    (_, c) => {
      const found = eDivisiveOtava(tbSeries, {
        window: 30,
        significance: num(c.significance, 'significance'),
        minMagnitude: num(c.minMagnitude, 'minMagnitude'),
      }).changePoints;
      const expected = records(c.changePoints, 'changePoints');
      expect(found).toHaveLength(expected.length);
      found.forEach((point, k) => {
        const want = expected[k] as Record<string, unknown>;
        expect(point.index).toBe(num(want.index, 'index'));
        expectClose(point.meanBefore, num(want.meanBefore, 'meanBefore'), 1e-12);
        expectClose(point.meanAfter, num(want.meanAfter, 'meanAfter'), 1e-12);
        // SciPy's t distribution (Boost) and stdlib's (Cephes) agree to about 1e-9 relative
        // in the far tail.
        expectClose(point.pValue, num(want.pValue, 'pValue'), 1e-8, 1e-300);
      });
    },
  );

  it('gives p = 1 for two runs, and 0 or 1 for constant sides', () => {
    expect(eDivisiveOtava([1, 2]).weakChangePoints).toEqual([]);
    const step = eDivisiveOtava([1, 1, 1, 1, 5, 5, 5, 5], { window: 8, significance: 0.01 });
    expect(step.changePoints).toEqual([{ index: 4, pValue: 0, meanBefore: 1, meanAfter: 5 }]);
    expect(eDivisiveOtava([3, 3, 3, 3, 3, 3]).weakChangePoints).toEqual([]);
  });
});

describe('eDivisiveOtava: the candidate maximises q̂ over the split and the right end', () => {
  /** Brute force from the definition in Otava's calculator: argmax over τ < κ of Q(τ, κ). */
  function bruteForce(series: readonly number[]): number {
    let best = -Infinity;
    let bestTau = 0;
    for (let tau = 1; tau < series.length; tau++) {
      for (let kappa = tau + 1; kappa <= series.length; kappa++) {
        const x = series.slice(0, tau);
        const y = series.slice(tau, kappa);
        const n = x.length;
        const m = y.length;
        let between = 0;
        for (const a of x) for (const b of y) between += Math.abs(a - b);
        let withinX = 0;
        for (let i = 0; i < n; i++)
          for (let k = i + 1; k < n; k++) withinX += Math.abs((x[i] as number) - (x[k] as number));
        let withinY = 0;
        for (let j = 0; j < m; j++)
          for (let k = j + 1; k < m; k++) withinY += Math.abs((y[j] as number) - (y[k] as number));
        const q =
          (2 / (m + n)) * between -
          (n > 1 ? ((2 * m) / (m + n) / (n - 1)) * withinX : 0) -
          (m > 1 ? ((2 * n) / (m + n) / (m - 1)) * withinY : 0);
        if (q > best) [best, bestTau] = [q, tau];
      }
    }
    return bestTau;
  }

  it.each([0, 1, 2, 3])('on a noisy two-step series (seed %d)', (seed) => {
    // A deterministic wobble, not a random draw: the test needs no generator to be reproducible.
    const series = Array.from(
      { length: 40 },
      (_, i) => (i < 13 ? 10 : i < 29 ? 14 : 11) + Math.sin(i * 1.7 + seed) * 1.5,
    );
    const tau = bruteForce(series);
    // The first accepted split of a single window is the best candidate of the whole series.
    const weak = eDivisiveOtava(series, { window: 40, significance: 0.49 }).weakChangePoints;
    expect(weak.map((c) => c.index)).toContain(tau);
  });
});

describe('eDivisiveOtava: input checks', () => {
  it.each([
    ['empty', () => eDivisiveOtava([])],
    ['NaN', () => eDivisiveOtava([1, Number.NaN])],
    ['window', () => eDivisiveOtava([1, 2], { window: 1 })],
    ['significance', () => eDivisiveOtava([1, 2], { significance: 1 })],
    ['minMagnitude', () => eDivisiveOtava([1, 2], { minMagnitude: -0.1 })],
  ] as const)('rejects bad input (%s) with its name first', (_, call) => {
    expect(call).toThrow(/^eDivisiveOtava: /);
  });

  it('leaves the permutation E-Divisive as it was', () => {
    const series = Array.from({ length: 60 }, (_, i) => (i < 30 ? 100 : 120) + (i % 4));
    expect(eDivisive(series).changePoints.map((c) => c.index)).toEqual([30]);
  });
});
