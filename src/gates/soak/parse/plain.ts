import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { SoakParser, SoakRun } from '../types.js';
import { CsvRecordReader, type CsvRecord } from './csv-records.js';
import { parseCsvNumber } from './csv-number.js';
import { parseJsonText } from '../../../shared/parse-json-text.js';
import { SeriesAccumulator } from './series-accumulator.js';
import { parsePlainTimestamp } from './timestamp.js';

const plainCsvHeader = ['timestamp', 'series', 'value'];

/**
 * A push parser of plain CSV: a required header `timestamp,series,value`, then one point a row.
 * Timestamps are seconds since the epoch (fractional allowed; values that look like milliseconds
 * are refused) or RFC 3339; values are numbers, `NaN`/`Inf` being noted and dropped. A row with
 * the wrong number of cells is an error, unless it is a last line without a newline (a cut-off
 * write), which is dropped with a note.
 *
 * @param source the file name, for messages.
 */
export function createPlainCsvParser(source: string): SoakParser {
  const accumulator = new SeriesAccumulator();
  const notes: string[] = [];
  let headerSeen = false;
  const onRecord = (record: CsvRecord): void => {
    const where = `${source}:${record.line}`;
    if (!headerSeen) {
      const header = record.fields.map((f) => f.trim().toLowerCase());
      if (header.join(',') !== plainCsvHeader.join(',')) {
        throw new ConfigurationError(
          `${where}: the first line must be the header "timestamp,series,value"; found ${JSON.stringify(record.fields.join(','))}`,
        );
      }
      headerSeen = true;
      return;
    }
    if (record.fields.length !== 3) {
      if (!record.terminated) {
        notes.push(`${where}: cut-off last line dropped (${record.fields.length} of 3 cells)`);
        return;
      }
      throw new ConfigurationError(
        `${where}: expected 3 cells (timestamp,series,value), found ${record.fields.length}`,
      );
    }
    const [time, name, cell] = record.fields as [string, string, string];
    const t = parsePlainTimestamp(time, where);
    if (name.trim() === '') throw new ConfigurationError(`${where}: the series name is empty`);
    const v = parseCsvNumber(cell);
    if (v === undefined) {
      throw new ConfigurationError(`${where}: value ${JSON.stringify(cell)} is not a number`);
    }
    accumulator.add({ name: name.trim() }, t, v, where);
  };
  const reader = new CsvRecordReader(onRecord);
  return {
    write: (chunk) => reader.write(chunk),
    end: (): SoakRun => {
      reader.end();
      if (!headerSeen) {
        throw new ConfigurationError(
          `${source}: empty file; expected the header "timestamp,series,value"`,
        );
      }
      const series = accumulator.finish({ ordered: true }, notes);
      return { format: 'csv', series, notes };
    },
  };
}

/** Parses a whole plain CSV text; see {@link createPlainCsvParser}. */
export function parsePlainCsv(text: string, source: string): SoakRun {
  const parser = createPlainCsvParser(source);
  parser.write(text);
  return parser.end();
}

const jsonShape =
  'expected {"series": {"<name>": [[<seconds since the epoch or RFC 3339>, <number>], …], …}}';

/**
 * Parses plain JSON of the one documented shape
 * `{"series": {"<name>": [[t, v], …]}}`, `t` in seconds since the epoch or RFC 3339, `v` a number
 * (JSON has no NaN; `null` is noted and dropped, as a gap).
 *
 * @throws ConfigurationError naming the file, the series and the point, and the expected shape.
 */
export function parsePlainJson(text: string, source: string): SoakRun {
  const document = parseJsonText(text, source);
  const seriesObject = isRecord(document) ? document['series'] : undefined;
  if (!isRecord(seriesObject)) {
    throw new ConfigurationError(`${source}: no "series" object; ${jsonShape}`);
  }
  const accumulator = new SeriesAccumulator();
  const notes: string[] = [];
  let gaps = 0;
  for (const [name, points] of Object.entries(seriesObject)) {
    if (!Array.isArray(points)) {
      throw new ConfigurationError(
        `${source}: series ${JSON.stringify(name)} is not an array; ${jsonShape}`,
      );
    }
    points.forEach((point: unknown, index) => {
      const where = `${source}: series ${JSON.stringify(name)}, point ${index + 1}`;
      if (!Array.isArray(point) || point.length !== 2) {
        throw new ConfigurationError(`${where} is not a [t, v] pair; ${jsonShape}`);
      }
      const time: unknown = point[0];
      const value: unknown = point[1];
      if (typeof time !== 'number' && typeof time !== 'string') {
        throw new ConfigurationError(
          `${where}: the timestamp is not a number or a string; ${jsonShape}`,
        );
      }
      const t = parsePlainTimestamp(time, where);
      if (value === null) {
        gaps++;
        return;
      }
      if (typeof value !== 'number') {
        throw new ConfigurationError(
          `${where}: the value ${JSON.stringify(value)} is not a number; ${jsonShape}`,
        );
      }
      accumulator.add({ name }, t, value, where);
    });
  }
  if (gaps > 0) notes.push(`${gaps} point(s) with a null value dropped`);
  return { format: 'json', series: accumulator.finish({ ordered: true }, notes), notes };
}
