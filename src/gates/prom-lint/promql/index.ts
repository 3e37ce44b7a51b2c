/**
 * PromQL checks of the prom-lint gate: the syntax errors and type errors `promtool check rules`
 * reports for an `expr`, at offsets into the expression text.
 */
import type { ExpressionDiagnostic } from '../types.js';
import { semanticDiagnostics, type SemanticOptions } from './semantics.js';
import { syntaxDiagnostics } from './syntax.js';
import { parsePromQL, type ParsedPromQL } from './tree.js';

export type { SemanticOptions as PromQLOptions } from './semantics.js';
export * from './tree.js';
export { PROMQL_FUNCTIONS, type PromFunction, type PromValueType } from './functions.js';

/**
 * Checks one PromQL expression: its first error, as `promtool check rules` reports one per
 * expression (one root cause, one error: lezer recovers and goes on, and a type error in a long
 * chain repeats at every operator). Syntax errors come first; the type checks run only on a tree
 * without syntax errors (a recovered tree would give follow-up errors that mislead).
 * Pure: offsets are 0-based into `expr`, `to` exclusive.
 */
export function checkPromQL(expr: string, options: SemanticOptions = {}): ExpressionDiagnostic[] {
  return checkParsedPromQL(parsePromQL(expr), options);
}

/** {@link checkPromQL} on an expression parsed already, so the warning checks can reuse the tree. */
export function checkParsedPromQL(
  parsed: ParsedPromQL,
  options: SemanticOptions = {},
): ExpressionDiagnostic[] {
  const syntax = syntaxDiagnostics(parsed);
  if (syntax.length > 0) return syntax.slice(0, 1);
  return semanticDiagnostics(parsed, options).slice(0, 1);
}
