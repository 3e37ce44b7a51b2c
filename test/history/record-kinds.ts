/**
 * Two record types that are not bench's, for the shared history store's tests: a soak night's
 * summary (a run log) and the coverage of a commit (a snapshot). Validated as a gate would, so
 * the tests see what a second gate sees.
 */
import type { LogKind } from '../../src/history/log.js';
import type { SnapshotKind } from '../../src/history/snapshot.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { isRecord } from '../../src/shared/is-record.js';

/** What a soak gate might log per night. */
export interface SoakNight {
  /** Memory growth after warm-up, in % per hour. */
  memoryGrowthPerHour: number;
  /** p99 latency over the last window, ms. */
  p99Ms: number;
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const SOAK_LOG: LogKind<SoakNight> = {
  gate: 'soak',
  schema: 'kaizen-gates/soak-night@1',
  noun: 'soak history',
  parseRecord(data) {
    const { memoryGrowthPerHour, p99Ms } = data;
    if (!finite(memoryGrowthPerHour) || !finite(p99Ms) || p99Ms < 0) return undefined;
    return { memoryGrowthPerHour, p99Ms };
  },
};

/** What a coverage gate might keep per default-branch commit. */
export interface CommitCoverage {
  /** Covered and total lines per file. */
  files: Record<string, { covered: number; total: number }>;
}

export const COVERAGE_SNAPSHOT: SnapshotKind<CommitCoverage> = {
  gate: 'coverage',
  schema: 'kaizen-gates/coverage@1',
  noun: 'coverage snapshot',
  fields: 'files',
  parseRecord(data, what) {
    const { files } = data;
    if (!isRecord(files)) return undefined;
    const parsed: CommitCoverage['files'] = {};
    for (const [path, counts] of Object.entries(files)) {
      const covered = isRecord(counts) ? counts.covered : undefined;
      const total = isRecord(counts) ? counts.total : undefined;
      if (
        typeof covered !== 'number' ||
        typeof total !== 'number' ||
        !Number.isInteger(covered) ||
        !Number.isInteger(total) ||
        covered < 0 ||
        covered > total
      ) {
        throw new ConfigurationError(`The ${what} has bad line counts for ${path}.`);
      }
      parsed[path] = { covered, total };
    }
    return { files: parsed };
  },
};
