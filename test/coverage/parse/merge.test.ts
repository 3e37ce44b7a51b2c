import { describe, expect, it } from 'vitest';
import { parseGoCoverprofile } from '../../../src/gates/coverage/parse/go-coverprofile.js';
import { parseIstanbul, parseIstanbulSummary } from '../../../src/gates/coverage/parse/istanbul.js';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import { mergeCoverage } from '../../../src/gates/coverage/parse/merge.js';
import type { CoverageReport } from '../../../src/gates/coverage/types.js';
import { fileNamed, fixtureText } from './helpers.js';

/** Deep-freezes a report's arrays and objects (Maps cannot be frozen; they are compared after). */
function frozen(report: CoverageReport): CoverageReport {
  for (const file of report.files) {
    Object.freeze(file.functions);
    Object.freeze(file);
  }
  return Object.freeze(report);
}

describe('mergeCoverage', () => {
  it('merges two shards of one Go module: covered when either shard covers the line', () => {
    // The count-mode profile's two halves are the two test binaries (calc's and text's tests).
    const [header = '', ...blocks] = fixtureText('go/covdemo-count.out').trim().split('\n');
    const half = blocks.length / 2;
    const shardA = parseGoCoverprofile([header, ...blocks.slice(0, half)].join('\n'));
    const shardB = parseGoCoverprofile([header, ...blocks.slice(half)].join('\n'));
    const whole = parseGoCoverprofile(fixtureText('go/covdemo-count.out'));
    const merged = mergeCoverage([frozen(shardA), frozen(shardB)]);
    expect(merged.formats).toEqual(['go']);
    // Hits may differ (a sum of per-shard maxima against a maximum of sums); coverage may not.
    const coveredLines = (files: CoverageReport['files']) =>
      new Map(files.map((f) => [f.path, [...f.lines].map(([line, hits]) => [line, hits > 0])]));
    expect(coveredLines(merged.files)).toEqual(coveredLines(whole.files));
    expect(coveredLines(merged.files)).not.toEqual(coveredLines(shardA.files));
  });

  it('sums line and function hits and keeps every file of every format', () => {
    const lcov = parseLcov(fixtureText('lcov/coveralls-test.lcov'));
    const istanbul = parseIstanbul(fixtureText('istanbul/nyc-pricing.coverage-final.json'));
    const merged = mergeCoverage([lcov, lcov, istanbul]);
    expect(merged.formats).toEqual(['lcov', 'istanbul']);
    expect(merged.files.map((file) => file.path)).toEqual([
      ...lcov.files.map((file) => file.path),
      ...istanbul.files.map((file) => file.path),
    ]);
    const run = fileNamed({ ...lcov, files: merged.files }, 'spec/fixtures/lcov/lib/run.js');
    expect(run.lines.get(10)).toBe(4);
    expect(run.lines.get(35)).toBe(0);
    expect(run.functions).toContainEqual({ name: '(anonymous_1)', line: 7, hits: 4 });
    // Branches: the same arms seen by two reports are not counted twice.
    expect(run.branches?.get(10)).toEqual({ covered: 3, total: 4 });
    // The inputs are untouched.
    expect(fileNamed(lcov, 'spec/fixtures/lcov/lib/run.js').lines.get(10)).toBe(2);
  });

  it('takes the larger branch counts of a line', () => {
    const a = parseLcov(
      'SF:a.c\nDA:1,1\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nBRDA:1,0,2,0\nend_of_record\n',
    );
    const b = parseLcov('SF:a.c\nDA:1,1\nBRDA:1,0,0,0\nBRDA:1,0,1,3\nend_of_record\n');
    expect(mergeCoverage([a, b]).files[0]?.branches).toEqual(
      new Map([[1, { covered: 1, total: 3 }]]),
    );
  });

  it('refuses to merge a totals-only summary with another report', () => {
    const summary = parseIstanbulSummary(fixtureText('istanbul/nyc-pricing.coverage-summary.json'));
    expect(mergeCoverage([summary]).totalsOnly?.lines).toEqual({ covered: 7, total: 8 });
    expect(() =>
      mergeCoverage([summary, parseLcov(fixtureText('lcov/coveralls-test.lcov'))]),
    ).toThrow(
      'coverage: a coverage-summary.json holds totals only and cannot be merged with other reports',
    );
  });

  it('gives an empty report for no reports', () => {
    expect(mergeCoverage([])).toEqual({ formats: [], files: [], sourceRoots: [], warnings: [] });
  });
});
