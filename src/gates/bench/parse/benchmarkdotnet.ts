import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import {
  arrayField,
  isRecord,
  numberArray,
  numberField,
  recordField,
  stringField,
} from './unknown-value.js';

/** True when the JSON value has the shape of BenchmarkDotNet's JSON exporters. */
export function isBenchmarkDotNetJson(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value['Benchmarks']) &&
    ('HostEnvironmentInfo' in value || 'Title' in value)
  );
}

/**
 * Reads BenchmarkDotNet JSON (any of the JSON exporters; the full one has `Measurements`). The name
 * is `FullName` (`Namespace.Type.Method`), with `(Parameters)` appended when they are not already
 * part of it, and ` [Job]` when the same benchmark ran in several jobs. Samples, in ns per
 * operation, come from the first source that has them:
 * 1. `Measurements` with `IterationMode: Workload` and `IterationStage: Result` (the actual
 *    iterations with the overhead subtracted: what BenchmarkDotNet's own statistics describe);
 * 2. `Workload`/`Actual` measurements (overhead included), `Nanoseconds / Operations`;
 * 3. `Statistics.OriginalValues` (the brief exporter's per-iteration values);
 * 4. `Statistics.Mean` as a summary, with StandardDeviation/Mean as the spread.
 * With the memory diagnoser, `Memory.BytesAllocatedPerOperation` becomes a smaller-is-better
 * `<name> (allocated)` series in bytes.
 */
export function parseBenchmarkDotNet(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  const entries = isRecord(root) ? arrayField(root, 'Benchmarks') : undefined;
  if (!entries) {
    throw new ConfigurationError(
      `${source.path}: not BenchmarkDotNet JSON (expected an object with a "Benchmarks" array)`,
    );
  }
  const described = entries.map((entry, index) => {
    if (!isRecord(entry))
      throw new ConfigurationError(`${source.path}: Benchmarks[${index}] is not an object`);
    const fullName = stringField(entry, 'FullName') ?? stringField(entry, 'DisplayInfo');
    if (fullName === undefined)
      throw new ConfigurationError(`${source.path}: Benchmarks[${index}] has no "FullName"`);
    const parameters = stringField(entry, 'Parameters') ?? '';
    const base =
      parameters !== '' && !fullName.includes(parameters) ? `${fullName}(${parameters})` : fullName;
    const job = /:\s*([^:]+)$/.exec(stringField(entry, 'DisplayInfo') ?? '')?.[1]?.trim() ?? '';
    return { entry, base, job };
  });
  const counts = new Map<string, number>();
  for (const { base } of described) counts.set(base, (counts.get(base) ?? 0) + 1);

  const warnings: string[] = [];
  const benchmarks: BenchmarkSeries[] = [];
  for (const { entry, base, job } of described) {
    const name = (counts.get(base) ?? 0) > 1 && job !== '' ? `${base} [${job}]` : base;
    const extra: Record<string, string | number> = {};
    if (job !== '') extra['job'] = job;
    const statistics = recordField(entry, 'Statistics');
    const samples =
      measuredSamples(entry, 'Result') ??
      measuredSamples(entry, 'Actual') ??
      numberArray(statistics?.['OriginalValues']);
    if (samples && samples.length > 0) {
      benchmarks.push(
        checkedSeries({
          name,
          unit: 'ns',
          direction: 'smaller-is-better',
          samples,
          kind: 'repetitions',
          source: { file: source.path },
          extra,
        }),
      );
    } else {
      const meanNs = statistics ? numberField(statistics, 'Mean') : undefined;
      if (meanNs === undefined) {
        warnings.push(
          `${name}: no measurements and no Statistics (the benchmark probably failed); skipped`,
        );
        continue;
      }
      const deviation = statistics ? numberField(statistics, 'StandardDeviation') : undefined;
      benchmarks.push(
        checkedSeries({
          name,
          unit: 'ns',
          direction: 'smaller-is-better',
          samples: [meanNs],
          kind: 'summary',
          source: { file: source.path },
          ...(deviation !== undefined && meanNs > 0
            ? { reportedRelativeSpread: deviation / meanNs }
            : {}),
          extra,
        }),
      );
    }
    const allocated = numberField(recordField(entry, 'Memory') ?? {}, 'BytesAllocatedPerOperation');
    if (allocated !== undefined) {
      benchmarks.push(
        checkedSeries({
          name: `${name} (allocated)`,
          unit: 'B',
          direction: 'smaller-is-better',
          samples: [allocated],
          kind: 'summary',
          source: { file: source.path },
        }),
      );
    }
  }
  return parsedFile(source.path, 'benchmarkdotnet', benchmarks, warnings);
}

/** ns per operation of the Workload measurements of one stage, or `undefined` when there are none. */
function measuredSamples(
  entry: Record<string, unknown>,
  stage: 'Result' | 'Actual',
): number[] | undefined {
  const samples: number[] = [];
  for (const measurement of arrayField(entry, 'Measurements') ?? []) {
    if (!isRecord(measurement)) continue;
    if (
      stringField(measurement, 'IterationMode') !== 'Workload' ||
      stringField(measurement, 'IterationStage') !== stage
    )
      continue;
    const nanoseconds = numberField(measurement, 'Nanoseconds');
    const operations = numberField(measurement, 'Operations');
    if (nanoseconds === undefined || operations === undefined || operations <= 0) continue;
    samples.push(nanoseconds / operations);
  }
  return samples.length > 0 ? samples : undefined;
}
