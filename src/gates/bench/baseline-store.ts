/**
 * The bench gate's snapshot: a default-branch commit's results with every sample, kept so that a
 * later pull request can compare against its merge base. Where it is stored and how the nearest
 * ancestor is found is the shared layer's (src/history/snapshot.ts); what a baseline holds and
 * how it is validated is here.
 */
import { ConfigurationError } from '../../shared/errors.js';
import { isRecord } from '../../shared/is-record.js';
import {
  findNearestSnapshot,
  parseSnapshot,
  serializeSnapshot,
  type Snapshot,
  type SnapshotKind,
  type SnapshotStore,
} from '../../history/snapshot.js';
import type { BenchmarkSeries } from './types.js';

/** Schema tag of a stored baseline file. */
export const BASELINE_SCHEMA = 'kaizen-gates/bench-baseline@1';

/** What a bench baseline holds beside its stamp. */
export interface BaselineRecord {
  benchmarks: BenchmarkSeries[];
}

/** A stored baseline: schema, suite, sha, createdAt, then the benchmarks with every sample. */
export type StoredBaseline = Snapshot<BaselineRecord>;

/** The bench gate's snapshots, for the shared stores. */
export const BASELINE_KIND: SnapshotKind<BaselineRecord> = {
  gate: 'bench',
  schema: BASELINE_SCHEMA,
  noun: 'baseline',
  fields: 'benchmarks',
  parseRecord(data, what) {
    const { benchmarks } = data;
    if (!Array.isArray(benchmarks)) return undefined;
    return { benchmarks: benchmarks.map((b, i) => parseSeries(b, `${what}, benchmark ${i + 1}`)) };
  },
};

/** A baseline found for a pull request. */
export interface FoundBaseline {
  baseline: StoredBaseline;
  /** How many commits before the merge base it was found (0: the merge base itself). */
  distance: number;
}

/**
 * Finds the nearest stored baseline among `ancestors` (the merge base first, then its
 * first-parent ancestors); see {@link findNearestSnapshot}.
 *
 * @throws {ConfigurationError} when the nearest stored baseline is damaged.
 */
export async function findBaseline(
  store: SnapshotStore,
  suite: string,
  ancestors: readonly string[],
): Promise<FoundBaseline | undefined> {
  const found = await findNearestSnapshot(BASELINE_KIND, store, suite, ancestors);
  return found && { baseline: found.snapshot, distance: found.distance };
}

/** Serialises a baseline (one line of JSON, in the key order it was built with). */
export function serializeBaseline(baseline: StoredBaseline): string {
  return serializeSnapshot(baseline);
}

/** Validates a stored baseline read back from storage; throws ConfigurationError if damaged. */
export function parseStoredBaseline(text: string, what: string): StoredBaseline {
  return parseSnapshot(BASELINE_KIND, text, what);
}

function parseSeries(value: unknown, what: string): BenchmarkSeries {
  if (!isRecord(value)) throw new ConfigurationError(`The ${what} is not an object.`);
  const { name, unit, direction, samples, kind, source } = value;
  if (
    typeof name !== 'string' ||
    typeof unit !== 'string' ||
    (direction !== 'smaller-is-better' && direction !== 'bigger-is-better') ||
    (kind !== 'repetitions' && kind !== 'summary') ||
    !Array.isArray(samples)
  ) {
    throw new ConfigurationError(
      `The ${what} is malformed (name, unit, direction, kind or samples).`,
    );
  }
  const values = samples.filter(
    (s): s is number => typeof s === 'number' && Number.isFinite(s) && s > 0,
  );
  if (values.length === 0 || values.length !== samples.length) {
    throw new ConfigurationError(`The ${what} has samples that are not positive finite numbers.`);
  }
  const file =
    isRecord(source) && typeof source.file === 'string' ? source.file : 'stored baseline';
  const spread = value.reportedRelativeSpread;
  return {
    name,
    unit,
    direction,
    kind,
    samples: values,
    source: { file },
    ...(typeof spread === 'number' && Number.isFinite(spread)
      ? { reportedRelativeSpread: spread }
      : {}),
  };
}
