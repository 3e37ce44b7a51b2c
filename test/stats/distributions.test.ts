import { describe, expect, it } from 'vitest';
import {
  mannWhitneyCdf,
  mannWhitneyQuantile,
  mannWhitneyU,
  standardNormalCdf,
  standardNormalQuantile,
  standardNormalSurvival,
  studentTCumulative,
  studentTQuantile,
  studentTSurvival,
} from '../../src/stats/index.js';
import { expectClose, loadReference, num, nums, record, records } from './reference.js';

// Expected values: R 4.2.2 pnorm, qnorm, pt, qt, pwilcox, qwilcox; see reference/make-reference.R.
const reference = loadReference('reference-r.json');
const distributions = record(reference.distributions, 'distributions');

describe('normal distribution (stdlib-js) against R pnorm/qnorm, tails included', () => {
  const normal = record(distributions.normal, 'normal');
  const zs = nums(normal.z, 'z');
  it.each(zs.map((z, i) => [z, i]))('Φ(%d) and 1 − Φ', (z, i) => {
    expectClose(standardNormalCdf(z), nums(normal.cdf, 'cdf')[i] as number, 1e-13);
    expectClose(standardNormalSurvival(z), nums(normal.survival, 'survival')[i] as number, 1e-13);
  });
  it('quantiles from 1e-300 to 1 − 1e-10', () => {
    const q = record(distributions.normalQuantile, 'normalQuantile');
    nums(q.p, 'p').forEach((p, i) =>
      expectClose(standardNormalQuantile(p), nums(q.q, 'q')[i] as number, 1e-12),
    );
  });
});

describe('Student t distribution (stdlib-js) against R pt/qt', () => {
  for (const t of records(distributions.studentT, 'studentT')) {
    const df = num(t.df, 'df');
    it(`df = ${df}`, () => {
      nums(t.t, 't').forEach((value, i) => {
        expectClose(studentTCumulative(value, df), nums(t.cdf, 'cdf')[i] as number, 1e-11);
        expectClose(studentTSurvival(value, df), nums(t.survival, 'survival')[i] as number, 1e-11);
      });
      nums(t.p, 'p').forEach((p, i) =>
        expectClose(studentTQuantile(p, df), nums(t.quantile, 'quantile')[i] as number, 1e-9),
      );
    });
  }
});

describe('exact Mann–Whitney distribution against R pwilcox/qwilcox', () => {
  for (const d of records(reference.mannWhitneyDistribution, 'mannWhitneyDistribution')) {
    const m = num(d.m, 'm');
    const n = num(d.n, 'n');
    it(`m = ${m}, n = ${n}`, () => {
      const cdf = nums(d.cdf, 'cdf');
      nums(d.q, 'q').forEach((q, i) =>
        expectClose(mannWhitneyCdf(q, m, n), cdf[i] as number, 1e-12),
      );
      // The distribution is symmetric in the roles of the samples.
      nums(d.q, 'q').forEach((q, i) =>
        expectClose(mannWhitneyCdf(q, n, m), cdf[i] as number, 1e-12),
      );
      const quantiles = nums(d.quantile, 'quantile');
      nums(d.p, 'p').forEach((p, i) => expect(mannWhitneyQuantile(p, m, n)).toBe(quantiles[i]));
    });
  }

  it('keeps relative precision far in the tail: P(U ≤ 0) = 1/C(98, 49) for 49 vs 49', () => {
    // C(98, 49) = 25477612258980856902730428600 (exact integer).
    expectClose(mannWhitneyCdf(0, 49, 49), 1 / Number(25477612258980856902730428600n), 1e-12);
  });
});

describe('distribution input checks', () => {
  it.each([
    ['mannWhitneyCdf', () => mannWhitneyCdf(1, 0, 3)],
    ['mannWhitneyCdf', () => mannWhitneyCdf(Number.NaN, 2, 3)],
    ['mannWhitneyCdf', () => mannWhitneyCdf(1, 600, 500)],
    ['mannWhitneyQuantile', () => mannWhitneyQuantile(1.5, 2, 3)],
    ['mannWhitneyQuantile', () => mannWhitneyQuantile(0.5, 2.5, 3)],
  ] as const)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });

  it('the exact Mann–Whitney U refuses more than 1000 values in all', () => {
    const x = Array.from({ length: 600 }, (_, i) => i);
    const y = Array.from({ length: 500 }, (_, i) => i + 0.5);
    expect(() => mannWhitneyU(x, y, { method: 'exact' })).toThrow(/^mannWhitneyU: /);
  });
});
