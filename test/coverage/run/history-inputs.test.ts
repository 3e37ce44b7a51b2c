/**
 * The coverage gate's snapshot (a commit's coverage in the shared store, validated when read
 * back) and its inputs (thresholds kept exact, each bad value refused with the input's name).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COVERAGE_SNAPSHOT,
  findCoverageBase,
  serializeCoverageSnapshot,
} from '../../../src/gates/coverage/history.js';
import { readCoverageInputs } from '../../../src/gates/coverage/inputs.js';
import { directoryStore } from '../../../src/history/directory-store.js';
import { parseSnapshot } from '../../../src/history/snapshot.js';
import type { CommitCoverage } from '../../../src/gates/coverage/types.js';

const sha = (c: string): string => c.repeat(40);

const coverage: CommitCoverage = {
  totals: { lines: { covered: 150, total: 200 }, branches: { covered: 3, total: 8 } },
  files: { 'src/app.ts': { covered: 120, total: 160 }, 'src/b.ts': { covered: 30, total: 40 } },
};

describe('coverage snapshots', () => {
  it('round-trips through a directory store and is found at the nearest ancestor', async () => {
    const store = directoryStore(mkdtempSync(join(tmpdir(), 'kaizen-cov-store-')));
    const text = serializeCoverageSnapshot('web', sha('b'), '2026-11-23T10:00:00.000Z', coverage);
    await store.write('web', sha('b'), text);
    const base = await findCoverageBase(store, 'web', [sha('a'), sha('b'), sha('c')]);
    expect(base).toEqual({
      sha: sha('b'),
      createdAt: '2026-11-23T10:00:00.000Z',
      distance: 1,
      coverage,
    });
    // Keys keep monorepo components apart.
    expect(await findCoverageBase(store, 'api', [sha('b')])).toBeUndefined();
  });

  it.each([
    [{ lines: { covered: 3, total: 2 } }, {}, /totals\.lines is not a count/],
    [{ lines: { covered: 1.5, total: 2 } }, {}, /totals\.lines is not a count/],
    [{ lines: { covered: 1, total: 2 } }, { 'a.ts': { covered: -1, total: 2 } }, /file 'a\.ts'/],
    [{ lines: { covered: 1, total: 2 } }, [], /files that are not an object/],
    ['all', {}, /totals is not an object/],
  ])('refuses damaged data %j %j', (totals, files, message) => {
    const text = JSON.stringify({
      schema: COVERAGE_SNAPSHOT.schema,
      suite: 'web',
      sha: sha('a'),
      createdAt: '2026-11-23T10:00:00.000Z',
      totals,
      files,
    });
    expect(() => parseSnapshot(COVERAGE_SNAPSHOT, text, 'stored coverage')).toThrow(message);
  });

  it('says which fields a snapshot without them lacks', () => {
    const text = JSON.stringify({
      schema: COVERAGE_SNAPSHOT.schema,
      suite: 'web',
      sha: sha('a'),
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    expect(() => parseSnapshot(COVERAGE_SNAPSHOT, text, 'stored coverage')).toThrow(
      'The stored coverage lacks suite, sha, createdAt or totals and files.',
    );
  });

  it('reports a damaged nearest snapshot as a ConfigurationError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-cov-store-'));
    mkdirSync(join(dir, 'default'));
    writeFileSync(join(dir, 'default', `${sha('a')}.json`), '{"schema": "kaizen-gates/coverage@1"');
    await expect(findCoverageBase(directoryStore(dir), 'default', [sha('a')])).rejects.toThrow(
      /not valid JSON/,
    );
  });
});

/** An input source from a record (unset inputs are ''). */
const source =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('readCoverageInputs', () => {
  it('reads every threshold, exact to the percent', () => {
    const inputs = readCoverageInputs(
      source({
        report: 'a.info\nb/*.xml',
        'min-patch': '7%',
        'min-total': '0.8',
        'min-branches': '99.99%',
        'min-functions': '50%',
        'min-per-file': '60%',
        'per-file': 'src/legacy/**: 20%\n"src/core/*.ts": 95%',
        'max-drop': '0.5%',
        'path-fix': '/app/::\nbuild/src::src',
      }),
    );
    expect(inputs.reports).toEqual(['a.info', 'b/*.xml']);
    expect(inputs.thresholds).toEqual({
      minPatch: 7,
      minTotalLines: 80,
      minTotalBranches: 99.99,
      minTotalFunctions: 50,
      minPerFile: 60,
      perFile: [
        { pattern: 'src/legacy/**', min: 20 },
        { pattern: 'src/core/*.ts', min: 95 },
      ],
      maxDrop: 0.5,
    });
    expect(inputs.pathFixes).toEqual([
      { before: '/app/', after: '' },
      { before: 'build/src', after: 'src' },
    ]);
    expect(inputs).toMatchObject({ format: 'auto', save: 'auto', searchDepth: 50 });
    expect(inputs.baseRef).toBeUndefined();
  });

  it('allows no drop at all, and takes the default base ref of the action', () => {
    const inputs = readCoverageInputs(source({ report: 'a.info', 'max-drop': '0' }), sha('f'));
    expect(inputs.thresholds.maxDrop).toBe(0);
    expect(inputs.baseRef).toBe(sha('f'));
    const named = readCoverageInputs(
      source({ report: 'a.info', 'base-ref': 'origin/main' }),
      sha('f'),
    );
    expect(named.baseRef).toBe('origin/main');
  });

  it.each([
    [{ report: ' ' }, /Input 'report' is required/],
    [{ 'min-total': '80' }, /Input 'min-total' is '80', which is ambiguous/],
    [{ 'min-patch': '80 percent' }, /Input 'min-patch' is '80 percent'/],
    [
      { 'min-total': '101%' },
      /Input 'min-total' is '101%'; a coverage minimum cannot be over 100%/,
    ],
    [{ 'max-drop': '-1%' }, /Input 'max-drop' is '-1%'/],
    [{ 'per-file': 'src/**' }, /Input 'per-file' has the line 'src\/\*\*'/],
    [{ 'per-file': 'src/**: lots' }, /Input 'per-file' for 'src\/\*\*' is 'lots'/],
    [{ format: 'xml' }, /Input 'format' is 'xml'; expected one of: auto, lcov, cobertura/],
    [{ save: 'sometimes' }, /Input 'save' is 'sometimes'/],
    [{ 'path-fix': 'a::b::c' }, /Input 'path-fix': .*'a::b::c'/],
  ])('refuses %j', (values, message) => {
    expect(() => readCoverageInputs(source({ report: 'a.info', ...values }))).toThrow(message);
  });
});
