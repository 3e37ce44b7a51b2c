/**
 * Direction of a two-sample test, as R's `alternative` and SciPy's `alternative`:
 * `less` means x tends to be smaller than y, `greater` that it tends to be larger.
 */
export type Alternative = 'two-sided' | 'less' | 'greater';

/** Throws unless `alternative` is one of the three directions. */
export function assertAlternative(
  functionName: string,
  alternative: unknown,
): asserts alternative is Alternative {
  if (alternative !== 'two-sided' && alternative !== 'less' && alternative !== 'greater') {
    throw new Error(
      `${functionName}: alternative must be 'two-sided', 'less' or 'greater', got ${String(alternative)}`,
    );
  }
}
