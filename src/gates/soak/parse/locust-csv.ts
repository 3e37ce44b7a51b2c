import { ConfigurationError } from '../../../shared/errors.js';
import type { LocustFailure, LocustStatsRow, SoakParser, SoakRun } from '../types.js';
import { CsvRecordReader, type CsvRecord } from './csv-records.js';
import { parseCsvNumber } from './csv-number.js';
import { SeriesAccumulator } from './series-accumulator.js';

/**
 * Parsers of the files `locust --csv PREFIX` writes (column names as in locust/stats.py,
 * `StatsCSV` and `StatsCSVFileWriter`). Locust's `csv.writer` ends every row with `\r\n`, so a
 * last row without one was cut off when the run was killed: it is dropped with a note. Locust
 * writes `N/A` for percentiles of an entry without requests; such cells are absent values, not
 * errors. The summary row is named `Aggregated` with an empty type.
 */

/** The name Locust gives the row of all requests together. */
export const locustAggregatedName = 'Aggregated';

/** Units of the `_stats_history.csv` columns that are not response times in ms. */
const historyUnits: Readonly<Record<string, string>> = {
  'User Count': 'users',
  'Requests/s': 'requests/s',
  'Failures/s': 'failures/s',
  'Total Request Count': 'requests',
  'Total Failure Count': 'failures',
  'Total Average Content Size': 'bytes',
};

/** Columns of `_stats_history.csv` that identify the row rather than measure something. */
const historyKeyColumns = new Set(['Timestamp', 'Type', 'Name']);

