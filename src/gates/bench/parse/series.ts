import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile, SourceLocation } from '../types.js';

/** `file:line` or `file`, the prefix of every message about a benchmark. */
export function where(source: SourceLocation): string {
  return source.line === undefined ? source.file : `${source.file}:${source.line}`;
}

/**
 * Checks the samples of one series and returns it: at least one sample, every sample a finite
 * number, times and rates above zero (a zero time means the clock could not resolve the work, a
 * result no comparison can use), memory not negative. Other units (counts, custom units) may be
 * zero or negative.
 *
 * @throws ConfigurationError naming the file, line and benchmark.
 */
export function checkedSeries(series: BenchmarkSeries): BenchmarkSeries {
  const prefix = `${where(series.source)}: benchmark "${series.name}"`;
  if (series.samples.length === 0) {
    throw new ConfigurationError(`${prefix} has no samples`);
  }
  for (const sample of series.samples) {
    if (!Number.isFinite(sample)) {
      throw new ConfigurationError(
        `${prefix} has a value that is not a finite number (${sample} ${series.unit})`,
      );
    }
    const mustBePositive = series.unit === 'ns' || series.unit === 'ops/s' || series.unit === 'B/s';
    if (mustBePositive && sample <= 0) {
      const what = series.unit === 'ns' ? 'time' : 'rate';
      throw new ConfigurationError(
        `${prefix} has a ${sample === 0 ? 'zero' : 'negative'} ${what} (${sample} ${series.unit}); a benchmark must measure a positive ${what}`,
      );
    }
    if (series.unit === 'B' && sample < 0) {
      throw new ConfigurationError(`${prefix} has a negative memory size (${sample} B)`);
    }
  }
  return series;
}

/**
 * Builds the parsed file after checking that every benchmark name is unique within it and that
 * there is at least one benchmark.
 *
 * @throws ConfigurationError when two series share a name or none was found.
 */
export function parsedFile(
  path: string,
  format: ParsedBenchFile['format'],
  benchmarks: BenchmarkSeries[],
  warnings: string[],
): ParsedBenchFile {
  if (benchmarks.length === 0) {
    const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
    throw new ConfigurationError(`${path}: no benchmarks found in this ${format} file${why}`);
  }
  const seen = new Map<string, BenchmarkSeries>();
  for (const series of benchmarks) {
    const earlier = seen.get(series.name);
    if (earlier) {
      throw new ConfigurationError(
        `${where(series.source)}: benchmark name "${series.name}" appears twice in the file (first at ${where(earlier.source)}); names must be unique`,
      );
    }
    seen.set(series.name, series);
  }
  return { format, benchmarks, warnings };
}

/** Seconds to nanoseconds, for tools that write times in seconds (hyperfine, pytest-benchmark). */
export const NS_PER_SECOND = 1e9;

/** A time series (smaller is better) from values in seconds, converted to nanoseconds. */
function secondsSeries(
  path: string,
  name: string,
  seconds: readonly number[],
  kind: BenchmarkSeries['kind'],
  extra: Record<string, string | number>,
  reportedRelativeSpread?: number,
): BenchmarkSeries {
  return checkedSeries({
    name,
    unit: 'ns',
    direction: 'smaller-is-better',
    samples: seconds.map((value) => value * NS_PER_SECOND),
    kind,
    source: { file: path },
    ...(reportedRelativeSpread === undefined ? {} : { reportedRelativeSpread }),
    extra,
  });
}

/** A time series from per-run times in seconds: every run is a repetition. */
export function secondsRepetitions(
  path: string,
  name: string,
  seconds: readonly number[],
  extra: Record<string, string | number>,
): BenchmarkSeries {
  return secondsSeries(path, name, seconds, 'repetitions', extra);
}

/** A time summary from a mean and an optional standard deviation in seconds. */
export function secondsSummary(
  path: string,
  name: string,
  meanSeconds: number,
  stddevSeconds: number | undefined,
  extra: Record<string, string | number>,
): BenchmarkSeries {
  const spread =
    stddevSeconds !== undefined && meanSeconds > 0 ? stddevSeconds / meanSeconds : undefined;
  return secondsSeries(path, name, [meanSeconds], 'summary', extra, spread);
}
