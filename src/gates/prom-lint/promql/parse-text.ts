/**
 * The text handed to the lezer grammar, where it reads valid PromQL differently from Prometheus'
 * own lexer. Every rewrite keeps the length, so the tree's offsets point into the original text,
 * which is what every check reads (a metric called `offset` is still read as `offset`):
 *
 * - a number with a trailing dot (`5.`, `foo @ 3.`, `5.e3`), which Go's lexer takes and the
 *   grammar does not: `5.` becomes `5 `, `5.e3` becomes `5e03`;
 * - `offset` where an expression starts (`offset{step="1s"}[5m]`, `sum(offset)`): Prometheus lets
 *   a keyword name a metric, the grammar takes it for the modifier; it becomes `offse_`;
 * - `holt_winters(`, a function until Prometheus 3.0 that the grammar does not know: it is parsed
 *   as `day_of_month(`, a name of the same length, and typed by its own name.
 */

/** Character codes, compared directly: this scan runs on every expression of every rule. */
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isIdentifierStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58;
const isIdentifierPart = (code: number): boolean => isIdentifierStart(code) || isDigit(code);

/** Text without any of these needs no scan (most rules). */
const MAY_NEED_REWRITE = /[0-9]\.(?![0-9])|offset|holt_winters/u;

/** Characters after which an identifier starts an expression rather than a modifier. */
const EXPRESSION_BEFORE = new Set(['', '(', ',', '+', '-', '*', '/', '%', '^', '=', '<', '>']);

/** The last character before `at` that is not white space, or '' at the start. */
function previousSignificant(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') return ch;
  }
  return '';
}

function nextSignificant(text: string, at: number): string {
  for (let i = at; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') return ch;
  }
  return '';
}

/**
 * `text` with the rewrites above, or `text` itself when none applies (the common case costs one
 * scan and no copy).
 * @example lezerText('foo @ 3.') // 'foo @ 3 '
 */
export function lezerText(text: string): string {
  if (!MAY_NEED_REWRITE.test(text)) return text;
  let out: string[] | undefined;
  const replace = (from: number, replacement: string): void => {
    out ??= text.split('');
    for (let k = 0; k < replacement.length; k += 1) out[from + k] = replacement.charAt(k);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      i = j + 1;
    } else if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
    } else if (isIdentifierStart(code)) {
      let j = i + 1;
      while (j < text.length && isIdentifierPart(text.charCodeAt(j))) j += 1;
      const word = text.slice(i, j);
      if (word === 'offset' && EXPRESSION_BEFORE.has(previousSignificant(text, i)))
        replace(i, 'offse_');
      else if (word === 'holt_winters' && nextSignificant(text, j) === '(')
        replace(i, 'day_of_month');
      i = j;
    } else if (isDigit(code)) {
      let j = i;
      while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
      if (text.charAt(j) === '.' && !isDigit(text.charCodeAt(j + 1))) {
        const after = text.charAt(j + 1);
        const exponent = /^[eE][+-]?[0-9]/u.exec(text.slice(j + 1, j + 4));
        if (exponent !== null) {
          // `5.e-3` → `5e-03`: the dot leaves, a leading zero pads the exponent.
          const sign = /[+-]/u.test(exponent[0].charAt(1)) ? exponent[0].charAt(1) : '';
          replace(j, `${after}${sign}0`);
          j += 2 + sign.length;
        } else if (after === '' || !/[A-Za-z0-9_:.]/u.test(after)) {
          replace(j, ' ');
          j += 1;
        }
      }
      while (j < text.length && (isDigit(text.charCodeAt(j)) || text.charAt(j) === '.')) j += 1;
      i = j;
    } else {
      i += 1;
    }
  }
  return out === undefined ? text : out.join('');
}
