import { describe, expect, it } from 'vitest';
import {
  hodgesLehmannInterval,
  hodgesLehmannShift,
  logWelchTTest,
  mannWhitneyU,
  ratioInterval,
  welchTTest,
  type Alternative,
} from '../../src/stats/index.js';
import {
  alternativeOf,
  expectClose,
  frozen,
  loadReference,
  num,
  nums,
  record,
  records,
  str,
} from './reference.js';

// Expected values: R 4.2.2 wilcox.test (exact and normal approximation, with and without
// continuity correction; conf.int with tol.root = 1e-30), t.test(var.equal = FALSE), and the
// Hodges–Lehmann median(outer(y, x, "-")); see reference/make-reference.R.
const cases = records(loadReference('reference-r.json').twoSample, 'twoSample');

describe.each(cases.map((c) => [str(c.name, 'name'), c] as const))('two samples: %s', (name, c) => {
  const x = frozen(nums(c.x, `${name}.x`));
  const y = frozen(nums(c.y, `${name}.y`));
  const scale = Math.max(...x.map(Math.abs), ...y.map(Math.abs));

  it('Mann–Whitney U statistic and p-values match wilcox.test', () => {
    for (const expected of records(c.mannWhitney, 'mannWhitney')) {
      const alternative = alternativeOf(expected.alternative);
      const auto = record(expected.auto, 'auto');
      const result = mannWhitneyU(x, y, { alternative });
      expect(result.statistic).toBe(num(expected.statistic, 'statistic'));
      expect(result.method).toBe(str(auto.method, 'method'));
      expectClose(result.pValue, num(auto.pValue, 'pValue'), 1e-12);
      const asymptotic = mannWhitneyU(x, y, { alternative, method: 'asymptotic' });
      expect(asymptotic.method).toBe('asymptotic');
      expectClose(asymptotic.pValue, num(expected.asymptotic, 'asymptotic'), 1e-12);
      const noContinuity = mannWhitneyU(x, y, {
        alternative,
        method: 'asymptotic',
        continuity: false,
      });
      expectClose(
        noContinuity.pValue,
        num(expected.asymptoticNoContinuity, 'asymptoticNoContinuity'),
        1e-12,
      );
    }
  });

  it('Hodges–Lehmann shift is the median of y − x differences', () => {
    expectClose(
      hodgesLehmannShift(x, y),
      num(c.hodgesLehmannShift, 'hodgesLehmannShift'),
      1e-13,
      scale,
    );
  });

  it.runIf(c.hodgesLehmannInterval !== undefined)(
    'Moses interval matches wilcox.test(y, x, conf.int = TRUE)',
    () => {
      for (const expected of records(c.hodgesLehmannInterval, 'hodgesLehmannInterval')) {
        const level = num(expected.level, 'level');
        const result = hodgesLehmannInterval(x, y, level);
        expectClose(result.lower, num(expected.lower, 'lower'), 1e-12, scale);
        expectClose(result.upper, num(expected.upper, 'upper'), 1e-12, scale);
        expectClose(result.achievedLevel, num(expected.achievedLevel, 'achievedLevel'), 1e-12);
        expectClose(result.estimate, num(c.hodgesLehmannShift, 'hodgesLehmannShift'), 1e-13, scale);
        // R's estimate is the median (exact case) or a root of the same step function at z = 0.
        const rEstimate = num(expected.rEstimate, 'rEstimate');
        const pairwise = x.length * y.length;
        if (result.achievedLevel !== level || pairwise % 2 === 1) {
          expectClose(result.estimate, rEstimate, 1e-12, scale);
        }
      }
    },
  );

  it.runIf(c.ratioInterval !== undefined)(
    'ratio interval is the exponentiated interval on logs',
    () => {
      const expected = record(c.ratioInterval, 'ratioInterval');
      const result = ratioInterval(x, y);
      expect(result.method).toBe('hodges-lehmann-log');
      expectClose(result.ratio, num(expected.ratio, 'ratio'), 1e-12);
      expectClose(result.lower, num(expected.lower, 'lower'), 1e-12);
      expectClose(result.upper, num(expected.upper, 'upper'), 1e-12);
    },
  );

  it.runIf(c.welch !== undefined)('Welch t test matches t.test(var.equal = FALSE)', () => {
    for (const expected of records(c.welch, 'welch')) {
      const result = welchTTest(x, y, { alternative: alternativeOf(expected.alternative) });
      expectClose(result.statistic, num(expected.statistic, 'statistic'), 1e-11);
      expectClose(
        result.degreesOfFreedom,
        num(expected.degreesOfFreedom, 'degreesOfFreedom'),
        1e-11,
      );
      expectClose(result.pValue, num(expected.pValue, 'pValue'), 1e-10);
    }
  });

  it.runIf(c.logWelch !== undefined)('log Welch t test matches t.test(log(x), log(y))', () => {
    const expected = record(c.logWelch, 'logWelch');
    const result = logWelchTTest(x, y);
    expectClose(result.statistic, num(expected.statistic, 'statistic'), 1e-9);
    expectClose(result.degreesOfFreedom, num(expected.degreesOfFreedom, 'degreesOfFreedom'), 1e-9);
    expectClose(result.pValue, num(expected.pValue, 'pValue'), 1e-9);
  });
});

