import { describe, expect, it } from 'vitest';
import {
  createSimplecovParser,
  parseSimplecov,
} from '../../../src/gates/coverage/parse/simplecov.js';
import { fileNamed, fixtureText, parseInPieces, randomSizes, totals } from './helpers.js';

const FIXTURES = [
  'with-branches.resultset.json',
  'with-only-lines.resultset.json',
  'float-timestamp.resultset.json',
  'legacy-arrays.resultset.json',
];

describe('SimpleCov .resultset.json', () => {
  it.each(FIXTURES)('%s: the same report in any pieces', (name) => {
    const text = fixtureText(`simplecov/${name}`);
    const whole = parseSimplecov(text);
    expect(whole.format).toBe('simplecov');
    expect(parseInPieces(createSimplecovParser, text, [1])).toEqual(whole);
    expect(parseInPieces(createSimplecovParser, text, randomSizes(9))).toEqual(whole);
  });

  it('reads lines (index 0 is line 1, null not coverable) and branches', () => {
    const report = parseSimplecov(fixtureText('simplecov/with-branches.resultset.json'));
    const user = fileNamed(report, '/home/user/app/models/user.rb');
    expect([...user.lines]).toEqual([
      [2, 1],
      [3, 1],
      [4, 0],
      [7, 1],
      [8, 0],
      [11, 1],
      [12, 0],
      [13, 0],
    ]);
    // `if` on line 12: its `then` arm starts on 13 (reported on 12, the line before, as
    // SimpleCov's Branch#report_line does), its implicit `else` on 12 itself.
    expect(user.branches).toEqual(new Map([[12, { covered: 1, total: 2 }]]));
  });

  it('reads the older plain arrays (several files)', () => {
    // Non-null and non-zero entries of each array, counted with Python's json module.
    const report = parseSimplecov(fixtureText('simplecov/legacy-arrays.resultset.json'));
    expect(report.files).toHaveLength(5);
    expect(totals(report).lines).toEqual({ covered: 314, total: 338 });
    const api = report.files.find((file) => file.path.endsWith('/coveralls/api.rb'));
    expect(api && totals({ ...report, files: [api] }).lines).toEqual({ covered: 65, total: 72 });
  });

  it('merges command names: hits add up, a line is covered when any run covers it', () => {
    const lines = JSON.parse(fixtureText('simplecov/with-only-lines.resultset.json')) as unknown;
    const asText = JSON.stringify(lines);
    // A second suite (Minitest) that ran lines 4 and 8 once and counts line 5 (null for RSpec) as
    // coverable: the shape of a two-suite file.
    const twoSuites = `{"RSpec": ${asText.slice(asText.indexOf(':') + 1, -1)}, "Minitest": {"coverage": {"/home/user/app/models/user.rb": {"lines": [null, 0, 0, 1, 0, null, 0, 1]}}}}`;
    const user = fileNamed(parseSimplecov(twoSuites), '/home/user/app/models/user.rb');
    expect(user.lines.get(2)).toBe(1);
    expect(user.lines.get(4)).toBe(1);
    expect(user.lines.get(8)).toBe(1);
    expect(user.lines.get(12)).toBe(0);
    // nil + 0 is a coverable, uncovered line (SimpleCov's current LinesCombiner).
    expect(user.lines.get(5)).toBe(0);
    expect(
      totals({ format: 'simplecov', files: [user], sourceRoots: [], warnings: [] }).lines,
    ).toEqual({
      covered: 6,
      total: 9,
    });
  });

  it.each([
    ['{"RSpec": {"timestamp": 1}}', 'simplecov: "RSpec": expected an object with "coverage"'],
    [
      '{"RSpec": {"coverage": {"a.rb": {"lines": [1, "x"]}}}}',
      'simplecov: "RSpec".coverage["a.rb"].lines[1]: expected a hit count or null, found "x"',
    ],
    [
      '{"RSpec": {"coverage": {"a.rb": {"lines": [], "branches": {"if": {}}}}}}',
      'simplecov: "RSpec".coverage["a.rb"].branches key: expected a branch key like',
    ],
    ['{"RSpec": ', 'simplecov: invalid JSON at line 1, column 11: '],
  ])('rejects %j', (text, message) => {
    expect(() => parseSimplecov(text)).toThrow(message);
  });

  it('rejects an Istanbul report instead of returning garbage', () => {
    expect(() => parseSimplecov(fixtureText('istanbul/nyc-pricing.coverage-final.json'))).toThrow(
      'simplecov: "main.js": expected an object with "coverage"',
    );
  });
});
