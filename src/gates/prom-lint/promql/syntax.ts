/**
 * Syntax errors of a PromQL expression: every error node of the lezer tree becomes one
 * `promql/syntax` diagnostic. Lezer recovers and goes on, so one bad spot can leave several error
 * nodes; only the first at each offset is kept. An expression prom-lint does not read (it nests
 * too deep, see ParsedPromQL.unchecked) gets one `promql/nesting-limit` warning instead.
 */
import type { ExpressionDiagnostic } from '../types.js';
import { stringEscapeError } from './string-escapes.js';
import { forEachNode, type ParsedPromQL } from './tree.js';

/**
 * The innermost bracket still open at the end of `text` (strings and `#` comments skipped), which
 * Prometheus' lexer names in its end-of-input errors ("unclosed left parenthesis").
 */
function unclosedBracket(text: string): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch === '`' ? 1 : text.charAt(j) === '\\' ? 2 : 1;
      i = j;
    } else if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      open.push(ch);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      open.pop();
    }
  }
  return open.at(-1);
}

const UNCLOSED_MESSAGES: Record<string, string> = {
  '(': 'unclosed left parenthesis',
  '[': 'unclosed left bracket',
  '{': 'unexpected end of input inside braces',
};

/** A UTF-16 surrogate without its pair: text no UTF-8 encoding can carry. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Describes the text at an error node the way Prometheus' parser words its errors. */
function unexpected(text: string, from: number, to: number): string {
  const token = text.slice(from, Math.max(to, from + 1)).trim();
  if (from >= text.length || token === '') {
    const bracket = unclosedBracket(text);
    return bracket === undefined
      ? 'unexpected end of input'
      : (UNCLOSED_MESSAGES[bracket] ?? 'unexpected end of input');
  }
  return `unexpected ${JSON.stringify(token.length > 20 ? `${token.slice(0, 20)}…` : token)}`;
}

/** One diagnostic per syntax error; the identifier before `(` is reported as an unknown function. */
export function syntaxDiagnostics(parsed: ParsedPromQL): ExpressionDiagnostic[] {
  const { text } = parsed;
  const diagnostics: ExpressionDiagnostic[] = [];
  const seen = new Set<number>();
  if (parsed.unchecked !== undefined) {
    // Prometheus reads it: a warning that it was not checked, never an error.
    return [
      {
        severity: 'warning',
        check: 'promql/nesting-limit',
        message: parsed.unchecked,
        from: 0,
        to: text.length,
      },
    ];
  }
  if (text.trim() === '') {
    return [
      {
        severity: 'error',
        check: 'promql/syntax',
        message: 'no expression found in input',
        from: 0,
        to: text.length,
      },
    ];
  }
  forEachNode(parsed, (ref) => {
    if (ref.type.isError && !seen.has(ref.from)) {
      seen.add(ref.from);
      diagnostics.push({
        severity: 'error',
        check: 'promql/syntax',
        message: unexpected(text, ref.from, ref.to),
        from: ref.from,
        to: Math.max(ref.to, Math.min(ref.from + 1, text.length)),
      });
    }
    // Prometheus' lexer refuses a bad escape, reporting it at the string's start.
    if (ref.name === 'StringLiteral') {
      const literal = text.slice(ref.from, ref.to);
      // A lone surrogate is what an invalid UTF-8 byte becomes in a JavaScript string.
      const message = LONE_SURROGATE.test(literal)
        ? 'invalid UTF-8 rune'
        : stringEscapeError(literal);
      if (message !== undefined) {
        diagnostics.push({
          severity: 'error',
          check: 'promql/syntax',
          message,
          from: ref.from,
          to: ref.to,
        });
      }
    }
    // `foo(...)` where foo is no function: the grammar sees a selector followed by junk.
    if (ref.name === 'VectorSelector') {
      const identifier = ref.firstChild;
      if (identifier?.name === 'Identifier' && /^\s*\(/u.test(text.slice(identifier.to))) {
        const name = text.slice(identifier.from, identifier.to);
        diagnostics.push({
          severity: 'error',
          check: 'promql/syntax',
          message: `unknown function with name ${JSON.stringify(name)}`,
          from: identifier.from,
          to: identifier.to,
        });
      }
    }
  });
  // An unknown function leaves a trail of follow-up errors in the grammar; its name is the cause.
  const unknown = diagnostics.filter((d) => d.message.startsWith('unknown function'));
  return (unknown.length > 0 ? unknown : diagnostics).sort((a, b) => a.from - b.from);
}
