/** Offsets to 1-based lines and columns, built once per text and only when first asked. */
import { lineStartsOf, positionInText } from '../../prom-lint/load/text-position.js';

/** The line and column of offsets in one text. */
export interface TextLines {
  /** 1-based line and column of a character offset (clamped to the text). */
  at(offset: number): { line: number; column: number };
}

/**
 * Line lookup for `text`. The line starts are counted on the first call: most files are loaded
 * and diffed without ever needing a line, and a 2 MB file has 80,000 of them.
 */
export function textLines(text: string): TextLines {
  let starts: number[] | undefined;
  return {
    at(offset) {
      starts ??= lineStartsOf(text);
      return positionInText(starts, Math.max(0, Math.min(offset, text.length)));
    },
  };
}
