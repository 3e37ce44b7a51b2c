import { mean } from 'simple-statistics';
import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit } from './units.js';
import { arrayField, isRecord, numberField, stringField } from './unknown-value.js';

/** Row fields of Google Benchmark's JSON reporter that are not user counters. */
const RESERVED_FIELDS = new Set([
  'name',
  'run_name',
  'run_type',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'time_unit',
  'family_index',
  'per_family_instance_index',
  'aggregate_name',
  'aggregate_unit',
  'error_occurred',
  'error_message',
  'skipped',
  'skip_message',
  'label',
  'big_o',
  'rms',
  'complexity_n',
]);

/** User counters that Google Benchmark itself sets as rates (SetBytesProcessed, SetItemsProcessed). */
const RATE_COUNTERS: Readonly<Record<string, string>> = {
  bytes_per_second: 'B/s',
  items_per_second: 'items/s',
};

interface Row {
  record: Record<string, unknown>;
  index: number;
}

/** True when the JSON value has the shape of Google Benchmark's `--benchmark_format=json` output. */
export function isGoogleBenchmarkJson(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const rows = arrayField(value, 'benchmarks');
  const first = rows?.[0];
  return (
    isRecord(value['context']) &&
    isRecord(first) &&
    ('real_time' in first || 'run_type' in first || 'error_occurred' in first)
  );
}

/**
 * Reads Google Benchmark JSON. Rows are grouped by `run_name`; `iteration` rows are the samples
 * (one per repetition), and `aggregate` rows (`_mean`, `_median`, `_stddev`, `_cv`, custom ones,
 * BigO/RMS) are never benchmarks of their own. When a benchmark has only aggregates
 * (`--benchmark_report_aggregates_only`), its `mean` (else `median`) becomes a one-sample summary,
 * with the `cv` aggregate (else stddev/mean) as the reported spread. `real_time` is the primary
 * metric (the wall clock, what users feel); `cpu_time`, iterations, threads and plain user counters
 * go to `extra` as means over the repetitions; `bytes_per_second` and `items_per_second` become
 * their own bigger-is-better series named `<name> (bytes_per_second)`. Rows with `error_occurred`
 * (SkipWithError) are left out with a warning.
 */
export function parseGoogleBenchmark(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  const rows = isRecord(root) ? arrayField(root, 'benchmarks') : undefined;
  if (!rows || !isRecord(root) || !isRecord(root['context'])) {
    throw new ConfigurationError(
      `${source.path}: not Google Benchmark JSON (expected an object with "context" and a "benchmarks" array, as written by --benchmark_format=json)`,
    );
  }
  const warnings: string[] = [];
  const iterations = new Map<string, Row[]>();
  const aggregates = new Map<string, Row[]>();
  const errors = new Map<string, string>();
  rows.forEach((record, index) => {
    if (!isRecord(record)) {
      throw new ConfigurationError(`${source.path}: benchmarks[${index}] is not an object`);
    }
    const name = stringField(record, 'run_name') ?? stringField(record, 'name');
    if (name === undefined) {
      throw new ConfigurationError(`${source.path}: benchmarks[${index}] has no "name"`);
    }
    if (record['error_occurred'] === true) {
      errors.set(name, stringField(record, 'error_message') ?? 'no message');
      return;
    }
    const target = stringField(record, 'run_type') === 'aggregate' ? aggregates : iterations;
    const group = target.get(name) ?? [];
    group.push({ record, index });
    target.set(name, group);
  });
  for (const [name, message] of errors) {
    warnings.push(
      `${name}: the benchmark reported an error ("${message}"); its error rows were left out`,
    );
  }

  const names = [...new Set([...iterations.keys(), ...aggregates.keys()])];
  const benchmarks: BenchmarkSeries[] = [];
  for (const name of names) {
    const iterationRows = iterations.get(name);
    if (iterationRows) {
      // Aggregate rows (mean, median, stddev, cv) summarise these repetitions: not benchmarks.
      benchmarks.push(
        ...seriesFromRows(source.path, name, iterationRows, 'repetitions', undefined),
      );
      continue;
    }
    const aggregateRows = aggregates.get(name) ?? [];
    const byAggregate = (aggregate: string): Row | undefined =>
      aggregateRows.find((row) => stringField(row.record, 'aggregate_name') === aggregate);
    const central = byAggregate('mean') ?? byAggregate('median');
    if (!central) {
      warnings.push(`${name}: only aggregates other than mean and median were found; skipped`);
      continue;
    }
    const spread = relativeSpread(central, byAggregate('cv'), byAggregate('stddev'));
    warnings.push(
      `${name}: only aggregate rows were found (--benchmark_report_aggregates_only?); its ${stringField(central.record, 'aggregate_name')} is used as a summary`,
    );
    benchmarks.push(...seriesFromRows(source.path, name, [central], 'summary', spread));
  }
  return parsedFile(source.path, 'google-benchmark', benchmarks, warnings);
}

