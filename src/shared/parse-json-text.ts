import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConfigurationError } from './errors.js';

/**
 * Parses a JSON input file, or throws a `ConfigurationError` that names the file and the line and
 * column of the first syntax error. `JSON.parse` alone reports a character position only for some
 * errors (none for a truncated file), so on failure the text is re-read with jsonc-parser in strict
 * mode, which reports the offset of every error; a truncated file points at its end.
 *
 * @param producer what wrote the file, for the hint on NaN and Infinity ("the benchmark").
 * @throws ConfigurationError when `text` is not valid JSON.
 */
export function parseJsonText(text: string, path: string, producer = 'the tool'): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerantly(body, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const first = errors[0];
    const offset = first?.offset ?? body.length;
    const { line, column } = lineAndColumn(body, offset);
    const what = first
      ? printParseErrorCode(first.error)
      : error instanceof Error
        ? error.message
        : String(error);
    const token = body.slice(offset, offset + 8);
    const hint = /^-?(NaN|Infinity)/.test(token)
      ? ` (NaN and Infinity are not JSON: ${producer} produced a non-finite number)`
      : offset >= body.trimEnd().length
        ? ' (the file ends early: was it truncated?)'
        : '';
    throw new ConfigurationError(
      `${path}: invalid JSON at line ${line}, column ${column}: ${what}${hint}`,
    );
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
