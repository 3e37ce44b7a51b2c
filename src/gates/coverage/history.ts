/**
 * The coverage gate's snapshot: a default-branch commit's coverage (totals and line counts per
 * file), kept in the shared history store so that a later pull request can check how far its
 * coverage drops from its merge base. Where it is stored and how the nearest ancestor is found
 * is the shared layer's (src/history/snapshot.ts); what a snapshot holds and how it is validated
 * is here. One snapshot per key and commit, so monorepo components keep theirs apart.
 */
import { ConfigurationError } from '../../shared/errors.js';
import { isRecord } from '../../shared/is-record.js';
import {
  findNearestSnapshot,
  serializeSnapshot,
  type Snapshot,
  type SnapshotKind,
  type SnapshotStore,
} from '../../history/snapshot.js';
import type { CommitCoverage, Counts, CoverageBase, CoverageTotals } from './types.js';

/** Schema tag of a stored coverage snapshot. */
export const COVERAGE_SNAPSHOT_SCHEMA = 'kaizen-gates/coverage@1';

/** The coverage gate's snapshots, for the shared stores. */
export const COVERAGE_SNAPSHOT: SnapshotKind<CommitCoverage> = {
  gate: 'coverage',
  schema: COVERAGE_SNAPSHOT_SCHEMA,
  noun: 'coverage',
  fields: 'totals and files',
  parseRecord(data, what) {
    const { totals, files } = data;
    if (totals === undefined || files === undefined) return undefined;
    return { totals: parseTotals(totals, `${what}, totals`), files: parseFiles(files, what) };
  },
};

/**
 * The nearest stored coverage among `ancestors` (the merge base first, then its first-parent
 * ancestors), as the base of the drop check.
 *
 * @throws {ConfigurationError} when the nearest stored coverage is damaged.
 */
export async function findCoverageBase(
  store: SnapshotStore,
  key: string,
  ancestors: readonly string[],
): Promise<CoverageBase | undefined> {
  const found = await findNearestSnapshot(COVERAGE_SNAPSHOT, store, key, ancestors);
  if (found === undefined) return undefined;
  const { sha, createdAt, totals, files } = found.snapshot;
  return { sha, createdAt, distance: found.distance, coverage: { totals, files } };
}

/** The snapshot text of `coverage` at commit `sha` under `key`. */
export function serializeCoverageSnapshot(
  key: string,
  sha: string,
  createdAt: string,
  coverage: CommitCoverage,
): string {
  const snapshot: Snapshot<CommitCoverage> = {
    schema: COVERAGE_SNAPSHOT_SCHEMA,
    suite: key,
    sha,
    createdAt,
    totals: coverage.totals,
    files: coverage.files,
  };
  return serializeSnapshot(snapshot);
}

function parseTotals(value: unknown, what: string): CoverageTotals {
  if (!isRecord(value)) throw new ConfigurationError(`The ${what} is not an object.`);
  const totals: CoverageTotals = { lines: parseCounts(value.lines, `${what}.lines`) };
  if (value.branches !== undefined) {
    totals.branches = parseCounts(value.branches, `${what}.branches`);
  }
  if (value.functions !== undefined) {
    totals.functions = parseCounts(value.functions, `${what}.functions`);
  }
  return totals;
}

function parseFiles(value: unknown, what: string): Record<string, Counts> {
  if (!isRecord(value))
    throw new ConfigurationError(`The ${what} has files that are not an object.`);
  const files: Record<string, Counts> = {};
  for (const [path, counts] of Object.entries(value)) {
    files[path] = parseCounts(counts, `${what}, file '${path}'`);
  }
  return files;
}

/** Covered and total: whole numbers, covered never above total. */
function parseCounts(value: unknown, what: string): Counts {
  if (
    !isRecord(value) ||
    !isCount(value.covered) ||
    !isCount(value.total) ||
    value.covered > value.total
  ) {
    throw new ConfigurationError(
      `The ${what} is not a count (covered and total whole numbers, covered at most total).`,
    );
  }
  return { covered: value.covered, total: value.total };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
