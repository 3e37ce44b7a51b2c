/** Offsets to 1-based lines and columns, for every YAML source (a file or a ConfigMap value). */
import type { SourcePosition } from '../types.js';

/** Offsets where each line of `text` starts (`\n`, `\r\n` and lone `\r` end lines, as in YAML). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of `offset` in a text with these line starts. */
export function positionInText(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
