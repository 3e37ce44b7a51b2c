/**
 * Template checks of the prom-lint gate: Prometheus parses every label and annotation value of an
 * alerting rule as a Go text/template while loading the rules, so a bad template fails
 * `promtool check rules`. This reports the same error, at offsets into the value.
 */
import type { ExpressionDiagnostic } from '../types.js';
import { PREDEFINED_VARIABLES } from './functions.js';
import { parseTemplate } from './parser.js';

export { TEMPLATE_FUNCTIONS, PREDEFINED_VARIABLES } from './functions.js';
export { lexTemplate, type TemplateToken, type TemplateTokenKind } from './lexer.js';
export { parseTemplate, type TemplateParseError, type TemplateParseOptions } from './parser.js';

/**
 * Checks one label or annotation value. Go's parser stops at the first error, so this returns at
 * most one `template/syntax` diagnostic. Pure: offsets are 0-based into `text`, `to` exclusive.
 */
export function checkTemplate(text: string): ExpressionDiagnostic[] {
  // Without `{{` a template is one text token: Go's parser has nothing to refuse.
  if (!text.includes('{{')) return [];
  const error = parseTemplate(text, { predefinedVariables: PREDEFINED_VARIABLES });
  if (error === undefined) return [];
  return [
    {
      severity: 'error',
      check: 'template/syntax',
      message: error.message,
      from: error.from,
      to: error.to,
    },
  ];
}
