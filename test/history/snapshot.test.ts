/**
 * Snapshots with a record type that is not bench's (the coverage of a commit): the nearest stored
 * ancestor through each store (a directory, the restored Actions cache), damaged and foreign
 * snapshots, and the cache keys that keep gates apart.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASELINE_KIND } from '../../src/gates/bench/baseline-store.js';
import { directoryStore } from '../../src/history/directory-store.js';
import {
  MAX_CACHE_KEYS,
  restoredCacheStore,
  snapshotCacheKey,
  snapshotFile,
} from '../../src/history/restored-cache-store.js';
import {
  findNearestSnapshot,
  parseSnapshot,
  serializeSnapshot,
  type Snapshot,
  type SnapshotStore,
} from '../../src/history/snapshot.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import { COVERAGE_SNAPSHOT, type CommitCoverage } from './record-kinds.js';

const sha = (c: string): string => c.repeat(40);

function coverage(commit: string, covered: number): Snapshot<CommitCoverage> {
  return {
    schema: COVERAGE_SNAPSHOT.schema,
    suite: 'unit',
    sha: commit,
    createdAt: '2026-11-23T10:00:00.000Z',
    files: { 'src/app.ts': { covered, total: 200 } },
  };
}

/** What `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-snapshots-'));
});

describe('findNearestSnapshot over a directory', () => {
  it('finds the merge base, else the nearest stored ancestor, with its distance', async () => {
    const store = directoryStore(dir);
    await store.write('unit', sha('3'), serializeSnapshot(coverage(sha('3'), 150)));
    await store.write('unit', sha('1'), serializeSnapshot(coverage(sha('1'), 140)));
    expect(readFileSync(join(dir, 'unit', `${sha('3')}.json`), 'utf8')).toBe(
      `${JSON.stringify(coverage(sha('3'), 150))}\n`,
    );
    expect(
      await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('3'), sha('2')]),
    ).toEqual({ snapshot: coverage(sha('3'), 150), distance: 0 });
    expect(
      await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('4'), sha('2'), sha('1')]),
    ).toEqual({ snapshot: coverage(sha('1'), 140), distance: 2 });
  });

  it('finds nothing for another suite, no ancestors, or none stored', async () => {
    const store = directoryStore(dir);
    await store.write('unit', sha('1'), serializeSnapshot(coverage(sha('1'), 140)));
    expect(await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'e2e', [sha('1')])).toBeUndefined();
    expect(await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [])).toBeUndefined();
    expect(await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('7')])).toBeUndefined();
  });

  it.each(['..', '.', '', 'a/b', 'a\\b'])(
    "refuses the suite name '%s', which is not one folder inside the store",
    async (suite) => {
      const error = await rejection(directoryStore(dir).write(suite, sha('1'), 'x'));
      expect(isConfigurationError(error)).toBe(true);
      expect(String(error)).toContain(
        `The suite name '${suite}' cannot name a folder of the store`,
      );
    },
  );

  it('refuses a name that is not a commit id', async () => {
    await expect(directoryStore(dir).read('unit', '../../etc/passwd')).rejects.toThrow(
      /^directoryStore: '\.\.\/\.\.\/etc\/passwd' is not a commit id/,
    );
  });
});

describe('parseSnapshot', () => {
  it.each([
    ['not JSON', '{"schema":', /^The stored coverage snapshot of x is not valid JSON \(/],
    [
      "another gate's snapshot",
      JSON.stringify({ ...coverage(sha('1'), 1), schema: BASELINE_KIND.schema }),
      /^The stored coverage snapshot of x is not a kaizen-gates coverage snapshot \(schema kaizen-gates\/coverage@1\)\.$/,
    ],
    [
      'no commit',
      JSON.stringify({ ...coverage(sha('1'), 1), sha: 7 }),
      /^The stored coverage snapshot of x lacks suite, sha, createdAt or files\.$/,
    ],
    [
      "none of the gate's fields",
      JSON.stringify({ ...coverage(sha('1'), 1), files: [] }),
      /^The stored coverage snapshot of x lacks suite, sha, createdAt or files\.$/,
    ],
    [
      "damaged gate's fields",
      JSON.stringify({ ...coverage(sha('1'), 1), files: { 'a.ts': { covered: 9, total: 3 } } }),
      /^The stored coverage snapshot of x has bad line counts for a\.ts\.$/,
    ],
  ])('refuses %s with a ConfigurationError that names it', (_what, text, message) => {
    let caught: unknown;
    try {
      parseSnapshot(COVERAGE_SNAPSHOT, text, 'stored coverage snapshot of x');
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  it('reports the nearest damaged snapshot rather than skipping to an older one', async () => {
    const texts = new Map([
      [sha('2'), '{"schema":"kaizen-gates/coverage@1", cut off'],
      [sha('1'), serializeSnapshot(coverage(sha('1'), 140))],
    ]);
    const store: SnapshotStore = {
      read: async (_suite, commit) => texts.get(commit),
      write: async () => undefined,
    };
    const error = await rejection(
      findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('2'), sha('1')]),
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toMatch(/stored coverage snapshot of 2{40} is not valid JSON/);
  });
});

describe('restoredCacheStore', () => {
  it('writes the file the save step uploads and publishes its key', async () => {
    const keys: string[] = [];
    const store = restoredCacheStore(COVERAGE_SNAPSHOT, dir, (key) => keys.push(key));
    const text = serializeSnapshot(coverage(sha('5'), 160));
    await store.write('unit', sha('5'), text);
    expect(readFileSync(snapshotFile(dir), 'utf8')).toBe(text);
    expect(keys).toEqual([`kaizen-gates-coverage-unit-${sha('5')}`]);
  });

  it('answers the lookup with what the restore step fetched, if it is one of the ancestors', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(snapshotFile(dir), serializeSnapshot(coverage(sha('2'), 150)));
    const store = restoredCacheStore(COVERAGE_SNAPSHOT, dir, () => undefined);
    expect(
      await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('3'), sha('2')]),
    ).toEqual({ snapshot: coverage(sha('2'), 150), distance: 1 });
    expect(await store.read('unit', sha('2'))).toBeDefined();
    expect(await store.read('unit', sha('3'))).toBeUndefined();
    expect(await findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('4')])).toBeUndefined();
  });

  it('hands a damaged restored file on as the nearest hit, so that the lookup reports it', async () => {
    writeFileSync(
      snapshotFile(dir),
      JSON.stringify({ ...coverage(sha('2'), 1), files: { 'a.ts': { covered: 5, total: 1 } } }),
    );
    const store = restoredCacheStore(COVERAGE_SNAPSHOT, dir, () => undefined);
    const error = await rejection(
      findNearestSnapshot(COVERAGE_SNAPSHOT, store, 'unit', [sha('3'), sha('2')]),
    );
    expect(String(error)).toMatch(/stored coverage snapshot of 3{40} has bad line counts/);
  });

  it('keeps cache keys of different gates apart, and bench keys as they were', () => {
    expect(snapshotCacheKey(BASELINE_KIND, 'default', sha('a'))).toBe(
      `kaizen-gates-bench-default-${sha('a')}`,
    );
    expect(snapshotCacheKey(COVERAGE_SNAPSHOT, 'default', sha('a'))).not.toBe(
      snapshotCacheKey(BASELINE_KIND, 'default', sha('a')),
    );
    expect(MAX_CACHE_KEYS).toBe(10);
  });
});
