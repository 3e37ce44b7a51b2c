/**
 * The statistics core shared by every gate: pure functions on `readonly number[]`, each in its
 * own file with its definition, convention, complexity and errors documented there.
 */
export { createRandom, normalSample } from './random.js';
export { median } from './median.js';
export { quantile } from './quantile.js';
export { interquartileRange } from './interquartile-range.js';
export { medianAbsoluteDeviation, MAD_NORMAL_CONSISTENCY } from './median-absolute-deviation.js';
export { coefficientOfVariation } from './coefficient-of-variation.js';
export { geometricMean } from './geometric-mean.js';
export { tukeyOutliers, type TukeyOutliers } from './tukey-outliers.js';
export { madZScoreOutliers, type MadZScoreOutliers } from './mad-z-score-outliers.js';
export type { Alternative } from './alternative.js';
export {
  standardNormalCdf,
  standardNormalQuantile,
  standardNormalSurvival,
  studentTCumulative,
  studentTQuantile,
  studentTSurvival,
} from './distributions.js';
export { mannWhitneyCdf, mannWhitneyQuantile } from './mann-whitney-distribution.js';
export { mannWhitneyU, type MannWhitneyOptions, type MannWhitneyResult } from './mann-whitney-u.js';
export { huberLocation, HUBER_K, HUBER_VARIANCE_FACTOR } from './huber-location.js';
export { squeezeVariances, type SqueezedVariances } from './squeeze-variances.js';
export { trigammaInverse } from './trigamma-inverse.js';
export { studentTScaleFit, type StudentTScaleFit } from './student-t-scale-fit.js';
export {
  studentTLogDensity,
  studentTTailTest,
  type StudentTTailTest,
} from './student-t-tail-test.js';
export { welchTTest, logWelchTTest, type WelchOptions, type WelchResult } from './welch-t-test.js';
export { hodgesLehmannShift } from './hodges-lehmann-shift.js';
export { hodgesLehmannInterval, type HodgesLehmannInterval } from './hodges-lehmann-interval.js';
export {
  ratioInterval,
  type RatioInterval,
  type RatioIntervalMethod,
  type RatioIntervalOptions,
} from './ratio-interval.js';
export { holm } from './holm.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export {
  adjustPValues,
  adjustSelectedPValues,
  loneLevel,
  type Correction,
} from './multiple-comparisons.js';
export { detectableChange, type DetectableChangeInput } from './detectable-change.js';
export { requiredSampleSize, type RequiredSampleSizeInput } from './required-sample-size.js';
export { theilSen, type TheilSenResult } from './theil-sen.js';
export { mannKendall, type MannKendallResult } from './mann-kendall.js';
export {
  hamedRaoMannKendall,
  type HamedRaoMannKendallResult,
  type HamedRaoOptions,
} from './hamed-rao-mann-kendall.js';
export { leastSquares, type LeastSquaresLine } from './least-squares.js';
export { slopePercentPerHour } from './slope-percent-per-hour.js';
export {
  eDivisive,
  eDivisiveOtava,
  type ChangePoint,
  type EDivisiveOptions,
  type EDivisiveResult,
  type OtavaOptions,
  type OtavaResult,
} from './e-divisive.js';
export { sloAttainment } from './slo-attainment.js';
export { errorBudgetRemaining, type ErrorBudgetInput } from './error-budget-remaining.js';
export { burnRate, type BurnRateInput } from './burn-rate.js';
export {
  multiWindowBurnAlert,
  SRE_WORKBOOK_BURN_RULES,
  type BurnRateRule,
  type BurnRateRuleResult,
  type MultiWindowBurnAlert,
  type MultiWindowBurnAlertInput,
} from './multi-window-burn-alert.js';
export type { TimePoint } from './time-point.js';
export { alignSeries, type AlignedSeries } from './align-series.js';
export { resample, type ResampleOptions } from './resample.js';
export { rollingWindow } from './rolling-window.js';
export { ewma } from './ewma.js';
