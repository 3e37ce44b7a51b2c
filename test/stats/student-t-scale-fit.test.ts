import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { studentTQuantile, studentTScaleFit, studentTSurvival } from '../../src/stats/index.js';
import { expectClose, frozen, num, nums, record, records } from './reference.js';

/** SciPy's values, from make-reference-student-t-fit.py (see reference/README.md). */
const reference = record(
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('./reference/reference-student-t-fit.json', import.meta.url)),
      'utf8',
    ),
  ),
  'reference-student-t-fit.json',
);

describe('studentTScaleFit (scipy.stats.t.fit with floc = 0)', () => {
  for (const row of records(reference.fits, 'fits')) {
    const name = String(row.name);
    it(name, () => {
      const x = frozen(nums(row.x, 'x'));
      const fit = studentTScaleFit(x);
      const df = num(row.df, 'df');
      if (df > 1000) {
        // SciPy ran off to ν → ∞ (normal); the search stops at its bound, 1000, where the
        // likelihood and the scale are those of the normal limit to about 1e-3.
        expectClose(fit.df, 1000, 1e-6);
        expectClose(fit.logLikelihood, num(row.logLikelihood, 'logLik'), 1e-3);
        expectClose(fit.scale, num(row.scale, 'scale'), 1e-3);
      } else {
        // Never a worse optimum than SciPy's.
        expect(fit.logLikelihood).toBeGreaterThanOrEqual(num(row.logLikelihood, 'logLik') - 1e-9);
        expectClose(fit.df, df, 1e-5);
        expectClose(fit.scale, num(row.scale, 'scale'), 1e-6);
        expectClose(fit.logLikelihood, num(row.logLikelihood, 'logLik'), 1e-10);
      }
    });
  }

  it('is scale-equivariant', () => {
    const x = [-1.2, 0.4, 0.1, 2.5, -0.3, 0.8, -0.6, 9];
    const fit = studentTScaleFit(x);
    const scaled = studentTScaleFit(x.map((v) => v * 1000));
    expectClose(scaled.df, fit.df, 1e-6);
    expectClose(scaled.scale, fit.scale * 1000, 1e-6);
  });

  it.each([
    [[], /needs at least 3 values/],
    [[1, 2], /needs at least 3 values/],
    [[1, Number.NaN, 2], /is not a finite number/],
    [[0, 0, 0, 0], /all zero/],
  ])('refuses %j', (xs, message) => {
    expect(() => studentTScaleFit(xs)).toThrow(/^studentTScaleFit: /);
    expect(() => studentTScaleFit(xs)).toThrow(message);
  });
});

describe('Student t at fractional degrees of freedom (scipy.stats.t.ppf / t.sf)', () => {
  for (const row of records(reference.quantiles, 'quantiles')) {
    const df = num(row.df, 'df');
    if (row.p !== undefined) {
      const p = num(row.p, 'p');
      it(`quantile ${p} at ${df} df`, () => {
        const expected = num(row.quantile, 'quantile');
        if (expected === 0) expect(Math.abs(studentTQuantile(p, df))).toBeLessThan(1e-14);
        else expectClose(studentTQuantile(p, df), expected, 1e-9);
      });
    } else {
      const t = num(row.t, 't');
      it(`survival at ${t} with ${df} df`, () => {
        expectClose(studentTSurvival(t, df), num(row.survival, 'survival'), 1e-9);
      });
    }
  }
});
