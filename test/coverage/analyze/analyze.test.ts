import { describe, expect, it } from 'vitest';
import { changedFilesOf } from '../../../src/diff/changed-lines.js';
import { analyzeCoverage, commitCoverageOf } from '../../../src/gates/coverage/analyze.js';
import { parseCobertura } from '../../../src/gates/coverage/parse/cobertura.js';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import type {
  CoverageBase,
  CoverageThresholds,
  PathMapping,
} from '../../../src/gates/coverage/types.js';
import { fileOf, fixtureText, mappingOf } from './support.js';

/**
 * A small repository, counted by hand:
 * - src/a.ts: lines 1–5 measured, 2 and 4 uncovered → 3 of 5;
 * - src/b.ts: lines 1, 2 and 10 measured, 1 and 2 uncovered → 1 of 3;
 * total 4 of 8 = 50%.
 */
const MAPPING: PathMapping = {
  files: [
    fileOf('src/a.ts', { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 }),
    fileOf('src/b.ts', { 1: 0, 2: 0, 10: 3 }),
  ],
  unmatched: ['/ci/build/gen/x.ts'],
  ambiguous: [],
};

/**
 * The change: src/a.ts lines 2–3 (2 uncovered, 3 covered), src/b.ts new (its 3 measured lines,
 * 1 covered), src/c.ts in no report, README.md not of a covered kind. Patch: 2 of 5 = 40%.
 */
const CHANGES = changedFilesOf([
  { path: 'src/a.ts', lines: [{ start: 2, end: 3 }] },
  { path: 'src/b.ts', lines: 'whole-file' },
  { path: 'src/c.ts', lines: [{ start: 1, end: 4 }] },
  { path: 'README.md', lines: [{ start: 1, end: 1 }] },
]);

const NO_THRESHOLDS: CoverageThresholds = { perFile: [] };

/** The base: 5 of 8 lines (62.5%), src/a.ts 4 of 5. */
const BASE: CoverageBase = {
  sha: 'abc1234def5678',
  createdAt: '2026-12-01T10:00:00Z',
  distance: 2,
  coverage: {
    totals: { lines: { covered: 5, total: 8 } },
    files: { 'src/a.ts': { covered: 4, total: 5 } },
  },
};

