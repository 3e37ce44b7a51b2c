/**
 * The comments of the `yaml` package's concrete syntax tree: its comment tokens are exactly the
 * comments (a `#` inside a block scalar or a quoted string is text), even in a document with
 * syntax errors.
 */

/**
 * Adds the offset of every `comment` token below `node` (a CST token) to `found`. The CST's
 * shape varies by construct (document start, collection items' start/sep/end, flow collections,
 * block-scalar props), so the walk is generic: every object and array below the token is
 * visited, except source strings.
 */
export function commentOffsetsOf(node: unknown, found: number[]): void {
  if (Array.isArray(node)) {
    for (const item of node) commentOffsetsOf(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('type' in node && node.type === 'comment' && 'offset' in node) {
    if (typeof node.offset === 'number') found.push(node.offset);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'source') commentOffsetsOf(value, found);
  }
}