/** The primary series (real time) and one series per rate counter, from the rows of one benchmark. */
function seriesFromRows(
  path: string,
  name: string,
  rows: Row[],
  kind: BenchmarkSeries['kind'],
  spread: number | undefined,
): BenchmarkSeries[] {
  const realTimes: number[] = [];
  const cpuTimes: number[] = [];
  const counters = new Map<string, number[]>();
  for (const { record, index } of rows) {
    const timeUnit = stringField(record, 'time_unit') ?? 'ns';
    const conversion = convertUnit(timeUnit);
    if (conversion.kind !== 'time') {
      throw new ConfigurationError(
        `${path}: benchmark "${name}" (benchmarks[${index}]) has an unknown time_unit "${timeUnit}"`,
      );
    }
    const realTime = numberField(record, 'real_time');
    if (realTime === undefined) {
      throw new ConfigurationError(
        `${path}: benchmark "${name}" (benchmarks[${index}]) has no numeric "real_time"`,
      );
    }
    realTimes.push(realTime * conversion.factor);
    const cpuTime = numberField(record, 'cpu_time');
    if (cpuTime !== undefined) cpuTimes.push(cpuTime * conversion.factor);
    for (const [key, value] of Object.entries(record)) {
      if (RESERVED_FIELDS.has(key) || typeof value !== 'number') continue;
      const values = counters.get(key) ?? [];
      values.push(value);
      counters.set(key, values);
    }
  }
  const first = rows[0]?.record ?? {};
  const extra: Record<string, string | number> = {};
  if (cpuTimes.length > 0) extra['cpu_time_ns'] = mean(cpuTimes);
  const iterationCount = numberField(first, 'iterations');
  if (iterationCount !== undefined && kind === 'repetitions') extra['iterations'] = iterationCount;
  const threads = numberField(first, 'threads');
  if (threads !== undefined) extra['threads'] = threads;
  const label = stringField(first, 'label');
  if (label !== undefined) extra['label'] = label;
  const rateSeries: BenchmarkSeries[] = [];
  for (const [counter, values] of counters) {
    const rateUnit = RATE_COUNTERS[counter];
    if (rateUnit === undefined) {
      extra[counter] = mean(values);
      continue;
    }
    rateSeries.push(
      checkedSeries({
        name: `${name} (${counter})`,
        unit: rateUnit,
        direction: 'bigger-is-better',
        samples: values,
        kind,
        source: { file: path },
        ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
      }),
    );
  }
  const primary = checkedSeries({
    name,
    unit: 'ns',
    direction: 'smaller-is-better',
    samples: realTimes,
    kind,
    source: { file: path },
    ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
    extra,
  });
  return [primary, ...rateSeries];
}

/** Relative spread of a summary: the `cv` aggregate when present, else stddev / central value. */
function relativeSpread(
  central: Row,
  cv: Row | undefined,
  stddev: Row | undefined,
): number | undefined {
  const cvValue = cv ? numberField(cv.record, 'real_time') : undefined;
  if (cvValue !== undefined && Number.isFinite(cvValue)) return cvValue;
  const deviation = stddev ? numberField(stddev.record, 'real_time') : undefined;
  const centre = numberField(central.record, 'real_time');
  if (deviation === undefined || centre === undefined || centre <= 0) return undefined;
  return deviation / centre;
}
