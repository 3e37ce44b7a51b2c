/**
 * Dashboard JSON text to a value, with what a reviewer needs when it is wrong: the place and a
 * plain message for a syntax error, the nesting limit, and the keys written twice. The happy path
 * is `JSON.parse`, a walk of the value and a native count of `":` in the text; the character scan
 * and jsonc-parser (slower, but it reports offsets and sees duplicate keys) only run when
 * something is wrong.
 */
import {
  parse as parseTolerantly,
  printParseErrorCode,
  visit,
  type ParseError,
} from 'jsonc-parser';
import type { JsonPath } from '../types.js';
import { isEscaped } from './json-offsets.js';
import { MAX_NESTING_DEPTH } from './limits.js';

/** A key written more than once in one object; `JSON.parse`, like Grafana, keeps the last. */
export interface DuplicateKey {
  /** The object holding it. */
  path: JsonPath;
  key: string;
  /** Offsets of the first and of the repeated key. */
  firstOffset: number;
  offset: number;
}

/** What reading JSON text gave. */
export type JsonText =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | {
      ok: false;
      /** Where reading stopped, as an offset in the text. */
      offset: number;
      /** Plain text, e.g. "invalid JSON: expected a value, found '}'". */
      message: string;
      /** What a tolerant parser could still read, to tell a broken dashboard from other files. */
      partial: unknown;
      /** The text nests deeper than the limit (it was not parsed at all). */
      tooDeep: boolean;
    };

/**
 * Parses JSON text (a leading byte-order mark is skipped, offsets stay those of `text`).
 * Never throws: syntax errors and nesting beyond {@link MAX_NESTING_DEPTH} come back as
 * `ok: false` with the offset where reading stopped.
 */
export function readJsonText(text: string): JsonText {
  const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = skip === 0 ? text : text.slice(1);
  const tooDeep = (at: number): JsonText => ({
    ok: false,
    offset: at + skip,
    message: `JSON nested deeper than ${MAX_NESTING_DEPTH} levels; not read (no dashboard nests anywhere near that deep)`,
    partial: undefined,
    tooDeep: true,
  });
  let value: unknown;
  try {
    // V8's JSON.parse does not recurse, so even a hostile nesting is safe to parse first.
    value = JSON.parse(body) as unknown;
  } catch {
    // jsonc-parser recurses per level: the depth is checked before it reads the text.
    const scan = scanStructure(body);
    if (scan.tooDeepAt >= 0) return tooDeep(scan.tooDeepAt);
    const error = syntaxError(body);
    return { ...error, ok: false, offset: error.offset + skip, tooDeep: false };
  }
  const shape = shapeOf(value);
  if (shape.depth > MAX_NESTING_DEPTH) return tooDeep(scanStructure(body).tooDeepAt);
  // Every key of every object is a '"' followed by ':' in the text, so as many such pairs as keys
  // in the value means no key was written twice. The pairs are counted natively (indexOf) and may
  // overcount (a string holding `\":`), in which case the exact count decides; only when that
  // says so is the text walked again to name the repeated keys.
  const duplicates =
    shape.keys === quoteColons(body) || shape.keys === scanStructure(body).members
      ? []
      : findDuplicateKeys(body).map((d) => shift(d, skip));
  return { ok: true, value, duplicates };
}

/** The number of ':' preceded (after whitespace) by '"': at least the number of object members. */
function quoteColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let before = at - 1;
    while (before >= 0 && isJsonWhitespace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === 34) count++;
  }
  return count;
}

function isJsonWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function shift(duplicate: DuplicateKey, by: number): DuplicateKey {
  return { ...duplicate, offset: duplicate.offset + by, firstOffset: duplicate.firstOffset + by };
}

/**
 * One pass over the text: the offset where nesting first exceeds the limit (-1 if never) and the
 * number of object members. Written by hand because no JSON library reports either without
 * building the whole tree; strings are skipped with `indexOf`, so it costs a fraction of a parse.
 */
function scanStructure(text: string): { tooDeepAt: number; members: number } {
  let depth = 0;
  let members = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) break; // unterminated: JSON.parse reports it
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_NESTING_DEPTH) return { tooDeepAt: i, members };
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    } else if (c === 58 /* : */) {
      members++;
    }
  }
  return { tooDeepAt: -1, members };
}

/** The number of keys in every object of a parsed value and its nesting depth, without recursion. */
function shapeOf(value: unknown): { keys: number; depth: number } {
  let keys = 0;
  let deepest = 0;
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const next = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_NESTING_DEPTH) break;
    if (Array.isArray(next)) {
      for (const item of next) {
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      const items: unknown[] = Object.values(next);
      keys += items.length;
      for (const item of items) {
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { keys, depth: deepest };
}

/** Every repeated key with both places; only called on text known to be valid and shallow. */
function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const open: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Map());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
      const seen = open[open.length - 1];
      if (seen === undefined) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, offset);
      else found.push({ path: pathSupplier(), key, firstOffset: first, offset });
    },
  });
  return found;
}

/** Plain words for jsonc-parser's error codes. */
const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'control character in a string (write it escaped, e.g. \\n)',
};

/**
 * Where and why strict JSON reading fails. `JSON.parse` gives no position for some errors (none
 * for a truncated file), so the text is read again with jsonc-parser in strict mode, which
 * reports the offset of every error.
 */
function syntaxError(text: string): { offset: number; message: string; partial: unknown } {
  const errors: ParseError[] = [];
  const partial: unknown = parseTolerantly(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first === undefined || text.trim() === '') {
    return { offset: text.length, message: 'invalid JSON: the file is empty', partial };
  }
  const offset = first.offset;
  const what = ERROR_TEXT[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error);
  // An error that reaches the end (a string or number cut short, a missing bracket) is most
  // often a truncated file.
  const atEnd = offset + first.length >= text.trimEnd().length;
  const token = text.slice(offset, offset + Math.max(1, Math.min(first.length, 20)));
  const found = atEnd ? ', found the end of the file (was it truncated?)' : `, found '${token}'`;
  const before = text.slice(0, offset).trimEnd();
  const hint =
    (token === '}' || token === ']') && before.endsWith(',')
      ? ' (a trailing comma is not allowed in JSON)'
      : /^-?(NaN|Infinity)/.test(token)
        ? ' (NaN and Infinity are not JSON)'
        : '';
  return { offset, message: `invalid JSON: ${what}${found}${hint}`, partial };
}
