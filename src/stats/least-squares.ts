import { linearRegression } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/** Result of {@link leastSquares}. */
export interface LeastSquaresLine {
  /** Change of y per unit of x. */
  slope: number;
  /** Value of the line at x = 0. */
  intercept: number;
}

/**
 * Ordinary least-squares line y = intercept + slope·x, as R `lm(y ~ x)` and
 * `scipy.stats.linregress`. Delegates to simple-statistics' `linearRegression`, which centres
 * on the means before accumulating, so epoch-millisecond abscissae (~1.7e12) keep their
 * precision.
 *
 * Complexity: O(n); inputs are not mutated.
 *
 * @param x - abscissae, finite, not all equal.
 * @param y - ordinates, finite, same length, at least two.
 * @throws {Error} `leastSquares: ...` on fewer than two points, lengths that differ, a non-finite
 *   value, or all x equal (the slope is undefined).
 * @example
 * leastSquares([0, 1, 2], [1, 3, 5]); // { slope: 2, intercept: 1 }
 */
export function leastSquares(x: readonly number[], y: readonly number[]): LeastSquaresLine {
  assertFiniteSample('leastSquares', x, 2, 'x');
  assertFiniteSample('leastSquares', y, 2, 'y');
  if (x.length !== y.length) {
    throw new Error(
      `leastSquares: x and y must have the same length, got ${x.length} and ${y.length}`,
    );
  }
  if (x.every((value) => value === x[0])) {
    throw new Error('leastSquares: all x values are equal, the slope is undefined');
  }
  const { m, b } = linearRegression(x.map((xi, i) => [xi, y[i] as number]));
  return { slope: m, intercept: b };
}
