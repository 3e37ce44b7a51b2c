import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { NS_PER_SECOND, parsedFile, secondsRepetitions, secondsSummary } from './series.js';
import {
  arrayField,
  isRecord,
  numberArray,
  numberField,
  recordField,
  stringField,
} from './unknown-value.js';

/** True when the JSON value has the shape of pytest-benchmark's `--benchmark-json` output. */
export function isPytestBenchmarkJson(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const first = arrayField(value, 'benchmarks')?.[0];
  return isRecord(first) && isRecord(first['stats']);
}

/**
 * Reads pytest-benchmark JSON (`--benchmark-json`, or a `--benchmark-save` file). The name is the
 * `fullname` (`module.py::test[param]`), unique across modules where the short `name` is not.
 * `stats.data` (present with `--benchmark-json` and with `--benchmark-save-data`) holds the time of
 * every round already divided by the iterations per round: those are the samples, in ns. Without
 * usable data the `mean` is a one-sample summary with stddev/mean as the spread.
 */
export function parsePytestBenchmark(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  const entries = isRecord(root) ? arrayField(root, 'benchmarks') : undefined;
  if (!entries) {
    throw new ConfigurationError(
      `${source.path}: not pytest-benchmark JSON (expected an object with a "benchmarks" array, as written by --benchmark-json)`,
    );
  }
  const warnings: string[] = [];
  const benchmarks: BenchmarkSeries[] = entries.map((entry, index) => {
    if (!isRecord(entry))
      throw new ConfigurationError(`${source.path}: benchmarks[${index}] is not an object`);
    const name = stringField(entry, 'fullname') ?? stringField(entry, 'name');
    const stats = recordField(entry, 'stats');
    if (name === undefined || stats === undefined) {
      throw new ConfigurationError(
        `${source.path}: benchmarks[${index}] needs a "fullname" (or "name") and a "stats" object`,
      );
    }
    const extra: Record<string, string | number> = {};
    for (const key of ['rounds', 'iterations', 'ops'] as const) {
      const value = numberField(stats, key);
      if (value !== undefined) extra[key] = value;
    }
    const median = numberField(stats, 'median');
    if (median !== undefined) extra['median_ns'] = median * NS_PER_SECOND;
    const group = stringField(entry, 'group');
    if (group !== undefined) extra['group'] = group;

    const rawData = arrayField(stats, 'data');
    const data = numberArray(rawData);
    if (data && data.length > 0) {
      return secondsRepetitions(source.path, name, data, extra);
    }
    if (rawData && rawData.length > 0) {
      warnings.push(
        `${name}: stats.data holds entries that are not numbers; its mean is used as a summary`,
      );
    }
    const meanSeconds = numberField(stats, 'mean');
    if (meanSeconds === undefined) {
      throw new ConfigurationError(
        `${source.path}: benchmark "${name}" has neither a "stats.data" array nor a numeric "stats.mean"`,
      );
    }
    return secondsSummary(source.path, name, meanSeconds, numberField(stats, 'stddev'), extra);
  });
  return parsedFile(source.path, 'pytest-benchmark', benchmarks, warnings);
}
