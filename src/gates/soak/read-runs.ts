/**
 * Feeding input files to the soak parsers chunk by chunk: a k6 `--out json` file of a night's
 * run is gigabytes, so it is never held as one string. The format is decided from the file name
 * and the first chunk. The chunks come in through an iterable, so this module does no I/O.
 */
import { ConfigurationError } from '../../shared/errors.js';
import { createSoakParser, detectSoakFormat } from './parse/index.js';
import type { SoakInputFormat } from './inputs.js';
import type { SoakFormat, SoakParser, SoakRun } from './types.js';

const LOCUST_FORMATS: readonly SoakFormat[] = ['locust-stats', 'locust-history', 'locust-failures'];

/**
 * The parser format of a file: the `format` input when it names one, detected otherwise (and
 * for `locust`, which of its three files this is).
 *
 * @throws ConfigurationError when the format cannot be told, or the file is not of the format named.
 */
export function soakFormatOf(
  path: string,
  format: SoakInputFormat,
  firstChunk: string,
): SoakFormat {
  switch (format) {
    case 'k6':
      return 'k6-summary';
    case 'k6-ndjson':
    case 'csv':
    case 'json':
      return format;
    case 'locust': {
      const detected = detectSoakFormat(path, firstChunk);
      if (detected !== undefined && LOCUST_FORMATS.includes(detected)) return detected;
      throw new ConfigurationError(
        `${path}: not a Locust CSV file (expected the _stats.csv, _stats_history.csv or _failures.csv that locust --csv writes).`,
      );
    }
    case 'auto': {
      const detected = detectSoakFormat(path, firstChunk);
      if (detected !== undefined) return detected;
      throw new ConfigurationError(
        `${path}: the format could not be told from the file; set 'format' (k6, k6-ndjson, locust, csv or json).`,
      );
    }
    default: {
      const unreachable: never = format;
      throw new Error(`unknown soak input format ${String(unreachable)}`);
    }
  }
}

/**
 * Parses one input file from its text in chunks (split anywhere, as a stream gives them).
 *
 * @throws ConfigurationError for an empty file, an unknown format or text the parser refuses.
 */
export async function readSoakRun(
  path: string,
  format: SoakInputFormat,
  chunks: AsyncIterable<string>,
): Promise<SoakRun> {
  let parser: SoakParser | undefined;
  let head = '';
  for await (const chunk of chunks) {
    if (parser === undefined) {
      // Detection looks at the first line or the first keys; wait for a few kB to decide.
      head += chunk;
      if (head.length < DETECTION_BYTES) continue;
      parser = createSoakParser(soakFormatOf(path, format, head), path);
      parser.write(head);
      head = '';
    } else {
      parser.write(chunk);
    }
  }
  if (parser === undefined) {
    if (head.trim() === '') throw new ConfigurationError(`${path}: the file is empty.`);
    parser = createSoakParser(soakFormatOf(path, format, head), path);
    parser.write(head);
  }
  return parser.end();
}

/** Characters gathered before the format is decided. */
const DETECTION_BYTES = 16 * 1024;
