import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileFn from '@stdlib/stats-base-dists-normal-quantile';
import studentTCdf from '@stdlib/stats-base-dists-t-cdf';
import studentTQuantileFn from '@stdlib/stats-base-dists-t-quantile';

/*
 * Continuous distribution functions the tests need and simple-statistics lacks at full
 * precision (its `cumulativeStdNormalProbability` reads a 4-digit table and it has no Student t).
 * They come from the stdlib-js packages, which port the Cephes / Boost algorithms and are
 * accurate to about 1e-15 relative, far into the tails; the unit tests check them against R.
 */

/** Φ(z), the standard normal CDF. Accurate in the lower tail down to ~1e-300. */
export function standardNormalCdf(z: number): number {
  return normalCdf(z, 0, 1);
}

/** 1 − Φ(z), computed as Φ(−z) so that the upper tail keeps its precision. */
export function standardNormalSurvival(z: number): number {
  return normalCdf(-z, 0, 1);
}

/**
 * Φ⁻¹(p), the standard normal quantile, for p in (0, 1), to about 1e-15 relative as R `qnorm`.
 *
 * stdlib-js computes it as √2·erfinv(2p − 1), and 2p − 1 loses the digits of a small p (6 of
 * them at p = 1e-10, all of them below 1e-17). So the lower half is solved on its own: start
 * from stdlib's value (or, deep in the tail, the asymptotic x ≈ −√(2 ln(1/p) − ln(2π·2 ln(1/p))))
 * and polish with Halley steps on Φ(x) − p, whose Φ is accurate in the tail. The upper half
 * uses the symmetry Φ⁻¹(p) = −Φ⁻¹(1 − p).
 */
export function standardNormalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return Number.NaN;
  }
  if (p > 0.5) return -standardNormalQuantile(1 - p);
  let x: number;
  if (p > 1e-8) {
    x = normalQuantileFn(p, 0, 1);
  } else {
    const t = 2 * Math.log(1 / p);
    x = -Math.sqrt(t - Math.log(2 * Math.PI * t));
  }
  for (let step = 0; step < 4; step++) {
    const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const residual = (normalCdf(x, 0, 1) - p) / density;
    if (!Number.isFinite(residual)) break;
    x -= residual / (1 + (x * residual) / 2);
    if (Math.abs(residual) < 1e-16 * Math.abs(x)) break;
  }
  return x;
}

/** P(T ≤ t) for Student's t with `degreesOfFreedom` (> 0, not necessarily an integer). */
export function studentTCumulative(t: number, degreesOfFreedom: number): number {
  return studentTCdf(t, degreesOfFreedom);
}

/** P(T > t), computed as P(T ≤ −t) so that the upper tail keeps its precision. */
export function studentTSurvival(t: number, degreesOfFreedom: number): number {
  return studentTCdf(-t, degreesOfFreedom);
}

/** Quantile of Student's t with `degreesOfFreedom` at probability p in (0, 1). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return studentTQuantileFn(p, degreesOfFreedom);
}
