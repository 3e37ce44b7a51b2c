/**
 * Stored baselines: the results of a default-branch commit, kept so that a later pull request can
 * compare against its merge base. The store is an interface so the action (GitHub's cache) and
 * the CLI (a directory) share the lookup logic: walk the merge base's ancestors, nearest first.
 */
import { ConfigurationError } from '../../shared/errors.js';
import type { BenchmarkSeries } from './types.js';
import { isRecord } from '../../shared/is-record.js';

/** Schema tag of a stored baseline file. */
export const BASELINE_SCHEMA = 'kaizen-gates/bench-baseline@1';

/** A stored baseline. */
export interface StoredBaseline {
  schema: typeof BASELINE_SCHEMA;
  suite: string;
  /** The commit the results belong to. */
  sha: string;
  /** ISO time of the run that stored it. */
  createdAt: string;
  benchmarks: BenchmarkSeries[];
}

/** Raw storage of baselines by suite and commit. */
export interface BaselineStore {
  /** The serialised baseline of `sha`, or undefined when none is stored. */
  read(suite: string, sha: string): Promise<string | undefined>;
  /**
   * Reads the first of `shas` (nearest first) that has a baseline. Stores that can look up many
   * keys at once (the cache's restore keys) override this.
   */
  readFirst?(
    suite: string,
    shas: readonly string[],
  ): Promise<{ sha: string; text: string } | undefined>;
  /** Stores the serialised baseline of `sha`. */
  write(suite: string, sha: string, text: string): Promise<void>;
}

/** A baseline found for a pull request. */
export interface FoundBaseline {
  baseline: StoredBaseline;
  /** How many commits before the merge base it was found (0: the merge base itself). */
  distance: number;
}

/**
 * Finds the nearest stored baseline among `ancestors` (the merge base first, then its
 * first-parent ancestors). The newest run of the branch is deliberately not used: it may
 * contain commits the pull request does not, which shows up as spurious changes.
 */
export async function findBaseline(
  store: BaselineStore,
  suite: string,
  ancestors: readonly string[],
): Promise<FoundBaseline | undefined> {
  if (ancestors.length === 0) return undefined;
  let hit: { sha: string; text: string } | undefined;
  if (store.readFirst) {
    hit = await store.readFirst(suite, ancestors);
  } else {
    for (const sha of ancestors) {
      const text = await store.read(suite, sha);
      if (text !== undefined) {
        hit = { sha, text };
        break;
      }
    }
  }
  if (!hit) return undefined;
  return {
    baseline: parseStoredBaseline(hit.text, `stored baseline of ${hit.sha}`),
    distance: ancestors.indexOf(hit.sha),
  };
}

/** Serialises a baseline (stable key order, one benchmark per line for readable diffs). */
export function serializeBaseline(baseline: StoredBaseline): string {
  return `${JSON.stringify(baseline)}\n`;
}

/** Validates a stored baseline read back from storage; throws ConfigurationError if damaged. */
export function parseStoredBaseline(text: string, what: string): StoredBaseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The ${what} is not valid JSON (${(error as Error).message}).`);
  }
  if (!isRecord(data) || data.schema !== BASELINE_SCHEMA) {
    throw new ConfigurationError(
      `The ${what} is not a kaizen-gates baseline (schema ${BASELINE_SCHEMA}).`,
    );
  }
  const { suite, sha, createdAt, benchmarks } = data;
  if (
    typeof suite !== 'string' ||
    typeof sha !== 'string' ||
    typeof createdAt !== 'string' ||
    !Array.isArray(benchmarks)
  ) {
    throw new ConfigurationError(`The ${what} lacks suite, sha, createdAt or benchmarks.`);
  }
  return {
    schema: BASELINE_SCHEMA,
    suite,
    sha,
    createdAt,
    benchmarks: benchmarks.map((b, i) => parseSeries(b, `${what}, benchmark ${i + 1}`)),
  };
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
