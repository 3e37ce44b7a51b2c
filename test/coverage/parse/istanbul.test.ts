import { describe, expect, it } from 'vitest';
import {
  createIstanbulParser,
  createIstanbulSummaryParser,
  parseIstanbul,
  parseIstanbulSummary,
} from '../../../src/gates/coverage/parse/istanbul.js';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import { fileNamed, fixtureText, parseInPieces, randomSizes, totals } from './helpers.js';

// One nyc 17 run written by three reporters (test/fixtures/coverage/generate-line-formats.sh).
const FINAL = 'istanbul/nyc-pricing.coverage-final.json';
const SUMMARY = 'istanbul/nyc-pricing.coverage-summary.json';
const LCOV = 'istanbul/nyc-pricing.lcov';

describe('Istanbul coverage-final.json', () => {
  it('gives what Istanbul’s own lcov reporter wrote for the same run', () => {
    const fromJson = parseIstanbul(fixtureText(FINAL));
    expect(fromJson.format).toBe('istanbul');
    // Same files, same line hits (max over statements starting on a line), same functions, same
    // branch counts per line: only the branch identities differ, and the domain does not keep them.
    expect(fromJson.files).toEqual(parseLcov(fixtureText(LCOV)).files);
  });

  it('has the totals lcov --summary and nyc print', () => {
    // lcov --summary of nyc's LCOV: 7 of 8 lines, 2 of 3 functions, 6 of 12 branches; nyc's
    // text-summary prints the same (Lines 7/8, Functions 2/3, Branches 6/12).
    expect(totals(parseIstanbul(fixtureText(FINAL)))).toEqual({
      lines: { covered: 7, total: 8 },
      functions: { covered: 2, total: 3 },
      branches: { covered: 6, total: 12 },
    });
  });

  it('takes the highest count of the statements starting on a line', () => {
    const pricing = fileNamed(parseIstanbul(fixtureText(FINAL)), 'pricing.js');
    // Line 2 holds two declarations run once each; line 5 a guard run twice and a throw never run.
    expect(pricing.lines.get(2)).toBe(1);
    expect(pricing.lines.get(5)).toBe(2);
    expect(pricing.functions).toContainEqual({ name: 'unused', line: 11, hits: 0 });
  });

  it('the same report in any pieces', () => {
    const text = fixtureText(FINAL);
    const whole = parseIstanbul(text);
    expect(parseInPieces(createIstanbulParser, text, [1])).toEqual(whole);
    expect(parseInPieces(createIstanbulParser, text, randomSizes(5))).toEqual(whole);
  });

  it.each([
    ['{"a.js": {"statementMap": {}', 'istanbul: invalid JSON at line 1, column 29: '],
    ['[1, 2]', 'istanbul: the document: expected an object of file coverage, found [1,2]'],
    [
      '{"a.js": {"statementMap": {}, "s": {}, "b": {"0": 3}, "branchMap": {"0": {"loc": {"start": {"line": 2}}}}}}',
      'istanbul: "a.js".b.0: expected an array of counts, found 3',
    ],
    [
      '{"a.js": {"statementMap": {"0": {"start": {}}}, "s": {"0": 1}}}',
      'istanbul: "a.js".statementMap.0: expected a location with a start line (loc), found',
    ],
    ['', 'istanbul: the report is empty'],
  ])('rejects %j', (text, message) => {
    expect(() => parseIstanbul(text)).toThrow(message);
  });

  it('rejects an LCOV file with the line of the error', () => {
    expect(() => parseIstanbul(fixtureText(LCOV))).toThrow(
      /^istanbul: invalid JSON at line 1, column 1/,
    );
  });

  it('rejects a SimpleCov result set: no file has statementMap', () => {
    expect(() => parseIstanbul(fixtureText('simplecov/with-branches.resultset.json'))).toThrow(
      'istanbul: "Rspec": expected a file coverage object with statementMap and s',
    );
  });
});

describe('Istanbul coverage-summary.json', () => {
  it('gives the totals nyc wrote, and no files', () => {
    const report = parseIstanbulSummary(fixtureText(SUMMARY));
    expect(report).toEqual({
      format: 'istanbul-summary',
      files: [],
      sourceRoots: [],
      totalsOnly: {
        lines: { covered: 7, total: 8 },
        statements: { covered: 10, total: 12 },
        functions: { covered: 2, total: 3 },
        branches: { covered: 6, total: 12 },
      },
      warnings: [],
    });
    // The same totals as the full report of the same run.
    const full = totals(parseIstanbul(fixtureText(FINAL)));
    expect(report.totalsOnly?.lines).toEqual(full.lines);
    expect(report.totalsOnly?.branches).toEqual(full.branches);
  });

  it('the same totals in any pieces', () => {
    const text = fixtureText(SUMMARY);
    expect(parseInPieces(createIstanbulSummaryParser, text, [1])).toEqual(
      parseIstanbulSummary(text),
    );
  });

  it.each([
    [
      '{}',
      'istanbul: the document: expected an object with a "total" entry (coverage-summary.json)',
    ],
    [
      '{"total": {"lines": {"total": 3, "covered": 4}}}',
      'istanbul: total.lines: expected whole numbers with 0 ≤ covered ≤ total',
    ],
  ])('rejects %j', (text, message) => {
    expect(() => parseIstanbulSummary(text)).toThrow(message);
  });
});
