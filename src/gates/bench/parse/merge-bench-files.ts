import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import { where } from './series.js';

/**
 * Combines several parsed result files (matrix shards, or several runs of one tool) into one suite,
 * in file order. The rule for a name that appears in more than one file:
 * - both series are `repetitions` with the same unit and direction, from different files: they are
 *   more repetitions of the same benchmark (`go test -count` or hyperfine run again and appended),
 *   so their samples are concatenated into the first one (its source and extra are kept);
 * - otherwise (a summary on either side, another unit or direction): it is an error, because two
 *   different measurements under one name would be compared as one. The message names both files.
 * The same file given twice would double its samples, so equal `source.file` is an error too.
 * Inputs are not modified.
 *
 * @throws ConfigurationError naming the benchmark and both files.
 */
export function mergeBenchFiles(files: readonly ParsedBenchFile[]): BenchmarkSeries[] {
  const merged = new Map<string, BenchmarkSeries>();
  for (const file of files) {
    for (const series of file.benchmarks) {
      const earlier = merged.get(series.name);
      if (!earlier) {
        merged.set(series.name, { ...series, samples: [...series.samples] });
        continue;
      }
      const conflict = mergeConflict(earlier, series);
      if (conflict !== undefined) {
        throw new ConfigurationError(
          `benchmark "${series.name}" appears in both ${where(earlier.source)} and ${where(series.source)}, ${conflict}; rename one or pass only one of the files`,
        );
      }
      for (const sample of series.samples) earlier.samples.push(sample);
    }
  }
  return [...merged.values()];
}

/** Why two series of the same name cannot be merged, or `undefined` when they can. */
function mergeConflict(earlier: BenchmarkSeries, later: BenchmarkSeries): string | undefined {
  if (earlier.source.file === later.source.file) return 'and the same file was given twice';
  if (earlier.kind !== 'repetitions' || later.kind !== 'repetitions') {
    return 'and only repetitions (not summaries) of one benchmark can be combined across files';
  }
  if (earlier.unit !== later.unit)
    return `with different units (${earlier.unit} and ${later.unit})`;
  if (earlier.direction !== later.direction)
    return `with different directions (${earlier.direction} and ${later.direction})`;
  return undefined;
}
