import { gammaln } from 'simple-statistics';
import { studentTSurvival } from './distributions.js';
import { studentTScaleFit, type StudentTScaleFit } from './student-t-scale-fit.js';
import { assertFiniteSample } from './validate.js';

/** What {@link studentTTailTest} found. */
export interface StudentTTailTest {
  /** The Student t (location 0, ν and σ free) fitted to the residuals. */
  fit: StudentTScaleFit;
  /** Log-likelihood of the residuals under normal theory: each rᵢ ~ t(νᵢ), scale 1. */
  normalTheoryLogLikelihood: number;
  /** 2 · (fitted − normal-theory log-likelihood): χ² with 2 degrees of freedom under normal theory. */
  likelihoodRatio: number;
  /** P(χ²₂ ≥ likelihoodRatio) = exp(−likelihoodRatio / 2). */
  pValue: number;
  /** The largest |residual|. */
  largest: number;
  /**
   * P-value of a residual as far out as the largest under normal theory: Σᵢ P(|T(νᵢ)| ≥
   * largest), at most 1 (Bonferroni, valid however the residuals depend on each other).
   */
  extremePValue: number;
}

/** log f(x) of Student's t with `degreesOfFreedom` (> 0), at scale 1. */
export function studentTLogDensity(x: number, degreesOfFreedom: number): number {
  const df = degreesOfFreedom;
  return (
    gammaln((df + 1) / 2) -
    gammaln(df / 2) -
    0.5 * Math.log(df * Math.PI) -
    ((df + 1) / 2) * Math.log1p((x * x) / df)
  );
}

/**
 * Do standardized residuals follow normal theory? Under normal noise a prediction residual
 * (a value minus the mean of k others, over their standard deviation · √(1 + 1/k)) is exactly
 * Student t with k − 1 degrees of freedom at scale 1. Two tests, for two ways to differ:
 * - the shape of the bulk: the alternative is one Student t with ν and σ free, fitted by maximum
 *   likelihood ({@link studentTScaleFit}); the likelihood ratio of the two is χ² with 2 degrees
 *   of freedom when normal theory holds (Wilks);
 * - the far tail: the largest |residual| against the chance of one that far among them all. A
 *   history that is normal but for a run 10 times too slow (a loaded machine) fits a t with
 *   ν ≈ 16 nearly as well as normal theory, yet a test at α/k lives in exactly that tail.
 * A small p-value of either says the tails are heavier, or the scale other, than normal theory.
 *
 * The residuals of one benchmark share their data, so they are not independent; the test treats
 * them as if they were, and bench/replay.ts measures what that costs (it chooses the normal model
 * a little more rarely than its level says).
 *
 * @param residuals - standardized residuals, at least 3, finite, not all zero.
 * @param degreesOfFreedom - each residual's normal-theory degrees of freedom (> 0), same length.
 * @throws {Error} `studentTTailTest: ...` on mismatched lengths or a degree of freedom ≤ 0.
 * @example studentTTailTest(residuals, residuals.map(() => 8)).pValue // ≈ uniform under normal noise
 */
export function studentTTailTest(
  residuals: readonly number[],
  degreesOfFreedom: readonly number[],
): StudentTTailTest {
  assertFiniteSample('studentTTailTest', residuals, 3, 'residuals');
  if (degreesOfFreedom.length !== residuals.length) {
    throw new Error(
      `studentTTailTest: ${residuals.length} residuals but ${degreesOfFreedom.length} degrees of freedom`,
    );
  }
  let normalTheoryLogLikelihood = 0;
  residuals.forEach((r, i) => {
    const df = degreesOfFreedom[i] as number;
    if (!(df > 0)) throw new Error(`studentTTailTest: degrees of freedom must be > 0, got ${df}`);
    normalTheoryLogLikelihood += studentTLogDensity(r, df);
  });
  const fit = studentTScaleFit(residuals);
  // The fitted family holds the normal-theory model when every νᵢ is equal, so the ratio is ≥ 0
  // up to the fit's tolerance; with unequal νᵢ it can dip below, which is no evidence at all.
  const likelihoodRatio = Math.max(0, 2 * (fit.logLikelihood - normalTheoryLogLikelihood));
  const largest = Math.max(...residuals.map(Math.abs));
  let extremePValue = 0;
  for (const df of degreesOfFreedom) extremePValue += 2 * studentTSurvival(largest, df);
  return {
    fit,
    normalTheoryLogLikelihood,
    likelihoodRatio,
    pValue: Math.exp(-likelihoodRatio / 2),
    largest,
    extremePValue: Math.min(1, extremePValue),
  };
}
