import { describe, expect, it } from 'vitest';
import {
  createGoCoverprofileParser,
  parseGoCoverprofile,
} from '../../../src/gates/coverage/parse/go-coverprofile.js';
import { fileNamed, fixtureText, parseInPieces, randomSizes, totals } from './helpers.js';

const FIXTURES = [
  'coverage.out',
  'coverage-dashes.out',
  'coverage-one-slash.out',
  'coverage-two-slashes.out',
  'covdemo-set.out',
  'covdemo-count.out',
  'covdemo-atomic.out',
];

/** Statement totals of a profile as `go tool cover -func` computes them (after `end`). */
function statementPercent(text: string): string {
  const parser = createGoCoverprofileParser();
  parser.write(text);
  parser.end();
  const { covered, total } = parser.statementCounts();
  return ((100 * covered) / total).toFixed(1);
}

describe('Go coverprofile parser on real profiles', () => {
  it.each(FIXTURES)('%s: the same report in any pieces', (name) => {
    const text = fixtureText(`go/${name}`);
    const whole = parseGoCoverprofile(text);
    expect(whole.format).toBe('go');
    expect(parseInPieces(createGoCoverprofileParser, text, [1])).toEqual(whole);
    for (const seed of [3, 11]) {
      expect(parseInPieces(createGoCoverprofileParser, text, randomSizes(seed))).toEqual(whole);
    }
  });

  // `go tool cover -func` (Go 1.19) prints "total: (statements) 53.3%" for all three modes of the
  // generated module (test/fixtures/coverage/generate-line-formats.sh): two packages each tested
  // with -coverpkg=./..., so every block appears twice and only the merge gives 8 of 15.
  it.each(['set', 'count', 'atomic'])(
    'covdemo-%s.out: statements equal go tool cover -func',
    (mode) => {
      expect(statementPercent(fixtureText(`go/covdemo-${mode}.out`))).toBe('53.3');
    },
  );

  it('merges -coverpkg duplicates: covered when either test binary ran the block', () => {
    const report = parseGoCoverprofile(fixtureText('go/covdemo-count.out'));
    const calc = fileNamed(report, 'example.com/kaizen/covdemo/calc/calc.go');
    // Sign(x < 0) ran only in calc's own test, `x == 0` only through text's test: both covered.
    expect(calc.lines.get(6)).toBeGreaterThan(0);
    expect(calc.lines.get(8)).toBeGreaterThan(0);
    // Never(): lines 17 to 20 are one block of two statements that no test ran.
    expect([17, 18, 19, 20].map((line) => calc.lines.get(line))).toEqual([0, 0, 0, 0]);
    // Line 13 is a comment between functions: no block covers it.
    expect(calc.lines.has(13)).toBe(false);
    expect(report.files.map((file) => file.path).sort()).toEqual([
      'example.com/kaizen/covdemo/calc/calc.go',
      'example.com/kaizen/covdemo/text/text.go',
    ]);
  });

  it('sums counts in count mode (and keeps 0/1 in set mode)', () => {
    const count = fileNamed(
      parseGoCoverprofile(fixtureText('go/covdemo-count.out')),
      'example.com/kaizen/covdemo/text/text.go',
    );
    // Describe ran three times (0, 0, 7): `case 0` twice.
    expect(count.lines.get(6)).toBe(3);
    expect(count.lines.get(11)).toBe(2);
    const set = fileNamed(
      parseGoCoverprofile(fixtureText('go/covdemo-set.out')),
      'example.com/kaizen/covdemo/text/text.go',
    );
    expect(set.lines.get(6)).toBe(1);
  });

  it('expands blocks to lines and keeps import paths as written', () => {
    const report = parseGoCoverprofile(fixtureText('go/coverage-dashes.out'));
    expect(report.files.map((file) => file.path)).toEqual([
      'github.com/evilmartians/lefthook-go/internal/log/log.go',
    ]);
    expect(totals(report).lines).toEqual({ covered: 12, total: 12 });
  });

  it('adds no coverable line for a block of zero statements', () => {
    const report = parseGoCoverprofile(fixtureText('go/coverage-one-slash.out'));
    expect(fileNamed(report, 'mymodule/main.go').lines.size).toBe(0);
  });

  it.each([
    ['', 'go coverprofile: line 1: empty: a Go coverprofile starts with "mode: set|count|atomic"'],
    ['SF:a.c\n', 'go coverprofile: line 1: expected "mode: set|count|atomic", found "SF:a.c"'],
    ['mode: fast\n', 'go coverprofile: line 1: unknown mode "fast"'],
    [
      'mode: set\na.go:1.2,3.4 1\n',
      'go coverprofile: line 2: expected "file:line.col,line.col statements count", found "a.go:1.2,3.4 1"',
    ],
    [
      'mode: set\na.go:5.2,3.4 1 1\n',
      'go coverprofile: line 2: block ends (line 3) before it starts (line 5)',
    ],
    [
      'mode: set\na.go:1.2,3.4 1 1\na.go:1.2,3.4 2 1\n',
      'go coverprofile: line 3: block a.go:1.2,3.4 repeated with 2 statements (first 1)',
    ],
  ])('rejects %j', (text, message) => {
    expect(() => parseGoCoverprofile(text)).toThrow(message);
  });
});