describe('analyzeCoverage on a hand-counted repository', () => {
  it('sums the totals and the patch', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      changes: CHANGES,
      thresholds: NO_THRESHOLDS,
    });
    expect(analysis.totals).toEqual({ lines: { covered: 4, total: 8 } });
    expect(analysis.patch).toEqual({ covered: 2, total: 5, uncovered: [], files: 2 });
    expect(analysis.files.map((file) => [file.path, file.totals.lines, file.patch])).toEqual([
      [
        'src/a.ts',
        { covered: 3, total: 5 },
        { covered: 1, total: 2, uncovered: [{ start: 2, end: 2 }] },
      ],
      [
        'src/b.ts',
        { covered: 1, total: 3 },
        { covered: 1, total: 3, uncovered: [{ start: 1, end: 2 }] },
      ],
    ]);
    expect(analysis.changedWithoutCoverage).toEqual(['src/c.ts']);
    expect(analysis.unmatchedReportPaths).toEqual(['/ci/build/gen/x.ts']);
    expect(analysis.checks).toEqual([]);
  });

  it('fails the patch minimum, saying how many changed lines are not covered', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      changes: CHANGES,
      thresholds: { perFile: [], minPatch: 80, minTotalLines: 50 },
    });
    expect(analysis.checks).toEqual([
      {
        kind: 'patch',
        actual: 40,
        limit: 80,
        passed: false,
        explanation: 'patch coverage 40% < 80%: 3 of 5 changed lines not covered',
      },
      {
        kind: 'total-lines',
        actual: 50,
        limit: 50,
        passed: true,
        explanation: 'total line coverage 50% ≥ 50%: 4 of 8 lines covered',
      },
    ]);
  });

  it('applies the last matching per-file rule', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      thresholds: {
        minPerFile: 10,
        perFile: [
          { pattern: 'src/**', min: 90 },
          { pattern: 'src/b.*', min: 30 },
        ],
      },
    });
    expect(analysis.files.map((file) => file.minimum)).toEqual([90, 30]);
    const perFile = analysis.checks.filter((check) => check.kind === 'per-file');
    expect(perFile.map((check) => [check.file, check.passed, check.explanation])).toEqual([
      [
        'src/a.ts',
        false,
        'src/a.ts: line coverage 60% < 90% (rule src/**): 2 of 5 lines not covered',
      ],
      [
        'src/b.ts',
        true,
        'src/b.ts: line coverage 33.3% ≥ 30% (rule src/b.*): 1 of 3 lines covered',
      ],
    ]);
  });

  it('falls back to the general per-file minimum', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      thresholds: { minPerFile: 60, perFile: [{ pattern: 'lib/**', min: 0 }] },
    });
    expect(analysis.checks.map((check) => [check.file, check.passed])).toEqual([
      ['src/a.ts', true], // exactly 60%
      ['src/b.ts', false],
    ]);
  });

  it('fails a drop beyond the limit and gives each file its base figures', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      changes: CHANGES,
      base: BASE,
      thresholds: { perFile: [], maxDrop: 10 },
    });
    // 62.5% → 50%: 12.5 points.
    expect(analysis.checks).toEqual([
      {
        kind: 'drop',
        actual: 12.5,
        limit: 10,
        passed: false,
        explanation:
          'total line coverage dropped 12.5 points > 10 allowed: 62.5% at base abc1234 → 50% now',
      },
    ]);
    expect(analysis.files.map((file) => file.baseLines)).toEqual([
      { covered: 4, total: 5 },
      undefined,
    ]);
    expect(analysis.base).toBe(BASE);
    expect(analysis.notes).toEqual([]);
  });

  it('passes a drop within the limit', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      base: BASE,
      thresholds: { perFile: [], maxDrop: 12.5 },
    });
    expect(analysis.checks[0]?.passed).toBe(true);
    expect(analysis.checks[0]?.explanation).toBe(
      'total line coverage dropped 12.5 points ≤ 12.5 allowed: 62.5% at base abc1234 → 50% now',
    );
  });

  it('passes the drop check without a base, and says so', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      thresholds: { perFile: [], maxDrop: 0 },
    });
    expect(analysis.checks).toEqual([
      {
        kind: 'drop',
        actual: undefined,
        limit: 0,
        passed: true,
        explanation: 'coverage drop not checked: no stored coverage of the base',
      },
    ]);
    expect(analysis.notes).toEqual([
      expect.stringMatching(/^No stored coverage of the merge base .*the drop check passes/),
    ]);
  });

  it('passes the patch minimum when the change has no coverable line, as diff-cover does', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      changes: changedFilesOf([{ path: 'src/b.ts', lines: [{ start: 3, end: 9 }] }]),
      thresholds: { perFile: [], minPatch: 100 },
    });
    expect(analysis.patch).toEqual({ covered: 0, total: 0, uncovered: [], files: 0 });
    expect(analysis.checks[0]).toMatchObject({ kind: 'patch', actual: undefined, passed: true });
    expect(analysis.files[1]?.patch).toEqual({ covered: 0, total: 0, uncovered: [] });
  });

  it('does not measure the patch without a change or from totals alone', () => {
    const noChange = analyzeCoverage({
      mapping: MAPPING,
      thresholds: { perFile: [], minPatch: 80 },
    });
    expect(noChange.patch).toBeUndefined();
    expect(noChange.checks[0]?.explanation).toBe(
      'patch coverage not checked: no change under review',
    );
    const totalsOnly = analyzeCoverage({
      mapping: { files: [], unmatched: [], ambiguous: [] },
      changes: CHANGES,
      totalsOnly: { lines: { covered: 7, total: 10 }, branches: { covered: 1, total: 4 } },
      thresholds: { perFile: [], minPatch: 80, minTotalLines: 70, minTotalBranches: 30 },
    });
    expect(totalsOnly.patch).toBeUndefined();
    expect(totalsOnly.checks.map((check) => [check.kind, check.passed, check.actual])).toEqual([
      ['patch', true, undefined],
      ['total-lines', true, 70],
      ['total-branches', false, 25],
    ]);
    expect(totalsOnly.checks[2]?.explanation).toBe(
      'total branch coverage 25% < 30%: 3 of 4 branches not covered',
    );
    expect(totalsOnly.changedWithoutCoverage).toEqual([]);
  });

  it('says when a branch minimum cannot be checked', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      thresholds: { perFile: [], minTotalBranches: 50 },
    });
    expect(analysis.checks[0]).toMatchObject({ kind: 'total-branches', passed: true });
    expect(analysis.notes).toEqual([
      'The reports have no branch data: the 50% minimum of total branch coverage was not checked.',
    ]);
  });

  it('orders the checks patch, total, drop, branches, functions, then files', () => {
    const analysis = analyzeCoverage({
      mapping: MAPPING,
      changes: CHANGES,
      base: BASE,
      thresholds: {
        perFile: [],
        minPerFile: 1,
        minTotalFunctions: 1,
        minTotalBranches: 1,
        maxDrop: 1,
        minTotalLines: 1,
        minPatch: 1,
      },
      warnings: ['lcov.info: the last record is cut off'],
    });
    expect(analysis.checks.map((check) => check.kind)).toEqual([
      'patch',
      'total-lines',
      'drop',
      'total-branches',
      'total-functions',
      'per-file',
      'per-file',
    ]);
    expect(analysis.notes[0]).toBe('lcov.info: the last record is cut off');
  });

  it('does not truncate: 99.99% fails a 100% minimum', () => {
    const lines: Record<number, number> = {};
    for (let line = 1; line <= 10_000; line += 1) lines[line] = line === 5_000 ? 0 : 1;
    const analysis = analyzeCoverage({
      mapping: { files: [fileOf('big.c', lines)], unmatched: [], ambiguous: [] },
      changes: changedFilesOf([{ path: 'big.c', lines: 'whole-file' }]),
      thresholds: { perFile: [], minPatch: 100, minTotalLines: 99.99 },
    });
    expect(analysis.checks.map((check) => [check.passed, check.explanation])).toEqual([
      [false, 'patch coverage 99.99% < 100%: 1 of 10,000 changed lines not covered'],
      [true, 'total line coverage 99.99% ≥ 99.99%: 9,999 of 10,000 lines covered'],
    ]);
  });

  it('does not mutate its input', () => {
    const mapping = structuredClone(MAPPING);
    analyzeCoverage({
      mapping,
      changes: CHANGES,
      base: BASE,
      thresholds: { perFile: [], minPatch: 1 },
    });
    expect(mapping).toEqual(MAPPING);
  });
});

