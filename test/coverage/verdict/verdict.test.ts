import { describe, expect, it } from 'vitest';
import { changedFilesOf } from '../../../src/diff/changed-lines.js';
import { analyzeCoverage } from '../../../src/gates/coverage/analyze.js';
import type {
  CoverageBase,
  CoverageThresholds,
  PathMapping,
  RepoFileCoverage,
} from '../../../src/gates/coverage/types.js';
import { buildCoverageVerdict } from '../../../src/gates/coverage/verdict.js';
import { renderComment } from '../../../src/report/markdown.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { buildCheckRunReport } from '../../../src/report/check-run.js';
import { fileOf } from '../analyze/support.js';
import { expectSafeMarkdown, tables } from '../../report/markdown-oracle.js';

/**
 * Counted by hand: src/a.ts 3 of 5 (2 and 4 uncovered), src/b.ts 1 of 3 (1 and 2 uncovered),
 * src/z.ts 2 of 2; total 6 of 10 = 60%. The change: a.ts 2–3 (1 of 2 covered), b.ts new (1 of
 * 3), c.ts in no report. Patch 2 of 5 = 40%.
 */
const MAPPING: PathMapping = {
  files: [
    fileOf('src/a.ts', { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 }),
    fileOf('src/b.ts', { 1: 0, 2: 0, 10: 3 }),
    fileOf('src/z.ts', { 1: 1, 2: 1 }),
  ],
  unmatched: [],
  ambiguous: [],
};

const CHANGES = changedFilesOf([
  { path: 'src/a.ts', lines: [{ start: 2, end: 3 }] },
  { path: 'src/b.ts', lines: 'whole-file' },
  { path: 'src/c.ts', lines: [{ start: 1, end: 4 }] },
]);

/** The base: 7 of 10 (70%); src/a.ts 4 of 5 (80%), src/z.ts 1 of 2 (50%). */
const BASE: CoverageBase = {
  sha: 'abc1234def5678',
  createdAt: '2026-12-01T10:00:00Z',
  distance: 0,
  coverage: {
    totals: { lines: { covered: 7, total: 10 } },
    files: { 'src/a.ts': { covered: 4, total: 5 }, 'src/z.ts': { covered: 1, total: 2 } },
  },
};

const OPTIONS = { key: 'web', against: 'by pull request #12', reportFiles: ['coverage/lcov.info'] };

function verdictOf(
  thresholds: Partial<CoverageThresholds>,
  mapping = MAPPING,
  base?: CoverageBase,
) {
  const analysis = analyzeCoverage({
    mapping,
    changes: CHANGES,
    ...(base === undefined ? {} : { base }),
    thresholds: { perFile: [], ...thresholds },
  });
  return buildCoverageVerdict(analysis, OPTIONS);
}

