import { describe, expect, it } from 'vitest';
import { hamedRaoMannKendall, mannKendall } from '../../src/stats/index.js';
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

// Expected values: the Hamed & Rao (1998) formulas written independently in base R (pairwise
// slopes, `median`, `rank`, `acf`, `qnorm`, `pnorm`) on series generated there with a fixed seed.
// Regenerate from the project root (R 4.2.2, Debian r-base-core and r-cran-jsonlite):
//   Rscript test/stats/reference/make-reference-hamed-rao.R &&
//   npx prettier --write test/stats/reference/reference-hamed-rao.json
const reference = loadReference('reference-hamed-rao.json');
const cases = records(reference.cases, 'cases');

function expectMatchesR(
  result: ReturnType<typeof hamedRaoMannKendall>,
  expected: Record<string, unknown>,
): void {
  expect(result.statistic).toBe(num(expected.statistic, 'statistic'));
  expect(result.significantLags).toEqual(nums(expected.significantLags, 'significantLags'));
  expectClose(result.tau, num(expected.tau, 'tau'), 1e-12);
  expectClose(result.variance, num(expected.variance, 'variance'), 1e-12);
  expectClose(result.correctionFactor, num(expected.correctionFactor, 'correctionFactor'), 1e-9);
  expectClose(result.correctedVariance, num(expected.correctedVariance, 'correctedVariance'), 1e-9);
  expectClose(result.z, num(expected.z, 'z'), 1e-9);
  expectClose(result.pValue, num(expected.pValue, 'pValue'), 1e-9);
}

describe.each(cases.map((c) => [str(c.name, 'name'), c] as const))('Hamed–Rao on %s', (name, c) => {
  const y = frozen(nums(c.y, `${name}.y`));

  it('matches the R reference with all lags', () => {
    expectMatchesR(hamedRaoMannKendall(y), record(c.allLags, 'allLags'));
  });

  it('matches the R reference with maxLag 3 (mmkh3lag)', () => {
    expectMatchesR(hamedRaoMannKendall(y, { maxLag: 3 }), record(c.threeLags, 'threeLags'));
  });

  it('keeps S and τ of the plain test and scales its variance by the factor', () => {
    const plain = mannKendall(y);
    const result = hamedRaoMannKendall(y);
    expect(result.statistic).toBe(plain.statistic);
    expect(result.tau).toBe(plain.tau);
    expectClose(result.correctedVariance, result.variance * result.correctionFactor, 1e-15);
    expectClose(num(record(c.allLags, 'allLags').plainPValue, 'plainPValue'), plain.pValue, 1e-9);
  });
});

describe('the correction on autocorrelated noise', () => {
  const noise = cases.find((c) => str(c.name, 'name') === 'AR(1) noise, phi 0.9, no trend');
  if (noise === undefined) throw new Error('reference: the AR(1) noise case is missing');
  const y = nums(noise.y, 'y');

  it('raises the p-value above the plain test, which calls the noise a trend', () => {
    const plain = mannKendall(y);
    const corrected = hamedRaoMannKendall(y);
    expect(plain.pValue).toBeLessThan(0.05);
    expect(corrected.correctionFactor).toBeGreaterThan(2);
    expect(corrected.pValue).toBeGreaterThan(1000 * plain.pValue);
    expect(corrected.z).toBeCloseTo(mannKendall(y).z / Math.sqrt(corrected.correctionFactor), 12);
  });

  it('leaves white noise as the plain test: no lag is significant', () => {
    const white = cases.find((c) => str(c.name, 'name') === 'white noise');
    if (white === undefined) throw new Error('reference: the white-noise case is missing');
    const whiteY = nums(white.y, 'y');
    const result = hamedRaoMannKendall(whiteY);
    expect(result.significantLags).toEqual([]);
    expect(result.correctionFactor).toBe(1);
    expect(result.pValue).toBe(mannKendall(whiteY).pValue);
  });
});

describe('Hamed–Rao edge cases', () => {
  it('has no trend on a constant series', () => {
    expect(hamedRaoMannKendall([2, 2, 2, 2])).toEqual({
      statistic: 0,
      tau: 0,
      variance: 0,
      correctedVariance: 0,
      correctionFactor: 1,
      significantLags: [],
      z: 0,
      pValue: 1,
    });
  });

  it('leaves an exact line uncorrected: its detrended values carry no autocorrelation', () => {
    const line = [1, 2, 3, 4, 5, 6, 7, 8];
    const result = hamedRaoMannKendall(line);
    expect(result.correctionFactor).toBe(1);
    expect(result.z).toBe(mannKendall(line).z);
    expect(result.pValue).toBe(mannKendall(line).pValue);
  });

  it('has no lag to correct on three values', () => {
    expect(hamedRaoMannKendall([1, 3, 2]).correctionFactor).toBe(1);
  });

  it.each([
    [[1, 2], 'hamedRaoMannKendall: ys needs at least 3 values, got 2'],
    [[1, Number.NaN, 3], 'hamedRaoMannKendall: ys[1] is not a finite number (NaN)'],
  ])('rejects %j', (ys, message) => {
    expect(() => hamedRaoMannKendall(ys)).toThrow(message);
  });

  it.each([0, 1.5, -2])('rejects maxLag %d', (maxLag) => {
    expect(() => hamedRaoMannKendall([1, 2, 4, 3, 5], { maxLag })).toThrow(
      'hamedRaoMannKendall: maxLag must be an integer ≥ 1',
    );
  });

  it('rejects an alternating series cut to lag 1, where the factor is not positive', () => {
    // r₁ ≈ −1, so n/n*s = 1 + 2(n − 3)/n · r₁ < 0 without the positive even lags.
    const alternating = Array.from(
      { length: 40 },
      (_, i) => (i % 2 === 0 ? 1 : -1) * (1 + i / 100),
    );
    expect(hamedRaoMannKendall(alternating).correctionFactor).toBeGreaterThan(0);
    expect(() => hamedRaoMannKendall(alternating, { maxLag: 1 })).toThrow(
      /^hamedRaoMannKendall: the autocorrelation correction factor n\/n\*s is .*not positive/,
    );
  });
});
