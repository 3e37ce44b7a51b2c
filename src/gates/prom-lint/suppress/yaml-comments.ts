/**
 * The real comments of a YAML text. A line such as `# pint disable x` inside a `|` block scalar
 * (a multi-line `expr`) or a quoted string is text, not a comment; only a YAML parser can tell:
 * the loader's, which leaves them on the source as it parses, or else the concrete syntax tree of
 * the `yaml` package, whose comment tokens are exactly the comments (load/cst-comments.ts).
 */
import { Parser } from 'yaml';
import { commentOffsetsOf } from '../load/cst-comments.js';
import { lineStartsOf, positionInText } from '../load/parse-yaml.js';
import type { DocumentSource } from '../load/yaml-tree.js';

/** One YAML comment. */
export interface YamlComment {
  /** 1-based line and column of its `#`. */
  line: number;
  column: number;
  /** From `#` to the end of the line, line break excluded. */
  text: string;
  /** True when nothing but white space precedes it on its line. */
  ownLine: boolean;
}

/**
 * Every comment of every document of `text`, in source order.
 * @example yamlComments('a: 1 # one\nb: |\n  # text\n') // [{ line: 1, column: 6, text: '# one', ownLine: false }]
 */
export function yamlComments(text: string): YamlComment[] {
  const found: number[] = [];
  for (const token of new Parser().parse(text)) commentOffsetsOf(token, found);
  found.sort((a, b) => a - b);
  return commentsAt(text, lineStartsOf(text), found);
}

/**
 * The comments of a parsed source (positions inside `source.text`, as {@link yamlComments}
 * gives them): those the loader collected while parsing, or else from a parse of its own.
 */
export function sourceComments(source: DocumentSource): YamlComment[] {
  if (source.comments === undefined) return yamlComments(source.text);
  return commentsAt(source.text, source.lineStarts, source.comments);
}

/** The comments whose `#` is at each of `offsets` (ascending) of `text`. */
function commentsAt(
  text: string,
  lineStarts: readonly number[],
  offsets: readonly number[],
): YamlComment[] {
  return offsets.map((offset) => {
    const position = positionInText(lineStarts, offset);
    const lineBreak = text.indexOf('\n', offset);
    const source = text.slice(offset, lineBreak === -1 ? undefined : lineBreak);
    const before = text.slice(lineStarts[position.line - 1] ?? 0, offset);
    return { ...position, text: source.replace(/\r$/u, ''), ownLine: before.trim() === '' };
  });
}
