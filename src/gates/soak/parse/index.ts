import { basename } from 'node:path';
import { parseQueryRangeAnswers } from '../prometheus/query-range-response.js';
import type { SoakFormat, SoakParser, SoakRun } from '../types.js';
import { createK6NdjsonParser, type K6NdjsonOptions } from './k6-ndjson.js';
import { parseK6Summary } from './k6-summary.js';
import {
  createLocustFailuresParser,
  createLocustHistoryParser,
  createLocustStatsParser,
} from './locust-csv.js';
import { createPlainCsvParser, parsePlainJson } from './plain.js';

export { detectSoakFormat } from './detect-soak-format.js';
export { createK6NdjsonParser, parseK6Ndjson, type K6NdjsonOptions } from './k6-ndjson.js';
export { parseK6Summary } from './k6-summary.js';
export {
  createLocustFailuresParser,
  createLocustHistoryParser,
  createLocustStatsParser,
} from './locust-csv.js';
export { createPlainCsvParser, parsePlainCsv, parsePlainJson } from './plain.js';

/**
 * A push parser for any soak input format. Whole-document formats (k6 summary, plain JSON: small
 * files) buffer their text and parse it at `end()`; the others stream.
 *
 * @param source the file name, for messages.
 */
export function createSoakParser(
  format: SoakFormat,
  source: string,
  options: K6NdjsonOptions = {},
): SoakParser {
  switch (format) {
    case 'k6-ndjson':
      return createK6NdjsonParser(source, options);
    case 'locust-stats':
      return createLocustStatsParser(source);
    case 'locust-history':
      return createLocustHistoryParser(source);
    case 'locust-failures':
      return createLocustFailuresParser(source);
    case 'csv':
      return createPlainCsvParser(source);
    case 'k6-summary':
      return buffered((text) => parseK6Summary(text, source));
    case 'json':
      return buffered((text) => parsePlainJson(text, source));
    case 'prometheus':
      // A query_range answer saved to a file (curl …/api/v1/query_range > memory.json): its
      // series are named after the file, as a live query's are after its NAME.
      return buffered((text) => ({
        format: 'prometheus',
        ...parseQueryRangeAnswers(
          basename(source).replace(/\.json$/i, ''),
          [{ status: 200, text }],
          source,
        ),
      }));
    default: {
      const unreachable: never = format;
      throw new Error(`unknown soak format ${String(unreachable)}`);
    }
  }
}

/** Parses a whole text of `format`; see {@link createSoakParser}. */
export function parseSoakText(
  format: SoakFormat,
  text: string,
  source: string,
  options: K6NdjsonOptions = {},
): SoakRun {
  const parser = createSoakParser(format, source, options);
  parser.write(text);
  return parser.end();
}

function buffered(parse: (text: string) => SoakRun): SoakParser {
  const chunks: string[] = [];
  return { write: (chunk) => chunks.push(chunk), end: () => parse(chunks.join('')) };
}