describe('analyzeCoverage on real reports', () => {
  /** Lines of a Cobertura report per file, read with a regular expression (independent of the parser). */
  function coberturaLines(xml: string): Map<string, Map<number, number>> {
    const files = new Map<string, Map<number, number>>();
    for (const match of xml.matchAll(/<class [^>]*filename="([^"]+)"[^>]*>([\s\S]*?)<\/class>/g)) {
      const [, path = '', body = ''] = match;
      const lines = files.get(path) ?? new Map<number, number>();
      for (const line of body.matchAll(/<line number="(\d+)" hits="(\d+)"/g)) {
        lines.set(Number(line[1]), (lines.get(Number(line[1])) ?? 0) + Number(line[2]));
      }
      files.set(path, lines);
    }
    return files;
  }

  it('gcovr: patch coverage of every other line equals a count of the XML', () => {
    const xml = fixtureText('cobertura/gcovr-calc.xml');
    const mapping = mappingOf(parseCobertura(xml));
    const reference = coberturaLines(xml);
    // Every odd line of every file changed.
    const odd = Array.from({ length: 200 }, (_, index) => ({
      start: 2 * index + 1,
      end: 2 * index + 1,
    }));
    const changes = changedFilesOf([...reference.keys()].map((path) => ({ path, lines: odd })));
    const analysis = analyzeCoverage({ mapping, changes, thresholds: NO_THRESHOLDS });
    let covered = 0;
    let total = 0;
    for (const lines of reference.values()) {
      for (const [line, hits] of lines) {
        if (line % 2 === 0) continue;
        total += 1;
        if (hits > 0) covered += 1;
      }
    }
    expect(total).toBeGreaterThan(5);
    expect(covered).toBeLessThan(total);
    expect({ covered: analysis.patch?.covered, total: analysis.patch?.total }).toEqual({
      covered,
      total,
    });
  });

  it('coverage.py LCOV: totals are coverage.py’s and a new file counts every measured line', () => {
    // coverage.py 6.5 `report` for the run: 22 statements, 6 missed (SOURCES-line-formats.md).
    const mapping = mappingOf(parseLcov(fixtureText('lcov/coveragepy-shapes.lcov')));
    const analysis = analyzeCoverage({
      mapping,
      changes: changedFilesOf(
        mapping.files.map((file) => ({ path: file.path, lines: 'whole-file' as const })),
      ),
      thresholds: { perFile: [], minPatch: 80 },
    });
    expect(analysis.totals.lines).toEqual({ covered: 16, total: 22 });
    expect(analysis.patch).toMatchObject({ covered: 16, total: 22 });
    expect(analysis.checks[0]?.explanation).toBe(
      'patch coverage 72.7% < 80%: 6 of 22 changed lines not covered',
    );
  });
});

describe('commitCoverageOf', () => {
  it('keeps the totals and each file’s line counts', () => {
    expect(commitCoverageOf(MAPPING)).toEqual({
      totals: { lines: { covered: 4, total: 8 } },
      files: { 'src/a.ts': { covered: 3, total: 5 }, 'src/b.ts': { covered: 1, total: 3 } },
    });
  });

  it('sums branches and functions where the report has them', () => {
    const file = {
      ...fileOf('x.c', { 1: 1, 2: 0 }),
      branches: new Map([
        [1, { covered: 1, total: 2 }],
        [2, { covered: 0, total: 2 }],
      ]),
      functions: [
        { name: 'f', hits: 1 },
        { name: 'g', hits: 0 },
        { name: 'h', hits: 0 },
      ],
    };
    expect(
      commitCoverageOf({ files: [file, fileOf('y.c', { 1: 1 })], unmatched: [], ambiguous: [] })
        .totals,
    ).toEqual({
      lines: { covered: 2, total: 3 },
      branches: { covered: 1, total: 4 },
      functions: { covered: 1, total: 3 },
    });
  });

  it('keeps a file named __proto__ as data', () => {
    const coverage = commitCoverageOf({
      files: [fileOf('__proto__', { 1: 1 })],
      unmatched: [],
      ambiguous: [],
    });
    expect(Object.keys(coverage.files)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(coverage)).files).toEqual(
      JSON.parse('{"__proto__":{"covered":1,"total":1}}'),
    );
  });
});
