import trigamma from '@stdlib/math-base-special-trigamma';

/**
 * The x > 0 with trigamma(x) = y, as limma's `trigammaInverse` (Smyth 2004): the step from the
 * spread of log-variances to the prior degrees of freedom in {@link squeezeVariances}.
 *
 * Solved by bisection on log x: trigamma is strictly decreasing on (0, ∞), so bisection always
 * converges; limma's Newton iteration needs the tetragamma function, which no maintained npm
 * package provides, and 200 halvings of a bracket are cheap next to the data they serve.
 *
 * @param y - target value, > 0.
 * @throws {Error} `trigammaInverse: ...` unless y is a positive finite number.
 * @example
 * trigammaInverse(trigamma(2.5)); // 2.5
 */
export function trigammaInverse(y: number): number {
  if (!(y > 0) || !Number.isFinite(y)) {
    throw new Error(`trigammaInverse: y must be a positive finite number, got ${y}`);
  }
  // Asymptotics (trigamma(x) ≈ 1/x² near 0, ≈ 1/x + 1/(2x²) for large x) bound the root.
  let low = Math.log(Math.min(1 / Math.sqrt(y), 1 / y) / 4);
  let high = Math.log(Math.max(1 / Math.sqrt(y), 1 / y) * 4 + 1);
  for (let i = 0; i < 200 && high - low > 1e-14; i += 1) {
    const middle = (low + high) / 2;
    if (trigamma(Math.exp(middle)) > y) low = middle;
    else high = middle;
  }
  return Math.exp((low + high) / 2);
}
