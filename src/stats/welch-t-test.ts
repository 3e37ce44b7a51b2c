import { mean, sampleVariance } from 'simple-statistics';
import { assertAlternative, type Alternative } from './alternative.js';
import { studentTCumulative, studentTSurvival } from './distributions.js';
import { assertFiniteSample, assertPositiveSample } from './validate.js';

/** Options of {@link welchTTest}. */
export interface WelchOptions {
  /** Direction of the alternative about mean(x) − mean(y) ('two-sided' unless told). */
  alternative?: Alternative;
}

/** Result of {@link welchTTest}. */
export interface WelchResult {
  /** t = (mean(x) − mean(y)) / √(s²ₓ/m + s²ᵧ/n). */
  statistic: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  degreesOfFreedom: number;
  /** p-value for the chosen alternative. */
  pValue: number;
}

/**
 * Welch's unequal-variance t test, matching R `t.test(x, y, var.equal = FALSE)` and SciPy
 * `ttest_ind(x, y, equal_var=False)`. Means and variances come from simple-statistics; the
 * Student t CDF from stdlib-js. Degrees of freedom:
 * ν = (s²ₓ/m + s²ᵧ/n)² / ((s²ₓ/m)²/(m − 1) + (s²ᵧ/n)²/(n − 1)).
 *
 * Complexity: O(m + n); inputs are not mutated.
 *
 * @param x - first sample, at least two finite values.
 * @param y - second sample, at least two finite values.
 * @throws {Error} `welchTTest: ...` with fewer than two values per side, a non-finite value, a
 *   bad alternative, or data that are essentially constant (the standard error is below
 *   10·ε·max(|mean|), R's own test), where t is undefined.
 * @example
 * welchTTest([1, 2, 3, 4], [2, 4, 6, 8]); // statistic −1.7321, degreesOfFreedom 4.4118, pValue 0.1516
 */
export function welchTTest(
  x: readonly number[],
  y: readonly number[],
  options: WelchOptions = {},
): WelchResult {
  return welchCore('welchTTest', x, y, options);
}

/**
 * Welch's t test on the natural logarithms of both samples: a test of the ratio of geometric
 * means, suited to timings whose noise is multiplicative (log-normal). Same as R
 * `t.test(log(x), log(y))`.
 *
 * Complexity: O(m + n); inputs are not mutated.
 *
 * @throws {Error} `logWelchTTest: ...` as {@link welchTTest}, and on a value ≤ 0.
 * @example
 * logWelchTTest([1, 2, 4], [2, 4, 8]).statistic; // −1.2247 (t of log(x) − log(y))
 */
export function logWelchTTest(
  x: readonly number[],
  y: readonly number[],
  options: WelchOptions = {},
): WelchResult {
  assertFiniteSample('logWelchTTest', x, 2, 'x');
  assertFiniteSample('logWelchTTest', y, 2, 'y');
  assertPositiveSample('logWelchTTest', x, 'x');
  assertPositiveSample('logWelchTTest', y, 'y');
  return welchCore('logWelchTTest', x.map(Math.log), y.map(Math.log), options);
}

function welchCore(
  functionName: string,
  x: readonly number[],
  y: readonly number[],
  options: WelchOptions,
): WelchResult {
  assertFiniteSample(functionName, x, 2, 'x');
  assertFiniteSample(functionName, y, 2, 'y');
  const { alternative = 'two-sided' } = options;
  assertAlternative(functionName, alternative);
  const m = x.length;
  const n = y.length;
  const meanX = mean(x as number[]);
  const meanY = mean(y as number[]);
  const termX = sampleVariance(x as number[]) / m;
  const termY = sampleVariance(y as number[]) / n;
  const standardError = Math.sqrt(termX + termY);
  if (
    standardError < 10 * Number.EPSILON * Math.max(Math.abs(meanX), Math.abs(meanY)) ||
    standardError === 0
  ) {
    throw new Error(`${functionName}: data are essentially constant, the t statistic is undefined`);
  }
  const statistic = (meanX - meanY) / standardError;
  const degreesOfFreedom = (termX + termY) ** 2 / (termX ** 2 / (m - 1) + termY ** 2 / (n - 1));
  let pValue: number;
  switch (alternative) {
    case 'less':
      pValue = studentTCumulative(statistic, degreesOfFreedom);
      break;
    case 'greater':
      pValue = studentTSurvival(statistic, degreesOfFreedom);
      break;
    case 'two-sided':
      pValue = Math.min(1, 2 * studentTCumulative(-Math.abs(statistic), degreesOfFreedom));
      break;
  }
  return { statistic, degreesOfFreedom, pValue };
}
