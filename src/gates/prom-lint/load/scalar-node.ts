/**
 * Builds our scalar nodes the same way for both tree builders (the block scanner and the full one
 * over the `yaml` package's Document).
 */
import type { SourcePosition } from '../types.js';
import type { DocumentSource, ScalarStyle, YamlScalar } from './yaml-tree.js';

/**
 * Our scalar from the package's resolved value (a string, number, boolean, bigint or null).
 * `start`/`end` are the value's source range; a number counts as a float when its source has a
 * `.` or an exponent, as yaml.v3 decides between `!!int` and `!!float`.
 */
export function scalarNode(
  value: unknown,
  style: ScalarStyle,
  start: number,
  end: number,
  source: DocumentSource,
  position: SourcePosition,
): YamlScalar {
  // Plain assignments, not `[type, resolved] = [...]`: a file holds hundreds of thousands of
  // scalars, and each destructured pair is an array to allocate.
  let type: YamlScalar['type'] = 'string';
  let resolved: YamlScalar['value'];
  if (typeof value === 'string') resolved = value;
  else if (value === null || value === undefined) {
    type = 'null';
    resolved = null;
  } else if (typeof value === 'boolean') {
    type = 'bool';
    resolved = value;
  } else if (typeof value === 'number') {
    type =
      Number.isInteger(value) && !/[.eE]/.test(source.text.slice(start, end)) ? 'int' : 'float';
    resolved = value;
  } else if (typeof value === 'bigint') {
    type = 'int';
    resolved = Number(value);
  } else resolved = String(value);
  // yaml.v3 decodes any scalar into a Go string as its source text; null leaves it empty.
  const text =
    type === 'string' ? String(resolved) : type === 'null' ? '' : source.text.slice(start, end);
  return {
    kind: 'scalar',
    text,
    type,
    value: resolved,
    style,
    position,
    sourceStart: start,
    sourceEnd: end,
    source,
  };
}

/** The null scalar that stands for a missing node (an empty value, a complex key). */
export function nullScalarAt(
  offset: number,
  source: DocumentSource,
  position: SourcePosition,
): YamlScalar {
  return {
    kind: 'scalar',
    text: '',
    type: 'null',
    value: null,
    style: 'plain',
    position,
    sourceStart: offset,
    sourceEnd: offset,
    source,
  };
}

/** Our style name for the package's `Scalar.Type` (`PLAIN`, `QUOTE_DOUBLE`, …). */
export function styleOf(type: string | null | undefined): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double-quoted';
    case 'QUOTE_SINGLE':
      return 'single-quoted';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}
