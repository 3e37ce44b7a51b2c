/**
 * Escape sequences in PromQL string literals, checked as Prometheus' lexer checks them
 * (promql/parser/lex.go, scanEscape: Go's escapes, where only the literal's own quote may be
 * escaped). The lezer grammar takes any backslash pair, so `"a\d"` parses there while Prometheus
 * refuses the whole expression. Hand-written: it is a few lines of Go semantics no package has.
 */

/** Go's `%#U` of a character: `U+0064 'd'`. */
function describeRune(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

const SIMPLE_ESCAPES = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\']);

/** Digits, base and largest value of the numeric escapes, by their letter (octal: any 0-7). */
const NUMERIC_ESCAPES: Record<string, { digits: number; base: number; max: number }> = {
  x: { digits: 2, base: 16, max: 255 },
  u: { digits: 4, base: 16, max: 0x10ffff },
  U: { digits: 8, base: 16, max: 0x10ffff },
};

/**
 * Prometheus' message for the first bad escape of a string literal (quotes included), or
 * undefined when every escape is valid. Raw (backtick) strings have no escapes.
 * @example stringEscapeError('"a\\d"') // "unknown escape sequence U+0064 'd'"
 */
export function stringEscapeError(literal: string): string | undefined {
  const quote = literal.charAt(0);
  if (quote === '`') return undefined;
  const chars = [...literal.slice(1, -1)];
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] !== '\\') continue;
    i += 1;
    const ch = chars[i];
    if (ch === undefined) return 'escape sequence not terminated';
    if (SIMPLE_ESCAPES.has(ch) || ch === quote) continue;
    const octal = ch >= '0' && ch <= '7';
    const numeric = octal ? { digits: 3, base: 8, max: 255 } : NUMERIC_ESCAPES[ch];
    if (numeric === undefined) return `unknown escape sequence ${describeRune(ch)}`;
    if (!octal) i += 1;
    let value = 0;
    for (let n = 0; n < numeric.digits; n += 1, i += 1) {
      // Past the literal's content the lexer meets its closing quote.
      const digit = chars[i] ?? quote;
      const d = Number.parseInt(digit, 16);
      if (Number.isNaN(d) || d >= numeric.base) {
        return `illegal character ${describeRune(digit)} in escape sequence`;
      }
      value = value * numeric.base + d;
    }
    i -= 1;
    if (value > numeric.max || (value >= 0xd800 && value < 0xe000)) {
      return 'escape sequence is an invalid Unicode code point';
    }
  }
  return undefined;
}
