/**
 * Maps an offset inside a scalar's value (e.g. where a PromQL parse error is) back to the line
 * and column of the user's file. Written by hand: the `yaml` package gives a scalar's range but
 * no map from value characters to source characters.
 */
import type { SourcePosition } from '../types.js';
import { positionInText } from './parse-yaml.js';
import type { YamlScalar } from './yaml-tree.js';

/**
 * The file position of the character at `offset` (0-based, UTF-16) in `scalar.text`.
 *
 * Exact for every character a user typed: plain and quoted scalars (single- or multi-line,
 * `''` and `\` escapes) and block scalars (`|`, `>`, with indentation indicators). Characters
 * that YAML synthesizes (the space a line fold becomes) map to the next character written.
 * An offset at or past the end maps to just after the last character.
 */
export function positionOfOffset(scalar: YamlScalar, offset: number): SourcePosition {
  const { source } = scalar;
  const sourceOffset = sourceOffsetOf(scalar, Math.max(0, offset));
  return source.toFilePosition(positionInText(source.lineStarts, sourceOffset));
}

/** Where the value's first character is written (for block scalars, the first content line). */
export function valueStartPosition(scalar: YamlScalar): SourcePosition {
  return positionOfOffset(scalar, 0);
}

/** The offset in `scalar.source.text` of value character `offset`, by aligning value and source. */
function sourceOffsetOf(scalar: YamlScalar, offset: number): number {
  const text = scalar.source.text;
  const value = scalar.text;
  const end = scalar.sourceEnd;
  let j = contentStart(scalar);
  // Non-string scalars (numbers, booleans) are their own source text.
  if (scalar.type !== 'string') return Math.min(j + offset, end);
  // A value written as it is (plain, or quoted without escapes or doubled quotes): no walk.
  const quotes =
    scalar.style === 'plain' ? 0 : scalar.style === 'literal' || scalar.style === 'folded' ? -1 : 2;
  if (quotes >= 0 && end - scalar.sourceStart === value.length + quotes) {
    return Math.min(j + Math.min(offset, value.length), end);
  }
  const target = Math.min(offset, value.length);
  for (let i = 0; i < target; i++) {
    const wanted = value[i];
    // Skip what YAML does not copy into the value: indentation, folded line breaks, quotes.
    while (j < end) {
      if (scalar.style === 'double-quoted' && text[j] === '\\') {
        const length = escapeLength(text, j);
        if (length > 0) {
          j += length;
          break; // the escape produced value[i]
        }
      }
      if (text[j] === wanted) {
        if (scalar.style === 'single-quoted' && wanted === "'") j++; // '' is one quote
        j++;
        break;
      }
      j++;
    }
  }
  // Land on the next written character of the value (skipping folds and indentation).
  const next = value[target];
  if (next !== undefined) {
    let k = j;
    while (k < end && text[k] !== next && /\s/.test(text[k] ?? '')) k++;
    if (k < end && text[k] === next) j = k;
  }
  return Math.min(j, end);
}

/** Where the first value character can be: after the opening quote or the block header line. */
function contentStart(scalar: YamlScalar): number {
  const text = scalar.source.text;
  const start = scalar.sourceStart;
  switch (scalar.style) {
    case 'single-quoted':
    case 'double-quoted':
      return start + 1;
    case 'literal':
    case 'folded': {
      const lineEnd = text.indexOf('\n', start);
      return lineEnd < 0 ? scalar.sourceEnd : lineEnd + 1;
    }
    case 'plain':
      return start;
  }
}

/** Length of a double-quoted escape at `at` (0 when it is a line-continuation backslash). */
function escapeLength(text: string, at: number): number {
  const c = text[at + 1];
  if (c === undefined || c === '\n' || c === '\r') return 0;
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}
