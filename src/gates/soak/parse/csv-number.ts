/** A decimal number as CSV writers print it (`12`, `-0.5`, `1e-3`, `.5`). */
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Spellings of non-finite values that Python, Go and Prometheus write. */
const nonFinite = new Map<string, number>([
  ['nan', Number.NaN],
  ['inf', Number.POSITIVE_INFINITY],
  ['+inf', Number.POSITIVE_INFINITY],
  ['-inf', Number.NEGATIVE_INFINITY],
  ['infinity', Number.POSITIVE_INFINITY],
  ['+infinity', Number.POSITIVE_INFINITY],
  ['-infinity', Number.NEGATIVE_INFINITY],
]);

/**
 * The number in a CSV cell, NaN or ±Infinity for their usual spellings (so the caller can note
 * and drop them), or `undefined` when the cell is not a number at all. `Number()` alone would
 * read `''` and `'0x10'` as numbers.
 */
export function parseCsvNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (decimal.test(text)) return Number(text);
  return nonFinite.get(text.toLowerCase());
}
