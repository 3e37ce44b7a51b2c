/**
 * Character-level hygiene shared by every renderer: removing characters that can change how the
 * surrounding text is displayed, and cutting strings without splitting what the reader sees as
 * one character.
 */

/**
 * C0 and C1 control characters (except tab and line breaks, handled separately), DEL, and the
 * bidirectional formatting characters (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069).
 * Controls can drive a terminal (ESC, and CSI U+009B in C1); bidi overrides can make text read
 * differently from what it is ("Trojan Source", CVE-2021-42574).
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every way text can break a line: CRLF, CR, LF, and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Any character one of the passes of {@link sanitizeText} may change: the unsafe ones, any
 * surrogate, tab and the line breaks.
 */
const NEEDS_SANITIZING =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF]/;

/** How {@link sanitizeText} treats line breaks. */
export interface SanitizeOptions {
  /** `keep` turns every line break into `\n`; `space` (the default) turns each into a space. */
  newlines?: 'keep' | 'space';
  /** When true, tabs are kept (code blocks); otherwise each becomes a space. */
  keepTabs?: boolean;
}

/**
 * Removes control and bidirectional formatting characters, normalises line breaks and replaces
 * lone surrogates with U+FFFD, so that what is displayed is what the string contains. Used on
 * every user-controlled string before any other escaping.
 *
 * @example sanitizeText('a\u202Eb\u0000c\r\nd') // 'abc d'
 */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  // Most text has nothing to change; one scan says so (24,000 findings of a large rule suite
  // went through five replace passes each).
  if (!NEEDS_SANITIZING.test(text)) return text;
  let clean = text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAKS, '\n');
  if (options.keepTabs !== true) clean = clean.replace(/\t/g, ' ');
  clean = clean.replace(UNSAFE_CHARACTERS, '');
  if (options.newlines !== 'keep') clean = clean.replace(/\n/g, ' ');
  return clean;
}

/** The character appended to a string that was cut. */
export const ELLIPSIS = '…';

// Made on first use: making one loads ICU's break rules, about 15 ms of every start otherwise.
let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * Splits text into grapheme clusters (what a reader sees as one character: an emoji with its
 * modifiers, a letter with its combining accents), so that a cut never separates them, nor the
 * two halves of a surrogate pair. With `limit`, stops after that many (segmentation is lazy, so
 * cutting a long string costs only what is kept).
 */
export function graphemes(text: string, limit = Infinity): string[] {
  const result: string[] = [];
  if (limit <= 0) return result;
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemeSegmenter.segment(text)) {
    result.push(segment);
    if (result.length >= limit) break;
  }
  return result;
}

/**
 * Throws unless `maxLength` is undefined or a positive integer. `caller` starts the message, as
 * every error from a report function does.
 */
export function assertMaxLength(caller: string, maxLength: number | undefined): void {
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength >= 1)) {
    throw new Error(`${caller}: maxLength must be a positive integer (got ${String(maxLength)})`);
  }
}

/**
 * Joins `pieces` (each one the rendering of one grapheme, e.g. `\\*` or `&amp;`), keeping the
 * whole within `maxLength` UTF-16 code units: when they do not all fit, as many whole pieces as
 * fit are kept and {@link ELLIPSIS} is appended. A piece is never cut, so neither is an escape
 * sequence or a surrogate pair.
 */
export function joinWithinLength(pieces: readonly string[], maxLength: number | undefined): string {
  const whole = pieces.join('');
  if (maxLength === undefined || whole.length <= maxLength) return whole;
  const budget = maxLength - ELLIPSIS.length;
  let used = 0;
  let kept = 0;
  while (kept < pieces.length) {
    const piece = pieces[kept] ?? '';
    if (used + piece.length > budget) break;
    used += piece.length;
    kept += 1;
  }
  return pieces.slice(0, kept).join('').trimEnd() + ELLIPSIS;
}

/**
 * Cuts plain text to at most `maxLength` UTF-16 code units on a grapheme boundary, appending
 * {@link ELLIPSIS} when something was cut.
 *
 * @example truncateText('abcdef', 4) // 'abc…'
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Every grapheme is at least one code unit, so the first maxLength of them are enough.
  return joinWithinLength(graphemes(text, maxLength + 1), maxLength);
}

/**
 * Length of `text` encoded as UTF-8, in bytes: the unit of the job summary's 1 MiB limit.
 * Written by hand because it is a few lines, runs in a pure module without Node's `Buffer`, and
 * avoids encoding a megabyte just to count it. A lone surrogate counts as U+FFFD (3 bytes), as
 * an encoder would write it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
