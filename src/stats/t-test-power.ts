import { gammaln } from 'simple-statistics';
import { standardNormalCdf, studentTQuantile } from './distributions.js';

/*
 * Power of the two-sided, two-sample Student t test, as R `power.t.test(strict = FALSE)`
 * computes it: P(T′ > t(1 − α/2, ν)) with T′ noncentral t, ν = 2n − 2 degrees of freedom and
 * noncentrality λ = δ/σ · √(n/2). Written by hand: no maintained npm package ships the
 * noncentral t distribution.
 *
 * Method: T′ = (Z + λ)/S with S = √(V/ν), V ~ χ²(ν), so
 * P(T′ > c) = E[Φ(λ − c·S)] = ∫ Φ(λ − c·s) f_S(s) ds, f_S(s) = 2νs · f_χ²(νs²; ν).
 * The integrand is smooth (ν ≥ 2), so composite Simpson's rule on [0, s_max] with 400 panels
 * (s_max past the χ² quantile at about 1 − 1e-15) is accurate to about 1e-8 relative, which the
 * tests check against R.
 */

const PANELS = 400;

interface Quadrature {
  nodes: Float64Array;
  weights: Float64Array;
}

const quadratures = new Map<number, Quadrature>();

/** Simpson nodes and weights × density of S = √(χ²_ν/ν), memoised per ν (not observable). */
function quadratureFor(nu: number): Quadrature {
  const cached = quadratures.get(nu);
  if (cached) return cached;
  const xMax = nu + 12 * Math.sqrt(2 * nu) + 40;
  const sMax = Math.sqrt(xMax / nu);
  const h = sMax / PANELS;
  const nodes = new Float64Array(PANELS + 1);
  const weights = new Float64Array(PANELS + 1);
  const logNormaliser = (nu / 2) * Math.log(2) + gammaln(nu / 2);
  for (let i = 0; i <= PANELS; i++) {
    const s = i * h;
    const x = nu * s * s;
    const simpson = i === 0 || i === PANELS ? 1 : i % 2 === 1 ? 4 : 2;
    const density =
      s === 0 ? 0 : 2 * nu * s * Math.exp((nu / 2 - 1) * Math.log(x) - x / 2 - logNormaliser);
    nodes[i] = s;
    weights[i] = ((simpson * h) / 3) * density;
  }
  if (quadratures.size > 256) quadratures.clear();
  const result = { nodes, weights };
  quadratures.set(nu, result);
  return result;
}

/** P(T′ > critical) for noncentral t with ν degrees of freedom and noncentrality λ. */
function noncentralTSurvival(critical: number, nu: number, lambda: number): number {
  const { nodes, weights } = quadratureFor(nu);
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) {
    sum += (weights[i] as number) * standardNormalCdf(lambda - critical * (nodes[i] as number));
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * Power of the two-sided two-sample t test with n per side at level α for a standardised
 * effect δ/σ, as R `power.t.test(n, delta, sd, sig.level)$power`.
 */
export function twoSampleTTestPower(n: number, standardizedEffect: number, alpha: number): number {
  const nu = 2 * n - 2;
  const critical = studentTQuantile(1 - alpha / 2, nu);
  return noncentralTSurvival(critical, nu, standardizedEffect * Math.sqrt(n / 2));
}

/**
 * Smallest standardised effect δ/σ that the two-sided two-sample t test with n per side detects
 * with the given power at level α, as R `power.t.test(n, sd = 1, sig.level, power)$delta`.
 * Solved by bisection on the (increasing) power, to 1e-12 relative.
 */
export function twoSampleTTestDetectableEffect(n: number, alpha: number, power: number): number {
  // The effect depends on n, α and power only (not on the noise), and a gate asks for the same
  // few combinations again and again: each solve costs ~50 power integrations, so remember them.
  const key = `${n}|${alpha}|${power}`;
  const known = detectableEffects.get(key);
  if (known !== undefined) return known;
  const effect = solveDetectableEffect(n, alpha, power);
  if (detectableEffects.size >= MAX_REMEMBERED_EFFECTS) detectableEffects.clear();
  detectableEffects.set(key, effect);
  return effect;
}

/** Solved effects by `n|alpha|power`; bounded so a long-lived process cannot grow it forever. */
const detectableEffects = new Map<string, number>();
const MAX_REMEMBERED_EFFECTS = 1024;

function solveDetectableEffect(n: number, alpha: number, power: number): number {
  const nu = 2 * n - 2;
  // The usual t-quantile approximation brackets the answer from below for small ν.
  const guess =
    (studentTQuantile(1 - alpha / 2, nu) + studentTQuantile(power, nu)) * Math.sqrt(2 / n);
  let low = guess / 2;
  let high = guess * 2;
  while (twoSampleTTestPower(n, high, alpha) < power) high *= 2;
  while (twoSampleTTestPower(n, low, alpha) > power) low /= 2;
  while (high - low > 1e-12 * high) {
    const middle = (low + high) / 2;
    if (twoSampleTTestPower(n, middle, alpha) < power) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
