/**
 * Patch coverage against Debian's diff-cover (7.4) on the same repository and report: committed,
 * unstaged and untracked changes, files the report does not cover, lines it does not measure.
 * The counts must be equal; the percent is diff-cover's truncated to an integer
 * (`int(covered / total * 100)` in diff_cover/report_generator.py, `total_percent_covered`),
 * which the gate does not do, so only the truncation of ours is compared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../../src/gates/coverage/analyze.js';
import { parseCobertura } from '../../../src/gates/coverage/parse/cobertura.js';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import type { CoverageReport } from '../../../src/gates/coverage/types.js';
import { localChanges } from '../../../src/io/local-changes.js';
import { createTestRepo } from '../../diff/git-repo.js';
import { skipWithout, toolAvailable } from '../../support/tools.js';
import { FIXTURES, mappingOf } from './support.js';

const available = toolAvailable('diff-cover', ['--version']);
const skip = skipWithout('diff-cover', available, 'apt-get install -y diff-cover');

/** diff-cover's JSON report (the fields compared). */
interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
  total_percent_covered: number;
}

/** `count` lines of text, each naming its version and number so every edit is a real change. */
function text(version: string, count: number, edited: (line: number) => boolean): string {
  return Array.from({ length: count }, (_, index) =>
    edited(index + 1) ? `${version} ${index + 1}` : `base ${index + 1}`,
  ).join('\n');
}

/**
 * A repository with the report's files on `main`, then on a branch: every third line edited and
 * committed, every fifth (from line 1) edited in the working tree, `untracked` new and never
 * added, and a file of the same kind the report does not cover.
 */
function scenario(report: CoverageReport, untracked: string, extra: string) {
  const repo = createTestRepo();
  const sizes = new Map(
    report.files.map((file) => [file.path, Math.max(0, ...file.lines.keys()) + 3]),
  );
  for (const [path, size] of sizes) {
    if (path !== untracked)
      repo.write(
        path,
        text('base', size, () => false),
      );
  }
  repo.write('README.md', 'readme\n');
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const [path, size] of sizes) {
    if (path !== untracked)
      repo.write(
        path,
        text('head', size, (line) => line % 3 === 0),
      );
  }
  repo.write('README.md', 'readme, changed\n');
  repo.commit('feature');
  for (const [path, size] of sizes) {
    if (path === untracked)
      repo.write(
        path,
        text('new', size, () => true),
      );
    else
      repo.write(
        path,
        text('head', size, (line) => line % 3 === 0 || line % 5 === 1),
      );
  }
  repo.write(extra, 'int extra(void) { return 1; }\n');
  return repo;
}

async function compare(
  reportFile: string,
  report: CoverageReport,
  untracked: string,
  extra: string,
) {
  const repo = scenario(report, untracked, extra);
  const outside = mkdtempSync(join(tmpdir(), 'kaizen-diff-cover-'));
  const reportPath = join(outside, reportFile.replace(/^.*\//, ''));
  writeFileSync(reportPath, readFileSync(join(FIXTURES, reportFile)));
  const jsonPath = join(outside, 'diff-cover.json');
  execFileSync(
    'diff-cover',
    [reportPath, '--compare-branch=main', '--include-untracked', `--json-report=${jsonPath}`],
    {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    },
  );
  const expected = JSON.parse(readFileSync(jsonPath, 'utf8')) as DiffCoverJson;

  const lookup = await localChanges('main', repo.dir);
  if (lookup.kind !== 'changes') throw new Error(`no changes: ${lookup.reason}`);
  const mapping = mappingOf(report);
  const analysis = analyzeCoverage({
    mapping,
    changes: lookup.changes,
    thresholds: { perFile: [] },
  });
  const patch = analysis.patch ?? { covered: 0, total: 0 };

  // The scenario must exercise both covered and uncovered changed lines.
  expect(expected.total_num_lines).toBeGreaterThan(expected.total_num_violations);
  expect(expected.total_num_violations).toBeGreaterThan(0);

  expect(patch.total).toBe(expected.total_num_lines);
  expect(patch.total - patch.covered).toBe(expected.total_num_violations);
  expect(Math.floor((patch.covered * 100) / patch.total)).toBe(expected.total_percent_covered);

  const byPath = new Map(mapping.files.map((file) => [file.path, file]));
  const ours = Object.fromEntries(
    analysis.files
      .filter((file) => (file.patch?.total ?? 0) > 0)
      .map((file) => {
        const lines = byPath.get(file.path)?.lines ?? new Map<number, number>();
        const violations = (file.patch?.uncovered ?? []).flatMap((range) =>
          Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i).filter(
            (line) => lines.get(line) === 0,
          ),
        );
        return [file.path, violations];
      }),
  );
  const theirs = Object.fromEntries(
    Object.entries(expected.src_stats).map(([path, stats]) => [path, stats.violation_lines]),
  );
  expect(ours).toEqual(theirs);
  // diff-cover says nothing of the changed file no report covers; the gate lists it.
  expect(analysis.changedWithoutCoverage).toEqual([extra]);
}

describe.skipIf(skip)('patch coverage equals diff-cover’s', () => {
  it('on a gcovr Cobertura report', async () => {
    const report = parseCobertura(readFileSync(join(FIXTURES, 'cobertura/gcovr-calc.xml'), 'utf8'));
    await compare('cobertura/gcovr-calc.xml', report, 'src/calc.h', 'src/extra.c');
  });

  it('on a coverage.py LCOV report', async () => {
    const report = parseLcov(readFileSync(join(FIXTURES, 'lcov/coveragepy-shapes.lcov'), 'utf8'));
    await compare('lcov/coveragepy-shapes.lcov', report, 'shapes.py', 'extra.py');
  });

  it('differs on purpose where shards disagree: a line one report leaves out stays uncovered', async () => {
    // diff-cover intersects the violations of several reports (violations_reporter.py,
    // `_cache_file`): line 3, uncovered in the first report and absent from the second, stops
    // being a violation though no report covers it. Reports merge here first, so it stays
    // uncovered: a line is covered when some report covers it.
    const repo = createTestRepo();
    repo.write('f.py', 'a\nb\nc\nd\ne\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('f.py', 'A\nB\nC\nD\nE\n');
    repo.commit('feature');
    const outside = mkdtempSync(join(tmpdir(), 'kaizen-diff-cover-'));
    const first = 'SF:f.py\nDA:1,1\nDA:2,0\nDA:3,0\nend_of_record\n';
    const second = 'SF:f.py\nDA:1,1\nDA:2,0\nend_of_record\n';
    writeFileSync(join(outside, 'one.lcov'), first);
    writeFileSync(join(outside, 'two.lcov'), second);
    const jsonPath = join(outside, 'diff-cover.json');
    execFileSync(
      'diff-cover',
      [
        join(outside, 'one.lcov'),
        join(outside, 'two.lcov'),
        '--compare-branch=main',
        `--json-report=${jsonPath}`,
      ],
      {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      },
    );
    const theirs = JSON.parse(readFileSync(jsonPath, 'utf8')) as DiffCoverJson;
    expect([theirs.total_num_lines, theirs.total_num_violations]).toEqual([3, 1]);
    const lookup = await localChanges('main', repo.dir);
    if (lookup.kind !== 'changes') throw new Error(`no changes: ${lookup.reason}`);
    const analysis = analyzeCoverage({
      mapping: mappingOf(parseLcov(first), parseLcov(second)),
      changes: lookup.changes,
      thresholds: { perFile: [] },
    });
    expect(analysis.patch).toMatchObject({ covered: 1, total: 3 });
  });
});
