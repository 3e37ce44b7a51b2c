/**
 * A lexer for Go's text/template, after the state machine of Go's text/template/parse/lex.go.
 *
 * Written by hand: no maintained npm package parses Go templates (the packages that exist render
 * a subset, or are unmaintained ports without positions), and Prometheus checks label and
 * annotation values by parsing them with Go's text/template, so we redo that parse here.
 */

/** Kinds of template tokens. */
export type TemplateTokenKind =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'identifier'
  | 'keyword'
  | 'field'
  | 'variable'
  | 'string'
  | 'rawString'
  | 'char'
  | 'number'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'declare'
  | 'assign'
  | 'comma'
  | 'punct'
  | 'comment'
  | 'eof';

/** One token, at offsets into the template text. */
export interface TemplateToken {
  kind: TemplateTokenKind;
  value: string;
  from: number;
  to: number;
}

/** A lexing error; lexing stops at the first one, as in Go. */
export interface TemplateLexError {
  message: string;
  from: number;
  to: number;
}

/** The keywords of Go's template language. */
export const TEMPLATE_KEYWORDS: ReadonlySet<string> = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]);

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isAlphaNumeric = (ch: string): boolean => /^[\p{L}\p{Nd}_]$/u.test(ch);

/** Go's `%#U` rendering of a character, as its lexer prints bad characters. */
function goRune(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

/** What {@link lexTemplate} returns: the tokens, up to the first lexing error. */
export interface LexedTemplate {
  readonly tokens: readonly TemplateToken[];
  readonly error: TemplateLexError | undefined;
}

/**
 * The last templates lexed: a rule's labels and annotations are lexed for the parse check and
 * again by the warning checks that read them. Small and cleared when full, so it holds about one
 * rule's templates; results are shared, so they are read-only.
 */
const recentlyLexed = new Map<string, LexedTemplate>();
const RECENT_TEMPLATES = 64;

/** Splits `text` into tokens, or stops at the first lexing error. */
export function lexTemplate(text: string): LexedTemplate {
  let lexed = recentlyLexed.get(text);
  if (lexed === undefined) {
    if (recentlyLexed.size >= RECENT_TEMPLATES) recentlyLexed.clear();
    lexed = lexTemplateText(text);
    recentlyLexed.set(text, lexed);
  }
  return lexed;
}

function lexTemplateText(text: string): {
  tokens: TemplateToken[];
  error: TemplateLexError | undefined;
} {
  const tokens: TemplateToken[] = [];
  let pos = 0;
  const push = (kind: TemplateTokenKind, from: number, to: number): void => {
    tokens.push({ kind, value: text.slice(from, to), from, to });
  };
  const fail = (
    message: string,
    from: number,
    to: number,
  ): { tokens: TemplateToken[]; error: TemplateLexError } => ({
    tokens,
    error: { message, from, to: Math.max(to, from) },
  });

  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      push('text', pos, text.length);
      break;
    }
    // `{{- ` trims the spaces before it; a `-` must be followed by a space to be a trim marker.
    const trimLeft = text.charAt(open + 2) === '-' && isSpace(text.charAt(open + 3));
    let textEnd = open;
    if (trimLeft) while (textEnd > pos && isSpace(text.charAt(textEnd - 1))) textEnd -= 1;
    if (textEnd > pos) push('text', pos, textEnd);
    const delimEnd = open + (trimLeft ? 3 : 2);
    push('leftDelim', open, delimEnd);
    pos = delimEnd;
    if (trimLeft) while (isSpace(text.charAt(pos))) pos += 1;

    // A comment must sit alone between the delimiters.
    if (text.startsWith('/*', pos)) {
      const close = text.indexOf('*/', pos + 2);
      if (close < 0) return fail('unclosed comment', pos, text.length);
      push('comment', pos, close + 2);
      pos = close + 2;
      const trimRight = isSpace(text.charAt(pos)) && text.startsWith('-}}', pos + 1);
      if (!trimRight && !text.startsWith('}}', pos))
        return fail('comment ends before closing delimiter', pos, pos + 1);
      const end = pos + (trimRight ? 4 : 2);
      push('rightDelim', pos, end);
      pos = end;
      if (trimRight) while (isSpace(text.charAt(pos))) pos += 1;
      continue;
    }

    // Inside an action.
    let parenDepth = 0;
    for (;;) {
      if (pos >= text.length) return fail('unclosed action', open, text.length);
      const ch = text.charAt(pos);
      const start = pos;
      // ` -}}` closes and trims; the space before the dash is part of the marker.
      if (isSpace(ch) && text.startsWith('-}}', pos + 1)) {
        if (parenDepth > 0) return fail('unclosed left paren', pos, pos + 1);
        push('rightDelim', pos, pos + 4);
        pos += 4;
        while (isSpace(text.charAt(pos))) pos += 1;
        break;
      }
      if (text.startsWith('}}', pos)) {
        if (parenDepth > 0) return fail('unclosed left paren', pos, pos + 2);
        push('rightDelim', pos, pos + 2);
        pos += 2;
        break;
      }
      if (isSpace(ch)) {
        // Stop before a space that starts a ` -}}` trim marker.
        while (pos < text.length && isSpace(text.charAt(pos)) && !text.startsWith('-}}', pos + 1))
          pos += 1;
        push('space', start, pos);
        continue;
      }
      if (ch === '=') {
        push('assign', pos, pos + 1);
        pos += 1;
      } else if (ch === ':') {
        if (text.charAt(pos + 1) !== '=') return fail('expected :=', pos, pos + 1);
        push('declare', pos, pos + 2);
        pos += 2;
      } else if (ch === '|') {
        push('pipe', pos, pos + 1);
        pos += 1;
      } else if (ch === ',') {
        push('comma', pos, pos + 1);
        pos += 1;
      } else if (ch === '"' || ch === "'") {
        let j = pos + 1;
        for (;;) {
          const c = text.charAt(j);
          if (j >= text.length || c === '\n') {
            return fail(
              ch === '"' ? 'unterminated quoted string' : 'unterminated character constant',
              pos,
              j,
            );
          }
          if (c === '\\') j += 2;
          else if (c === ch) break;
          else j += 1;
        }
        push(ch === '"' ? 'string' : 'char', pos, j + 1);
        pos = j + 1;
      } else if (ch === '`') {
        const close = text.indexOf('`', pos + 1);
        if (close < 0) return fail('unterminated raw quoted string', pos, text.length);
        push('rawString', pos, close + 1);
        pos = close + 1;
      } else if (ch === '$' || ch === '.' || (isAlphaNumeric(ch) && !/[0-9]/u.test(ch))) {
        // `.` alone is dot; `.5` is a number; `.Name` a field; `$x` a variable.
        if (ch === '.' && /[0-9]/u.test(text.charAt(pos + 1))) {
          pos = lexNumber(text, pos);
          push('number', start, pos);
        } else {
          let j = pos + 1;
          while (j < text.length && isAlphaNumeric(text.charAt(j))) j += 1;
          const word = text.slice(pos, j);
          const next = text.charAt(j);
          // Go's atTerminator: what may follow a word.
          if (
            next !== '' &&
            !isSpace(next) &&
            !'.,|:()'.includes(next) &&
            !text.startsWith('}}', j)
          ) {
            return fail(`bad character ${goRune(next)}`, j, j + 1);
          }
          pos = j;
          if (ch === '$') push('variable', start, pos);
          else if (ch === '.') push(word === '.' ? 'dot' : 'field', start, pos);
          else if (word === 'true' || word === 'false') push('bool', start, pos);
          else if (word === 'nil') push('nil', start, pos);
          else if (TEMPLATE_KEYWORDS.has(word)) push('keyword', start, pos);
          else push('identifier', start, pos);
        }
      } else if (/[0-9+-]/u.test(ch)) {
        const end = lexNumber(text, pos);
        if (end === pos || /[\p{L}\p{Nd}_.]/u.test(text.charAt(end))) {
          let j = end;
          while (j < text.length && /[\p{L}\p{Nd}_.+-]/u.test(text.charAt(j))) j += 1;
          return fail(
            `bad number syntax: ${JSON.stringify(text.slice(pos, Math.max(j, pos + 1)))}`,
            pos,
            Math.max(j, pos + 1),
          );
        }
        push('number', pos, end);
        pos = end;
      } else if (ch === '(') {
        parenDepth += 1;
        push('leftParen', pos, pos + 1);
        pos += 1;
      } else if (ch === ')') {
        // Go's parser, not its lexer, reports a stray `)` (`unexpected ")" in command`).
        parenDepth = Math.max(0, parenDepth - 1);
        push('rightParen', pos, pos + 1);
        pos += 1;
      } else if (/^[\x21-\x7e]$/u.test(ch)) {
        // Go emits other printable ASCII as a character item, for the parser to reject in context.
        push('punct', pos, pos + 1);
        pos += 1;
      } else {
        return fail(`unrecognized character in action: ${goRune(ch)}`, pos, pos + 1);
      }
    }
  }
  tokens.push({ kind: 'eof', value: '', from: text.length, to: text.length });
  return { tokens, error: undefined };
}

/** The end of the number starting at `pos` (Go's scanNumber: sign, hex/octal/binary, float, exponent, imaginary). */
function lexNumber(text: string, pos: number): number {
  const match =
    /^[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/u.exec(
      text.slice(pos),
    );
  const length = match?.[0].length ?? 0;
  const body = match?.[0].replace(/^[+-]/u, '') ?? '';
  return /[0-9]/u.test(body) ? pos + length : pos;
}