/** Rows of a Locust CSV as header-keyed cells, with the cut-off and N/A bookkeeping. */
function createTableReader(
  source: string,
  required: readonly string[],
  what: string,
  notes: string[],
  onRow: (cells: ReadonlyMap<string, string>, where: string) => void,
): CsvRecordReader {
  let header: string[] | undefined;
  return new CsvRecordReader((record: CsvRecord) => {
    const where = `${source}:${record.line}`;
    if (!header) {
      header = record.fields.map((f) => f.trim());
      const missing = required.filter((column) => !header?.includes(column));
      if (missing.length > 0) {
        throw new ConfigurationError(
          `${where}: not a Locust ${what}: the header lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
        );
      }
      return;
    }
    if (!record.terminated) {
      notes.push(`${where}: cut-off last line dropped (the run was stopped while writing it)`);
      return;
    }
    if (record.fields.length !== header.length) {
      throw new ConfigurationError(
        `${where}: expected ${header.length} cells as in the header, found ${record.fields.length}`,
      );
    }
    const cells = new Map<string, string>();
    header.forEach((column, i) => cells.set(column, record.fields[i] ?? ''));
    onRow(cells, where);
  });
}

/** A numeric cell: `undefined` for `N/A` or empty, else the number. */
function optionalNumber(
  cells: ReadonlyMap<string, string>,
  column: string,
  where: string,
): number | undefined {
  const cell = (cells.get(column) ?? '').trim();
  if (cell === 'N/A' || cell === '') return undefined;
  const value = parseCsvNumber(cell);
  if (value === undefined) {
    throw new ConfigurationError(
      `${where}: column ${JSON.stringify(column)}: ${JSON.stringify(cell)} is not a number`,
    );
  }
  return value;
}

function requiredNumber(cells: ReadonlyMap<string, string>, column: string, where: string): number {
  const value = optionalNumber(cells, column, where);
  if (value === undefined || !Number.isFinite(value)) {
    throw new ConfigurationError(
      `${where}: column ${JSON.stringify(column)} needs a number, found ${JSON.stringify(cells.get(column) ?? '')}`,
    );
  }
  return value;
}

/** Wraps a table reader as a {@link SoakParser}. */
function asParser(reader: CsvRecordReader, finish: () => SoakRun): SoakParser {
  return {
    write: (chunk) => reader.write(chunk),
    end: () => {
      reader.end();
      return finish();
    },
  };
}

const percentileColumn = /^\d+(\.\d+)?%$/;

/** The fields of a stats row that Locust may leave empty or write as `N/A`. */
type OptionalStatsField =
  | 'medianMs'
  | 'averageMs'
  | 'minMs'
  | 'maxMs'
  | 'averageContentSizeBytes'
  | 'requestsPerSecond'
  | 'failuresPerSecond';

/**
 * A push parser of `PREFIX_stats.csv`: one row per request name and the `Aggregated` row, as the
 * run's summary (no time series).
 */
export function createLocustStatsParser(source: string): SoakParser {
  const notes: string[] = [];
  const requests: LocustStatsRow[] = [];
  let aggregated: LocustStatsRow | undefined;
  let rows = 0;
  const reader = createTableReader(
    source,
    ['Type', 'Name', 'Request Count', 'Failure Count'],
    '_stats.csv',
    notes,
    (cells, where) => {
      rows++;
      const percentilesMs: Record<string, number> = {};
      for (const [column] of cells) {
        if (!percentileColumn.test(column)) continue;
        const value = optionalNumber(cells, column, where);
        if (value !== undefined) percentilesMs[column] = value;
      }
      const row: LocustStatsRow = {
        type: cells.get('Type') ?? '',
        name: cells.get('Name') ?? '',
        requestCount: requiredNumber(cells, 'Request Count', where),
        failureCount: requiredNumber(cells, 'Failure Count', where),
        percentilesMs,
      };
      const optional: [OptionalStatsField, string][] = [
        ['medianMs', 'Median Response Time'],
        ['averageMs', 'Average Response Time'],
        ['minMs', 'Min Response Time'],
        ['maxMs', 'Max Response Time'],
        ['averageContentSizeBytes', 'Average Content Size'],
        ['requestsPerSecond', 'Requests/s'],
        ['failuresPerSecond', 'Failures/s'],
      ];
      for (const [key, column] of optional) {
        const value = optionalNumber(cells, column, where);
        if (value !== undefined) row[key] = value;
      }
      if (row.name === locustAggregatedName && row.type === '') aggregated = row;
      else requests.push(row);
    },
  );
  return asParser(reader, () => {
    if (rows === 0) notes.push(`${source}: no rows (the run made no requests?)`);
    if (rows > 0 && !aggregated) notes.push(`${source}: no "${locustAggregatedName}" row`);
    return {
      format: 'locust-stats',
      series: [],
      summary: { kind: 'locust', requests, ...(aggregated ? { aggregated } : {}), failures: [] },
      notes,
    };
  });
}

/**
 * A push parser of `PREFIX_stats_history.csv`: every numeric column becomes a series named as
 * the column (`User Count`, `95%`, `Total Average Response Time`…), one per request. The
 * `Aggregated` rows give series without labels; with `--csv-full-history` the per-request rows
 * give series labelled `{type, request}`. `Timestamp` is in whole seconds since the epoch.
 */
export function createLocustHistoryParser(source: string): SoakParser {
  const notes: string[] = [];
  const accumulator = new SeriesAccumulator();
  let notAvailable = 0;
  const reader = createTableReader(
    source,
    ['Timestamp', 'Name'],
    '_stats_history.csv',
    notes,
    (cells, where) => {
      const t = requiredNumber(cells, 'Timestamp', where);
      const name = cells.get('Name') ?? '';
      const type = cells.get('Type') ?? '';
      const labels =
        name === locustAggregatedName && type === '' ? undefined : { type, request: name };
      for (const [column, cell] of cells) {
        if (historyKeyColumns.has(column)) continue;
        const value = optionalNumber(cells, column, where);
        if (value === undefined) {
          if (cell.trim() === 'N/A') notAvailable++;
          continue;
        }
        const unit =
          historyUnits[column] ??
          (percentileColumn.test(column) || column.endsWith('Response Time') ? 'ms' : undefined);
        accumulator.add(
          { name: column, ...(unit ? { unit } : {}), ...(labels ? { labels } : {}) },
          t,
          value,
          where,
        );
      }
    },
  );
  return asParser(reader, () => {
    if (notAvailable > 0) {
      notes.push(
        `${notAvailable} N/A cell(s) skipped (percentiles of an interval without requests)`,
      );
    }
    const series = accumulator.finish({ ordered: true }, notes);
    if (series.length === 0) notes.push(`${source}: no time series with enough points`);
    return { format: 'locust-history', series, notes };
  });
}

/** A push parser of `PREFIX_failures.csv`: method, name, error and occurrences of each failure. */
export function createLocustFailuresParser(source: string): SoakParser {
  const notes: string[] = [];
  const failures: LocustFailure[] = [];
  const reader = createTableReader(
    source,
    ['Method', 'Name', 'Error', 'Occurrences'],
    '_failures.csv',
    notes,
    (cells, where) => {
      failures.push({
        method: cells.get('Method') ?? '',
        name: cells.get('Name') ?? '',
        error: cells.get('Error') ?? '',
        occurrences: requiredNumber(cells, 'Occurrences', where),
      });
    },
  );
  return asParser(reader, () => ({
    format: 'locust-failures',
    series: [],
    summary: { kind: 'locust', requests: [], failures },
    notes,
  }));
}
