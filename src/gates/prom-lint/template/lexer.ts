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

// Character classes by code unit: a template is lexed for every label and annotation of every
// alert (tens of thousands in a large file), and a regular expression per character was the
// lexer's main cost. Past ASCII the Unicode classes are asked of the regular expression as before.
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;

const isSpaceCode = (code: number): boolean =>
  code === SPACE || code === TAB || code === CR || code === NEWLINE;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const UNICODE_ALPHANUMERIC = /^[\p{L}\p{Nd}_]$/u;
/** ASCII letters, digits and `_`, by code. */
const ASCII_ALPHANUMERIC = new Uint8Array(128).map((_, code) =>
  /[A-Za-z0-9_]/.test(String.fromCharCode(code)) ? 1 : 0,
);
/** Go's isAlphaNumeric (`_`, a letter or a digit) of the code unit at `at` of `text`. */
function isAlphaNumericAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_ALPHANUMERIC[code] === 1;
  return UNICODE_ALPHANUMERIC.test(text.charAt(at));
}

/** Go's `%#U` rendering of a character, as its lexer prints bad characters. */
function goRune(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

/**
 * A token that slices its value from the text when asked: most values (texts, spaces,
 * delimiters) are never read, and a template is lexed for every label and annotation of every
 * alert.
 */
class LexedToken implements TemplateToken {
  constructor(
    readonly kind: TemplateTokenKind,
    private readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {}

  get value(): string {
    return this.text.slice(this.from, this.to);
  }
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
  const length = text.length;
  let pos = 0;
  const push = (kind: TemplateTokenKind, from: number, to: number): void => {
    tokens.push(new LexedToken(kind, text, from, to));
  };
  const fail = (
    message: string,
    from: number,
    to: number,
  ): { tokens: TemplateToken[]; error: TemplateLexError } => ({
    tokens,
    error: { message, from, to: Math.max(to, from) },
  });
  const spaceAt = (at: number): boolean => isSpaceCode(text.charCodeAt(at));
  /** `-}}` at `at`: with the space before it, a trim marker that closes the action. */
  const trimMarkerAt = (at: number): boolean =>
    text.charCodeAt(at) === 45 /* - */ &&
    text.charCodeAt(at + 1) === 125 /* } */ &&
    text.charCodeAt(at + 2) === 125;

  while (pos < length) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      push('text', pos, length);
      break;
    }
    // `{{- ` trims the spaces before it; a `-` must be followed by a space to be a trim marker.
    const trimLeft = text.charCodeAt(open + 2) === 45 /* - */ && spaceAt(open + 3);
    let textEnd = open;
    if (trimLeft) while (textEnd > pos && spaceAt(textEnd - 1)) textEnd -= 1;
    if (textEnd > pos) push('text', pos, textEnd);
    const delimEnd = open + (trimLeft ? 3 : 2);
    push('leftDelim', open, delimEnd);
    pos = delimEnd;
    if (trimLeft) while (spaceAt(pos)) pos += 1;

    // A comment must sit alone between the delimiters.
    if (text.startsWith('/*', pos)) {
      const close = text.indexOf('*/', pos + 2);
      if (close < 0) return fail('unclosed comment', pos, length);
      push('comment', pos, close + 2);
      pos = close + 2;
      const trimRight = spaceAt(pos) && trimMarkerAt(pos + 1);
      if (!trimRight && !text.startsWith('}}', pos))
        return fail('comment ends before closing delimiter', pos, pos + 1);
      const end = pos + (trimRight ? 4 : 2);
      push('rightDelim', pos, end);
      pos = end;
      if (trimRight) while (spaceAt(pos)) pos += 1;
      continue;
    }

    // Inside an action.
    let parenDepth = 0;
    for (;;) {
      if (pos >= length) return fail('unclosed action', open, length);
      const code = text.charCodeAt(pos);
      const start = pos;
      // ` -}}` closes and trims; the space before the dash is part of the marker.
      if (isSpaceCode(code) && trimMarkerAt(pos + 1)) {
        if (parenDepth > 0) return fail('unclosed left paren', pos, pos + 1);
        push('rightDelim', pos, pos + 4);
        pos += 4;
        while (spaceAt(pos)) pos += 1;
        break;
      }
      if (code === 125 /* } */ && text.charCodeAt(pos + 1) === 125) {
        if (parenDepth > 0) return fail('unclosed left paren', pos, pos + 2);
        push('rightDelim', pos, pos + 2);
        pos += 2;
        break;
      }
      if (isSpaceCode(code)) {
        // Stop before a space that starts a ` -}}` trim marker.
        while (pos < length && spaceAt(pos) && !trimMarkerAt(pos + 1)) pos += 1;
        push('space', start, pos);
        continue;
      }
      if (code === 61 /* = */) {
        push('assign', pos, pos + 1);
        pos += 1;
      } else if (code === 58 /* : */) {
        if (text.charCodeAt(pos + 1) !== 61) return fail('expected :=', pos, pos + 1);
        push('declare', pos, pos + 2);
        pos += 2;
      } else if (code === 124 /* | */) {
        push('pipe', pos, pos + 1);
        pos += 1;
      } else if (code === 44 /* , */) {
        push('comma', pos, pos + 1);
        pos += 1;
      } else if (code === 34 /* " */ || code === 39 /* ' */) {
        let j = pos + 1;
        for (;;) {
          const c = text.charCodeAt(j);
          if (j >= length || c === NEWLINE) {
            return fail(
              code === 34 ? 'unterminated quoted string' : 'unterminated character constant',
              pos,
              j,
            );
          }
          if (c === 92 /* \ */) j += 2;
          else if (c === code) break;
          else j += 1;
        }
        push(code === 34 ? 'string' : 'char', pos, j + 1);
        pos = j + 1;
      } else if (code === 96 /* ` */) {
        const close = text.indexOf('`', pos + 1);
        if (close < 0) return fail('unterminated raw quoted string', pos, length);
        push('rawString', pos, close + 1);
        pos = close + 1;
      } else if (
        code === 36 /* $ */ ||
        code === 46 /* . */ ||
        (!isDigitCode(code) && isAlphaNumericAt(text, pos))
      ) {
        // `.` alone is dot; `.5` is a number; `.Name` a field; `$x` a variable.
        if (code === 46 && isDigitCode(text.charCodeAt(pos + 1))) {
          pos = lexNumber(text, pos);
          push('number', start, pos);
        } else {
          let j = pos + 1;
          while (j < length && isAlphaNumericAt(text, j)) j += 1;
          // Go's atTerminator: what may follow a word.
          if (j < length) {
            const next = text.charCodeAt(j);
            if (
              !isSpaceCode(next) &&
              !WORD_TERMINATORS.has(next) &&
              !(next === 125 && text.charCodeAt(j + 1) === 125)
            ) {
              return fail(`bad character ${goRune(text.charAt(j))}`, j, j + 1);
            }
          }
          pos = j;
          if (code === 36) push('variable', start, pos);
          else if (code === 46) push(j === start + 1 ? 'dot' : 'field', start, pos);
          else {
            const word = text.slice(start, pos);
            if (word === 'true' || word === 'false') push('bool', start, pos);
            else if (word === 'nil') push('nil', start, pos);
            else if (TEMPLATE_KEYWORDS.has(word)) push('keyword', start, pos);
            else push('identifier', start, pos);
          }
        }
      } else if (isDigitCode(code) || code === 43 /* + */ || code === 45 /* - */) {
        const end = lexNumber(text, pos);
        if (end === pos || /[\p{L}\p{Nd}_.]/u.test(text.charAt(end))) {
          let j = end;
          while (j < length && /[\p{L}\p{Nd}_.+-]/u.test(text.charAt(j))) j += 1;
          return fail(
            `bad number syntax: ${JSON.stringify(text.slice(pos, Math.max(j, pos + 1)))}`,
            pos,
            Math.max(j, pos + 1),
          );
        }
        push('number', pos, end);
        pos = end;
      } else if (code === 40 /* ( */) {
        parenDepth += 1;
        push('leftParen', pos, pos + 1);
        pos += 1;
      } else if (code === 41 /* ) */) {
        // Go's parser, not its lexer, reports a stray `)` (`unexpected ")" in command`).
        parenDepth = Math.max(0, parenDepth - 1);
        push('rightParen', pos, pos + 1);
        pos += 1;
      } else if (code >= 0x21 && code <= 0x7e) {
        // Go emits other printable ASCII as a character item, for the parser to reject in context.
        push('punct', pos, pos + 1);
        pos += 1;
      } else {
        return fail(`unrecognized character in action: ${goRune(text.charAt(pos))}`, pos, pos + 1);
      }
    }
  }
  tokens.push(new LexedToken('eof', text, length, length));
  return { tokens, error: undefined };
}

/** What may follow a word besides a space and `}}` (Go's atTerminator), by code. */
const WORD_TERMINATORS: ReadonlySet<number> = new Set([...'.,|:()'].map((c) => c.charCodeAt(0)));

/**
 * Go's scanNumber: sign, hex/octal/binary, float, exponent, imaginary. Sticky, so it matches at
 * `lastIndex` without slicing the text.
 */
const NUMBER =
  /[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/uy;

/** The end of the number starting at `pos` (`pos` itself when no digit is there). */
function lexNumber(text: string, pos: number): number {
  NUMBER.lastIndex = pos;
  const match = NUMBER.exec(text);
  const body = match?.[0].replace(/^[+-]/u, '') ?? '';
  return /[0-9]/u.test(body) ? pos + (match?.[0].length ?? 0) : pos;
}
