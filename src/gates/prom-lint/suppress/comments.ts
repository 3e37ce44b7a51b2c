/** Finds the suppression comments of a rule file: real YAML comments holding a directive. */
import {
  parseSuppressionComment,
  type SuppressionDirective,
  type SuppressionNamespace,
} from './comment-grammar.js';
import { yamlComments, type YamlComment } from './yaml-comments.js';

/** One suppression comment and where it is. */
export interface SuppressionComment {
  /** 1-based line and column of the directive's `#`. */
  line: number;
  column: number;
  namespace: SuppressionNamespace;
  directive: SuppressionDirective;
  /** The comment from the directive's `#` to the end of the line, for messages. */
  text: string;
  /** True when the comment is alone on its line (not after a key or value). */
  ownLine: boolean;
}

/**
 * Every suppression comment of `text` (every YAML document of it), in source order, with
 * malformed ones as `invalid` directives so the caller can say what is wrong. Lines inside block
 * scalars and strings are not comments and are never returned.
 * @example findSuppressions('groups: [] # pint ignore/line\n')
 *   // [{ line: 1, column: 12, namespace: 'pint', directive: { kind: 'ignore/line' }, ... }]
 */
export function findSuppressions(text: string): SuppressionComment[] {
  return suppressionsAmong(yamlComments(text));
}

/** The suppression comments among YAML comments already found (see {@link yamlComments}). */
export function suppressionsAmong(comments: readonly YamlComment[]): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  for (const comment of comments) {
    const parsed = parseSuppressionComment(comment.text);
    if (parsed === undefined) continue;
    found.push({
      line: comment.line,
      column: comment.column + parsed.offset,
      namespace: parsed.namespace,
      directive: parsed.directive,
      text: comment.text.slice(parsed.offset).trimEnd(),
      ownLine: comment.ownLine,
    });
  }
  return found;
}