describe('buildCoverageVerdict', () => {
  it('leads with the failing patch check and names the other failures', () => {
    const verdict = verdictOf({ minPatch: 80, maxDrop: 5, minTotalLines: 60 }, MAPPING, BASE);
    expect(verdict.status).toBe('fail');
    expect(verdict.gate).toBe('coverage');
    expect(verdict.key).toBe('web');
    // 70% → 60%: 10 points > 5.
    expect(verdict.headline).toBe(
      'Patch coverage 40% < 80%: 3 of 5 changed lines not covered (also failing: coverage drop)',
    );
    expect(verdict.metrics).toEqual([
      { key: 'patch-coverage', label: 'Patch coverage', value: '40%', output: true },
      { key: 'uncovered-changed-lines', label: 'Changed lines not covered', value: '3 of 5' },
      { key: 'total-coverage', label: 'Total line coverage', value: '60%', output: true },
      { key: 'coverage-change', label: 'Change since base', value: '-10 pts', output: true },
    ]);
    expect(verdict.tables.map((table) => [table.id, table.collapsed ?? false])).toEqual([
      ['checks', false],
      ['changed-files', false],
      ['changed-without-coverage', true],
      ['other-files', true],
    ]);
    expect(verdict.tables[0]?.rows).toEqual([
      ['❌ fail', 'Patch coverage 40% < 80%: 3 of 5 changed lines not covered'],
      ['✅ pass', 'Total line coverage 60% ≥ 60%: 6 of 10 lines covered'],
      [
        '❌ fail',
        'Total line coverage dropped 10 points > 5 allowed: 70% at base abc1234 → 60% now',
      ],
    ]);
  });

  it('lists the changed files most uncovered first, with patch, total and change since base', () => {
    const verdict = verdictOf({ minPatch: 80 }, MAPPING, BASE);
    const changed = verdict.tables.find((table) => table.id === 'changed-files');
    expect(changed?.title).toBe('2 files changed by pull request #12 with coverage');
    expect(changed?.rows).toEqual([
      // b.ts: 2 uncovered changed lines; not in the base.
      [{ text: 'src/b.ts', code: true }, '33.3%', '1 / 3', 'lines 1–2', '33.3%', 'new'],
      // a.ts: 1 uncovered; 80% → 60%.
      [{ text: 'src/a.ts', code: true }, '50%', '1 / 2', 'lines 2', '60%', '-20'],
    ]);
    const others = verdict.tables.find((table) => table.id === 'other-files');
    expect(others?.rows).toEqual([[{ text: 'src/z.ts', code: true }, '100%', '2 / 2', '+50']]);
    expect(others?.dropPriority).toBeGreaterThan(changed?.dropPriority ?? 0);
  });

  it('makes one finding per uncovered range of changed lines', () => {
    const verdict = verdictOf({ minPatch: 80 });
    expect(verdict.findings).toEqual([
      {
        severity: 'error',
        file: 'src/b.ts',
        line: 1,
        endLine: 2,
        rule: 'coverage/uncovered-line',
        title: 'Changed lines not covered',
        message: 'Changed lines 1–2 are not covered by any test.',
      },
      {
        severity: 'error',
        file: 'src/a.ts',
        line: 2,
        endLine: 2,
        rule: 'coverage/uncovered-line',
        title: 'Changed line not covered',
        message: 'Changed line 2 is not covered by any test.',
      },
    ]);
    expect(verdictOf({ minPatch: 40 }).findings.map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
    expect(verdictOf({}).findings.map((f) => f.severity)).toEqual(['notice', 'notice']);
  });

  it('gives the figures in a passing headline', () => {
    const verdict = verdictOf({ minPatch: 40 }, MAPPING, BASE);
    expect(verdict.status).toBe('pass');
    expect(verdict.headline).toBe(
      'Patch coverage 40% (2 of 5 lines changed by pull request #12), total line coverage 60% (-10 points since base abc1234)',
    );
  });

  it('lists the files below their minimum', () => {
    const verdict = verdictOf({ minPerFile: 50, perFile: [{ pattern: 'src/z.ts', min: 100 }] });
    expect(verdict.headline).toBe(
      'File src/b.ts: line coverage 33.3% < 50%: 2 of 3 lines not covered',
    );
    const below = verdict.tables.find((table) => table.id === 'below-minimum');
    expect(below?.rows).toEqual([[{ text: 'src/b.ts', code: true }, '33.3%', '50%', '2 of 3']]);
    expect(verdict.tables.find((table) => table.id === 'checks')?.rows).toEqual([
      ['❌ fail', '1 of 3 files below its minimum line coverage (listed below)'],
    ]);
  });

  it('warns about report paths that match nothing and changed files in no report', () => {
    const verdict = verdictOf({}, { ...MAPPING, unmatched: ['/ci/gen/api.ts'] });
    expect(verdict.status).toBe('warn');
    expect(verdict.notes).toEqual([
      {
        level: 'info',
        text: 'No stored coverage of the base: no changes since the base are shown.',
      },
      {
        level: 'warning',
        text: '1 report path matches no file of the repository, so its lines count nowhere (listed below); a path fix (before::after) maps them.',
      },
      {
        level: 'warning',
        text: '1 changed file of the kinds the reports cover is in no report (listed below): no test loads it, or the coverage run leaves it out.',
      },
      { level: 'info', text: 'Read from 1 report: coverage/lcov.info.' },
    ]);
    // Without a base there is no delta column.
    expect(
      verdict.tables.find((t) => t.id === 'changed-files')?.columns.map((c) => c.header),
    ).toEqual(['File', 'Patch', 'Changed lines covered', 'Not covered', 'File total']);
    expect(verdict.tables.find((t) => t.id === 'unmatched-report-paths')?.rows).toEqual([
      [{ text: '/ci/gen/api.ts', code: true }],
    ]);
    expect(verdict.tables.find((t) => t.id === 'changed-without-coverage')?.rows).toEqual([
      [{ text: 'src/c.ts', code: true }],
    ]);
  });

  it('says which base it compared with', () => {
    const verdict = verdictOf({}, MAPPING, { ...BASE, distance: 3 });
    expect(verdict.notes[0]).toEqual({
      level: 'info',
      text: 'Base: the coverage stored for commit abc1234 (3 commits before the merge base) on 2026-12-01.',
    });
  });

  it('puts percents as numbers in the data', () => {
    const verdict = verdictOf({ minPatch: 80 }, MAPPING, BASE);
    const data = JSON.parse(JSON.stringify(verdict.data)) as Record<string, unknown>;
    expect(data.patchCoverage).toBe(40);
    expect(data.totalCoverage).toBe(60);
    expect(data.files).toEqual([
      {
        path: 'src/a.ts',
        coverage: 60,
        lines: { covered: 3, total: 5 },
        patch: { coverage: 50, covered: 1, total: 2, uncovered: [{ start: 2, end: 2 }] },
        baseLines: { covered: 4, total: 5 },
        delta: -20,
      },
      {
        path: 'src/b.ts',
        coverage: 100 / 3,
        lines: { covered: 1, total: 3 },
        patch: { coverage: 100 / 3, covered: 1, total: 3, uncovered: [{ start: 1, end: 2 }] },
      },
      {
        path: 'src/z.ts',
        coverage: 100,
        lines: { covered: 2, total: 2 },
        baseLines: { covered: 1, total: 2 },
        delta: 50,
      },
    ]);
    const empty = buildCoverageVerdict(
      analyzeCoverage({
        mapping: { files: [], unmatched: [], ambiguous: [] },
        thresholds: { perFile: [] },
      }),
      OPTIONS,
    );
    expect(empty.data).toMatchObject({ patchCoverage: null, totalCoverage: null });
    expect(empty.headline).toBe('No coverable lines in the reports');
  });
});

describe('the coverage verdict rendered', () => {
  const HOSTILE = ['@octocat.ts', '<img src=x onerror=alert(1)>.ts', 'a|b.ts', '@org/team`x`.ts'];

  it('escapes hostile paths in every place they appear', () => {
    const files: RepoFileCoverage[] = HOSTILE.map((path) => fileOf(path, { 1: 0, 2: 1 }));
    const analysis = analyzeCoverage({
      mapping: { files, unmatched: ['<img src=x>@octocat|'], ambiguous: [] },
      changes: changedFilesOf([
        ...HOSTILE.slice(0, 2).map((path) => ({ path, lines: 'whole-file' as const })),
        { path: '#1 @octocat <b>.ts', lines: 'whole-file' },
      ]),
      thresholds: { perFile: [], minPatch: 90, minPerFile: 80 },
    });
    const verdict = buildCoverageVerdict(analysis, {
      key: '@octocat',
      against: 'by pull request #12 @octocat',
      reportFiles: ['<img src=x>.info', '@octocat.lcov'],
    });
    for (const markdown of [
      renderComment(verdict, { version: 'test' }),
      renderJobSummary(verdict, { version: 'test' }),
    ]) {
      expectSafeMarkdown(markdown);
      const cells = tables(markdown).flat(2);
      for (const path of HOSTILE) expect(cells).toContain(path);
      expect(cells).toContain('<img src=x>@octocat|');
      expect(cells).toContain('#1 @octocat <b>.ts');
    }
    const report = buildCheckRunReport(verdict, {
      name: 'kaizen-gates / coverage',
      advisory: false,
      version: 'test',
    });
    expect(report.annotations.map((a) => a.path).sort()).toEqual(HOSTILE.slice(0, 2).sort());
  });

  it('keeps a 4,000-file verdict under 65,536 characters, verdict first', () => {
    const files: RepoFileCoverage[] = [];
    const changed: { path: string; lines: { start: number; end: number }[] }[] = [];
    for (let index = 0; index < 4_000; index += 1) {
      const path = `packages/component-${index % 40}/src/deeply/nested/module-${index}.ts`;
      const hits: Record<number, number> = {};
      for (let line = 1; line <= 800; line += 1) hits[line] = line % 7 === 0 ? 0 : 1;
      files.push(fileOf(path, hits));
      changed.push({ path, lines: [{ start: 100, end: 110 }] });
    }
    const analysis = analyzeCoverage({
      mapping: { files, unmatched: [], ambiguous: [] },
      changes: changedFilesOf(changed),
      thresholds: { perFile: [], minPatch: 95, minPerFile: 90 },
    });
    const verdict = buildCoverageVerdict(analysis, OPTIONS);
    const comment = renderComment(verdict, { version: 'test' });
    expect(comment.length).toBeLessThan(65_536);
    expectSafeMarkdown(comment);
    // Lines 100–110: 105 uncovered → 10 of 11 covered per file.
    expect(verdict.headline).toBe(
      'Patch coverage 90.9% < 95%: 4,000 of 44,000 changed lines not covered (also failing: per-file minimum)',
    );
    expect(comment.split('\n')[0]).toContain('Patch coverage 90.9% &lt; 95%');
    expect(comment).toContain('Thresholds');
    expect(verdict.findings).toHaveLength(4_000);
  });
});
