import { gammaln } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/** A Student t distribution centred on 0, fitted to a sample. */
export interface StudentTScaleFit {
  /** Degrees of freedom ν (tail heaviness: 3 is heavy, 30 is nearly normal). */
  df: number;
  /** Scale σ: the sample is modelled as σ·T with T ~ t(ν). */
  scale: number;
  /** Log-likelihood of the sample at (ν, σ). */
  logLikelihood: number;
}

/** Degrees of freedom searched: below 0.5 the fit means "no tail at all"; above 1000, normal. */
const MIN_DF = 0.5;
const MAX_DF = 1000;

/**
 * Maximum-likelihood fit of a Student t with location 0 (x = σ·T, T ~ t(ν)), both ν and σ
 * free: what SciPy's `scipy.stats.t.fit(x, floc=0)` computes. For a fixed ν the scale solves the
 * likelihood equation σ² = Σ wᵢ xᵢ² / n with wᵢ = (ν + 1) / (ν + xᵢ²/σ²) (Lange, Little and
 * Taylor 1989, "Robust statistical modeling using the t distribution", JASA 84(408)), by Newton's
 * method with their EM step as the fallback; ν is found by a golden-section search of that
 * profile likelihood over log ν in [0.5, 1000].
 *
 * It calibrates how heavy the tails of standardized residuals are: with ν near 3 a value 10
 * scales out happens every few hundred draws, with ν = 1000 essentially never.
 *
 * Complexity: O(n) per Newton step; about 45 profile evaluations, each warm-started from the last.
 *
 * @param xs - sample, at least 3 finite values, not all zero; inputs are not mutated.
 * @throws {Error} `studentTScaleFit: ...` on fewer than 3 values, a non-finite value, or an
 *   all-zero sample.
 * @example
 * studentTScaleFit([-1.2, 0.4, 0.1, 2.5, -0.3, 0.8, -0.6, 9]); // { df ≈ 1.1, scale ≈ 0.7, ... }
 */
export function studentTScaleFit(xs: readonly number[]): StudentTScaleFit {
  assertFiniteSample('studentTScaleFit', xs, 3, 'xs');
  const squares = xs.map((x) => x * x);
  if (squares.every((s) => s === 0)) {
    throw new Error('studentTScaleFit: xs are all zero; no scale can be fitted');
  }
  // Neighbouring ν of the search have nearly the same scale: each EM starts from the last one.
  let start = squares.reduce((a, s) => a + s, 0) / squares.length;
  const profile = (logDf: number): StudentTScaleFit => {
    const fit = fitAt(squares, Math.exp(logDf), start);
    start = fit.scale ** 2;
    return fit;
  };
  // Golden-section search for the maximum of the profile log-likelihood over log ν.
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(MIN_DF);
  let high = Math.log(MAX_DF);
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let fa = profile(a);
  let fb = profile(b);
  while (high - low > 1e-8) {
    if (fa.logLikelihood >= fb.logLikelihood) {
      high = b;
      b = a;
      fb = fa;
      a = high - ratio * (high - low);
      fa = profile(a);
    } else {
      low = a;
      a = b;
      fa = fb;
      b = low + ratio * (high - low);
      fb = profile(b);
    }
  }
  return fa.logLikelihood >= fb.logLikelihood ? fa : fb;
}

/** The scale that maximizes the likelihood at ν, by EM, and the likelihood there. */
function fitAt(squares: readonly number[], df: number, start: number): StudentTScaleFit {
  const n = squares.length;
  let variance = start;
  for (let step = 0; step < 1000; step += 1) {
    // The likelihood equation g(v) = v − Σ wᵢ xᵢ² / n = 0, solved by Newton's method (quadratic
    // from the warm start); where a Newton step would leave (0, ∞) the EM step is taken instead.
    let sum = 0;
    let slope = 0;
    for (const s of squares) {
      const denominator = df + s / variance;
      sum += ((df + 1) * s) / denominator;
      slope += ((df + 1) * s * s) / (variance * variance * denominator * denominator);
    }
    const em = sum / n;
    const g = variance - em;
    const newton = variance - g / (1 - slope / n);
    const next = newton > 0 && Number.isFinite(newton) ? newton : em;
    const done = Math.abs(next - variance) <= 1e-13 * variance;
    variance = next;
    if (done) break;
  }
  const constant = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  let logLikelihood = n * (constant - 0.5 * Math.log(variance));
  for (const s of squares) logLikelihood -= ((df + 1) / 2) * Math.log1p(s / (df * variance));
  return { df, scale: Math.sqrt(variance), logLikelihood };
}
