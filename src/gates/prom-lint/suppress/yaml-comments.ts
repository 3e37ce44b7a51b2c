/**
 * The real comments of a YAML text. A line such as `# pint disable x` inside a `|` block scalar
 * (a multi-line `expr`) or a quoted string is text, not a comment; only the YAML parser can tell,
 * so this reads the concrete syntax tree of the `yaml` package, whose comment tokens are exactly
 * the comments (it keeps them even in a document with syntax errors).
 */
import { Parser } from 'yaml';
import { lineStartsOf, positionInText } from '../load/parse-yaml.js';

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
  const lineStarts = lineStartsOf(text);
  const found: { offset: number; source: string }[] = [];
  for (const token of new Parser().parse(text)) collectComments(token, found);
  found.sort((a, b) => a.offset - b.offset);
  return found.map(({ offset, source }) => {
    const position = positionInText(lineStarts, offset);
    const before = text.slice(lineStarts[position.line - 1] ?? 0, offset);
    return { ...position, text: source.replace(/\r$/u, ''), ownLine: before.trim() === '' };
  });
}

/**
 * Walks a CST token tree for `comment` tokens. The CST's shape varies by construct (document
 * start, collection items' start/sep/end, flow collections, block-scalar props), so the walk is
 * generic: every object and array below the token is visited, except source strings.
 */
function collectComments(node: unknown, found: { offset: number; source: string }[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectComments(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('type' in node && node.type === 'comment' && 'offset' in node && 'source' in node) {
    const { offset, source } = node;
    if (typeof offset === 'number' && typeof source === 'string') found.push({ offset, source });
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'source') collectComments(value, found);
  }
}
