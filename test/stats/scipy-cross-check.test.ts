import { describe, expect, it } from 'vitest';
import { mannWhitneyU, welchTTest } from '../../src/stats/index.js';
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

// Expected values: SciPy 1.10.1 mannwhitneyu (method "exact" and "asymptotic", continuity on)
// and ttest_ind(equal_var=False), on the same inputs as the R references; see
// reference/make-reference.py.
const cases = records(loadReference('reference-scipy.json').twoSample, 'twoSample');

describe.each(cases.map((c) => [str(c.name, 'name'), c] as const))(
  'SciPy agrees on %s',
  (name, c) => {
    const x = frozen(nums(c.x, `${name}.x`));
    const y = frozen(nums(c.y, `${name}.y`));

    it('mannwhitneyu: U of x and p-values', () => {
      for (const expected of records(c.mannWhitney, 'mannWhitney')) {
        const alternative = alternativeOf(expected.alternative);
        const asymptotic = mannWhitneyU(x, y, { alternative, method: 'asymptotic' });
        expect(asymptotic.statistic).toBe(num(expected.statistic, 'statistic'));
        expectClose(asymptotic.pValue, num(expected.asymptotic, 'asymptotic'), 1e-10);
        if (expected.exact !== undefined) {
          const exact = mannWhitneyU(x, y, { alternative, method: 'exact' });
          expectClose(exact.pValue, num(expected.exact, 'exact'), 1e-10);
        }
      }
    });

    it.runIf(c.welch !== undefined)('ttest_ind(equal_var=False)', () => {
      const expected = record(c.welch, 'welch');
      const result = welchTTest(x, y);
      expectClose(result.statistic, num(expected.statistic, 'statistic'), 1e-10);
      expectClose(result.pValue, num(expected.pValue, 'pValue'), 1e-9);
    });
  },
);
