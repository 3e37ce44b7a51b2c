import { parseJsonText } from '../../../shared/parse-json-text.js';

/** What a caller hands a parser: the path as the user gave it (for messages) and the file's text. */
export interface BenchInput {
  /** Path of the result file as given by the user; named in every error and warning. */
  path: string;
  /** The whole file's text. */
  text: string;
}

/**
 * A result file being parsed: its input plus its JSON, parsed at most once. Detection and the
 * format parser both need the JSON value, and a 200 MB file should not be parsed twice.
 */
export interface BenchSource extends BenchInput {
  /** The file's JSON value; throws `ConfigurationError` with line and column when the text is not JSON. */
  json(): unknown;
}

/** Wraps an input so that its JSON is parsed lazily and only once. */
export function benchSource(input: BenchInput): BenchSource {
  let parsed: { value: unknown } | undefined;
  return {
    path: input.path,
    text: input.text,
    json(): unknown {
      parsed ??= { value: parseJsonText(input.text, input.path, 'the benchmark') };
      return parsed.value;
    },
  };
}

/** True when the text, after leading whitespace (and a byte-order mark), opens a JSON object or array. */
export function looksLikeJson(text: string): boolean {
  const first = /^[\s\uFEFF]*(\S)/.exec(text)?.[1];
  return first === '{' || first === '[';
}

/** True when the text, after leading whitespace, opens an XML document or element. */
export function looksLikeXml(text: string): boolean {
  return /^[\s\uFEFF]*</.test(text);
}
