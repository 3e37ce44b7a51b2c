/**
 * Suppression comments for prom-lint: pint's syntax (`# pint disable promql/regexp`,
 * `# pint ignore/next-line`, `# pint snooze 2026-01-31 ...`) and the same under our prefix
 * (`# kaizen-gates ...`), so files written for pint keep working unchanged.
 */
export { applySuppressions, type SuppressionFile, type SuppressionResult } from './apply.js';
export { findSuppressions, type SuppressionComment } from './comments.js';
export type { SuppressionDirective, SuppressionNamespace } from './comment-grammar.js';
export { PINT_CHECKS } from './check-names.js';
