import { mean } from 'simple-statistics';
import { assertFiniteSample, assertInteger } from './validate.js';

/**
 * Applies `reducer` to every window of `size` consecutive values: result[i] summarises
 * values[i .. i + size − 1], so there are n − size + 1 results (none when n < size). The reducer
 * gets a fresh copy of each window and may sort it. The default reducer is the mean (a simple
 * moving average, via simple-statistics).
 *
 * Complexity: O(n · size) plus the reducer's cost; the input is not mutated.
 *
 * @param values - the series, finite numbers.
 * @param size - window length, an integer ≥ 1.
 * @param reducer - summary of one window, e.g. `median`; mean unless told.
 * @throws {Error} `rollingWindow: ...` on a non-finite value or a size that is not an integer ≥ 1.
 * @example
 * rollingWindow([1, 2, 3, 4], 2); // [1.5, 2.5, 3.5]
 */
export function rollingWindow(
  values: readonly number[],
  size: number,
  reducer: (window: number[]) => number = (window) => mean(window),
): number[] {
  assertFiniteSample('rollingWindow', values, 0, 'values');
  assertInteger('rollingWindow', 'size', size, 1);
  const result: number[] = [];
  for (let start = 0; start + size <= values.length; start++) {
    result.push(reducer(values.slice(start, start + size)));
  }
  return result;
}