describe('two-sample edge cases', () => {
  it('an all-tied pooled sample has p = 1 (R gives NaN) and no Moses interval', () => {
    const result = mannWhitneyU([5, 5, 5], [5, 5]);
    expect(result).toEqual({ statistic: 3, pValue: 1, method: 'asymptotic' });
    expect(() => hodgesLehmannInterval([5, 5, 5], [5, 5])).toThrow(
      /^hodgesLehmannInterval: .*all observations are tied/,
    );
  });

  it('the exact method refuses ties, the asymptotic one is chosen for them', () => {
    expect(() => mannWhitneyU([1, 2, 2], [3, 4], { method: 'exact' })).toThrow(
      /^mannWhitneyU: .*ties/,
    );
    expect(mannWhitneyU([1, 2, 2], [3, 4]).method).toBe('asymptotic');
  });

  it('forced exact method on 60 values per side gives a p close to the normal approximation', () => {
    const x = Array.from({ length: 60 }, (_, i) => i * 1.01);
    const y = Array.from({ length: 60 }, (_, i) => i * 1.01 + 7.5);
    const exact = mannWhitneyU(x, y, { method: 'exact' });
    const asymptotic = mannWhitneyU(x, y, { method: 'asymptotic' });
    expect(exact.method).toBe('exact');
    expect(Math.abs(exact.pValue - asymptotic.pValue)).toBeLessThan(0.005);
  });

  it('Welch refuses constant data and samples of one', () => {
    expect(() => welchTTest([1, 1, 1], [1, 1])).toThrow(
      /^welchTTest: data are essentially constant/,
    );
    expect(() => welchTTest([1], [1, 2])).toThrow(/^welchTTest: x needs at least 2 values/);
    expect(() => logWelchTTest([1, 2], [0, 2])).toThrow(/^logWelchTTest: y\[0\] must be positive/);
  });

  it('ratio interval of samples that differ by exactly 1.25× is 1.25 and covers 1.25', () => {
    const base = [100, 103, 98, 110, 101, 99, 105];
    const result = ratioInterval(
      base,
      base.map((v) => v * 1.25),
    );
    expectClose(result.ratio, 1.25, 1e-12);
    expect(result.lower).toBeLessThan(1.25);
    expect(result.upper).toBeGreaterThan(1.25);
  });

  const rejections: [string, () => unknown][] = [
    ['mannWhitneyU', () => mannWhitneyU([], [1])],
    ['mannWhitneyU', () => mannWhitneyU([1], [Number.NaN])],
    ['mannWhitneyU', () => mannWhitneyU([1], [2], { alternative: 'sideways' as Alternative })],
    ['welchTTest', () => welchTTest([1, 2], [3, Infinity])],
    ['hodgesLehmannShift', () => hodgesLehmannShift([], [1])],
    ['hodgesLehmannInterval', () => hodgesLehmannInterval([1, 2], [3, 4], 1)],
    ['hodgesLehmannInterval', () => hodgesLehmannInterval([1, 2], [3, -Infinity])],
    ['ratioInterval', () => ratioInterval([1, 2], [3, 0])],
    ['ratioInterval', () => ratioInterval([1, 2], [])],
    ['ratioInterval', () => ratioInterval([1, 2], [3, 4], { method: 'bootstrap', resamples: 10 })],
  ];
  it.each(rejections)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
