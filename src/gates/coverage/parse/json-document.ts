import { ConfigurationError } from '../../../shared/errors.js';
import { parseJsonText } from '../../../shared/parse-json-text.js';

/**
 * The largest JSON report read, in UTF-16 code units (256 Mi). JSON reports (Istanbul,
 * SimpleCov) are parsed whole: a hand-written streaming JSON tokenizer that rebuilds each file's
 * maps is a lot of code for little gain, since the parsed object costs several times the text
 * anyway, and V8 cannot hold a string above 2^29 characters at all. Larger reports are refused
 * with a message pointing at the streamed formats.
 */
export const MAX_JSON_REPORT_CHARS = 256 * 1024 * 1024;

/** Collects a JSON report's pieces and parses them at the end. */
export interface JsonDocument {
  write(chunk: string): void;
  /** The parsed value (`unknown` until validated). */
  end(): unknown;
}

/**
 * A collector of a JSON report named `label` in messages (`istanbul`, `simplecov`); `hint` says
 * what to do instead when the report is too large.
 * @throws ConfigurationError when the text is larger than `maxChars` (as soon as it is) or is not
 *   JSON, naming the line and column of the first syntax error.
 */
export function createJsonDocument(
  label: string,
  hint: string,
  maxChars = MAX_JSON_REPORT_CHARS,
): JsonDocument {
  const pieces: string[] = [];
  let size = 0;
  return {
    write(chunk: string): void {
      size += chunk.length;
      if (size > maxChars) {
        throw new ConfigurationError(
          `${label}: the report is larger than ${sizeText(maxChars)} characters; ` +
            `JSON reports are read whole, so they are limited to that size. ${hint}`,
        );
      }
      pieces.push(chunk);
    },
    end(): unknown {
      const joined = pieces.join('');
      pieces.length = 0;
      if (joined.replace(/^\uFEFF/, '').trim() === '')
        throw new ConfigurationError(`${label}: the report is empty`);
      return parseJsonText(joined, label, 'the coverage tool');
    },
  };
}

/** `256 Mi` for the default limit, the plain number for small ones (tests). */
function sizeText(chars: number): string {
  return chars % (1024 * 1024) === 0 ? `${chars / 1024 / 1024} Mi` : String(chars);
}
