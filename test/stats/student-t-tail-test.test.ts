import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  normalSample,
  studentTLogDensity,
  studentTTailTest,
} from '../../src/stats/index.js';
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

describe('studentTTailTest (normal-theory t against a fitted t, SciPy)', () => {
  for (const row of records(reference.tailTests, 'tailTests')) {
    it(String(row.name), () => {
      const residuals = frozen(nums(row.residuals, 'residuals'));
      const dfs = frozen(nums(row.degreesOfFreedom, 'degreesOfFreedom'));
      const test = studentTTailTest(residuals, dfs);
      expectClose(
        test.normalTheoryLogLikelihood,
        num(row.normalTheoryLogLikelihood, 'normal'),
        1e-10,
      );
      // Our fit is never a worse optimum than SciPy's Nelder–Mead.
      expect(test.fit.logLikelihood).toBeGreaterThanOrEqual(
        num(row.fittedLogLikelihood, 'fitted') - 1e-9,
      );
      expectClose(test.likelihoodRatio, num(row.likelihoodRatio, 'likelihoodRatio'), 1e-6);
      expectClose(test.pValue, num(row.pValue, 'pValue'), 1e-6);
      expectClose(test.largest, num(row.largest, 'largest'), 1e-14);
      expectClose(test.extremePValue, num(row.extremePValue, 'extremePValue'), 1e-9);
    });
  }

  it('finds one far-off run among otherwise normal residuals, which the likelihood ratio misses', () => {
    const random = createRandom(32);
    const residuals = Array.from({ length: 3000 }, () => normalSample(random));
    residuals[17] = 12;
    const test = studentTTailTest(
      residuals,
      residuals.map(() => 18),
    );
    expect(test.largest).toBe(12);
    expect(test.extremePValue).toBeLessThan(1e-5);
    expect(test.pValue).toBeGreaterThan(0.001);
  });

  it('computes the log density of t', () => {
    // Closed forms: t(1) is Cauchy, 1/(π(1 + x²)); t(2) has density (2 + x²)^(-3/2).
    expectClose(studentTLogDensity(0.7, 1), -Math.log(Math.PI * (1 + 0.49)), 1e-14);
    expectClose(studentTLogDensity(-1.5, 2), -1.5 * Math.log(2 + 2.25), 1e-14);
  });

  it('rejects normal theory at most at its level on leave-one-out residuals of normal runs', () => {
    const random = createRandom(31);
    let rejected = 0;
    let extremeRejected = 0;
    const trials = 200;
    for (let trial = 0; trial < trials; trial += 1) {
      const residuals: number[] = [];
      const dfs: number[] = [];
      for (let b = 0; b < 20; b += 1) {
        const runs = Array.from({ length: 10 }, () => normalSample(random));
        runs.forEach((value, j) => {
          const others = runs.filter((_, i) => i !== j);
          const mean = others.reduce((a, v) => a + v, 0) / others.length;
          const sd = Math.sqrt(others.reduce((a, v) => a + (v - mean) ** 2, 0) / 8);
          residuals.push((value - mean) / (sd * Math.sqrt(1 + 1 / 9)));
          dfs.push(8);
        });
      }
      const test = studentTTailTest(residuals, dfs);
      if (test.pValue < 0.05) rejected += 1;
      if (test.extremePValue < 0.05) extremeRejected += 1;
    }
    // The residuals of one benchmark are dependent: the test is conservative (1.5% at 5% here).
    expect(rejected / trials).toBeLessThan(0.08);
    // Bonferroni over the residuals: at most the level, whatever their dependence.
    expect(extremeRejected / trials).toBeLessThan(0.08);
  });

  it.each([
    [[1, 2, 3], [1, 1], /3 residuals but 2 degrees of freedom/],
    [[1, 2, 3], [1, 0, 1], /degrees of freedom must be > 0, got 0/],
    [[1, 2], [1, 1], /needs at least 3 values/],
  ])('refuses %j with %j', (residuals, dfs, message) => {
    expect(() => studentTTailTest(residuals, dfs)).toThrow(/^studentTTailTest: /);
    expect(() => studentTTailTest(residuals, dfs)).toThrow(message);
  });
});
