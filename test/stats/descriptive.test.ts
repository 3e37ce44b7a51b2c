import { describe, expect, it } from 'vitest';
import {
  coefficientOfVariation,
  geometricMean,
  interquartileRange,
  madZScoreOutliers,
  median,
  medianAbsoluteDeviation,
  quantile,
  tukeyOutliers,
} from '../../src/stats/index.js';
import {
  expectClose,
  frozen,
  loadReference,
  nums,
  num,
  record,
  records,
  str,
} from './reference.js';

// Expected values: R 4.2.2 quantile(type = 7), median, IQR, mad, sd/mean, exp(mean(log)), see
// reference/make-reference.R.
const cases = records(loadReference('reference-r.json').descriptive, 'descriptive');

describe.each(cases.map((c) => [str(c.name, 'name'), c] as const))(
  'descriptive statistics of %s',
  (name, c) => {
    const x = frozen(nums(c.x, `${name}.x`));

    it('quantile matches R type 7 at every probability', () => {
      const ps = nums(c.probabilities, 'probabilities');
      const expected = nums(c.quantiles, 'quantiles');
      ps.forEach((p, i) => expectClose(quantile(x, p), expected[i] as number, 1e-14, 1e-300));
    });

    it('median, IQR and scaled MAD match R', () => {
      expectClose(median(x), num(c.median, 'median'), 1e-15);
      expectClose(
        interquartileRange(x),
        num(c.iqr, 'iqr'),
        1e-12,
        Math.abs(num(c.median, 'median')) * 1e-3,
      );
      expectClose(
        medianAbsoluteDeviation(x),
        num(c.mad, 'mad'),
        1e-12,
        Math.abs(num(c.median, 'median')) * 1e-3,
      );
    });

    it('Tukey fences and outliers match R', () => {
      const tukey = record(c.tukey, 'tukey');
      const result = tukeyOutliers(x);
      const scale = Math.abs(num(c.median, 'median')) * 1e-3;
      expectClose(result.lowFence, num(tukey.lowFence, 'lowFence'), 1e-12, scale);
      expectClose(result.highFence, num(tukey.highFence, 'highFence'), 1e-12, scale);
      expect(result.outlierIndices).toEqual(nums(tukey.outlierIndices, 'outlierIndices'));
    });

    it.runIf(c.madZ !== undefined)(
      'modified z-scores match 0.6745·(x − median)/mad(constant = 1)',
      () => {
        const madZ = record(c.madZ, 'madZ');
        const result = madZScoreOutliers(x);
        const expected = nums(madZ.scores, 'scores');
        result.scores.forEach((score, i) =>
          expectClose(score, expected[i] as number, 1e-12, 1e-12),
        );
        expect(result.outlierIndices).toEqual(nums(madZ.outlierIndices, 'outlierIndices'));
      },
    );

    it.runIf(c.cv !== undefined)('coefficient of variation matches sd(x)/mean(x)', () => {
      expectClose(coefficientOfVariation(x), num(c.cv, 'cv'), 1e-12);
    });

    it.runIf(c.geometricMean !== undefined)('geometric mean matches exp(mean(log(x)))', () => {
      expectClose(geometricMean(x), num(c.geometricMean, 'geometricMean'), 1e-13);
    });
  },
);

describe('descriptive edge cases', () => {
  it('geometric mean of thirty values of 1e12 does not overflow', () => {
    expectClose(geometricMean(new Array<number>(30).fill(1e12)), 1e12, 1e-13);
  });

  it('MAD z-scores fall back to the mean absolute deviation when the MAD is zero', () => {
    // median 1, MAD 0, mean absolute deviation 9/5 = 1.8; score of 10 is 9/(1.253314·1.8).
    const result = madZScoreOutliers([1, 1, 1, 1, 10]);
    expectClose(result.scores[4] as number, 9 / (1.253314 * 1.8), 1e-12);
    expect(result.outlierIndices).toEqual([4]);
    expect(madZScoreOutliers([4, 4, 4]).scores).toEqual([0, 0, 0]);
  });

  it('Tukey uses strict inequalities and accepts k = 3', () => {
    // Q1 = 2, Q3 = 4, IQR 2, fences −1 and 7: 7 itself is not an outlier.
    expect(tukeyOutliers([1, 2, 3, 4, 5, 7]).outlierIndices).toEqual([]);
    expect(tukeyOutliers([1, 2, 3, 4, 100], 3).highFence).toBe(10);
  });

  const rejections: [string, () => unknown][] = [
    ['median', () => median([])],
    ['quantile', () => quantile([1, Number.NaN], 0.5)],
    ['quantile', () => quantile([1, 2], 1.5)],
    ['interquartileRange', () => interquartileRange([1, Infinity])],
    ['medianAbsoluteDeviation', () => medianAbsoluteDeviation([])],
    ['coefficientOfVariation', () => coefficientOfVariation([1])],
    ['coefficientOfVariation', () => coefficientOfVariation([-1, 1])],
    ['geometricMean', () => geometricMean([1, 0])],
    ['geometricMean', () => geometricMean([-Infinity])],
    ['tukeyOutliers', () => tukeyOutliers([1, 2], -1)],
    ['tukeyOutliers', () => tukeyOutliers([])],
    ['madZScoreOutliers', () => madZScoreOutliers([Number.NaN])],
    ['madZScoreOutliers', () => madZScoreOutliers([1, 2], 0)],
  ];
  it.each(rejections)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
