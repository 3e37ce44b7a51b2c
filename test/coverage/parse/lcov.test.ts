import { describe, expect, it } from 'vitest';
import { createLcovParser, parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { fileNamed, fixtureText, parseInPieces, randomSizes, totals } from './helpers.js';

/**
 * Reference totals: `lcov --rc lcov_branch_coverage=1 --summary FILE` of Debian's lcov 1.16 (see
 * test/fixtures/coverage/generate-line-formats.sh). Where lcov 1.16 cannot read lcov 2.x function
 * records (`FNL`/`FNA`: "no data found"; `FN:start,end,name`: it takes `end,name` as the name and
 * finds no FNDA for it), the expected functions are the file's own FNF/FNH lines instead, noted.
 */
const REFERENCE: [string, { lines: number[]; functions: number[]; branches: number[] }][] = [
  ['coveralls-test.lcov', { lines: [16, 17], functions: [5, 6], branches: [7, 8] }],
  ['coveralls-for-base-path.lcov', { lines: [16, 17], functions: [5, 6], branches: [7, 8] }],
  ['coveralls-test-current-folder.lcov', { lines: [16, 17], functions: [5, 6], branches: [7, 8] }],
  // FNL/FNA: FNF:3 FNH:3 in the file.
  ['cpp_functions_coverage.lcov', { lines: [16, 17], functions: [3, 3], branches: [0, 0] }],
  ['lcov.info', { lines: [5, 10], functions: [2, 2], branches: [0, 1] }],
  // FNL/FNA: FNF:5 FNH:5 in the file.
  ['real_cpp_coverage.lcov', { lines: [27, 28], functions: [5, 5], branches: [0, 0] }],
  // FN:start,end,name (lcov 2.x): FNF:4 + FNF:5, all hit, in the file; lcov 1.16 says 9 of 18.
  ['real_python_coverage.lcov', { lines: [45, 45], functions: [9, 9], branches: [0, 0] }],
  ['real_typescript_coverage.lcov', { lines: [16, 16], functions: [5, 5], branches: [11, 11] }],
  ['typescript_branches_coverage.lcov', { lines: [11, 11], functions: [2, 2], branches: [11, 11] }],
  // coverage.py 6.5 `report` for the same run: 22 statements, 6 missed; 8 branches.
  ['coveragepy-shapes.lcov', { lines: [16, 22], functions: [0, 0], branches: [4, 8] }],
];

const asCounts = ([covered, total]: number[]) => ({ covered, total });

describe('LCOV parser on real reports', () => {
  it.each(REFERENCE)('%s: totals equal lcov --summary', (name, expected) => {
    const report = parseLcov(fixtureText(`lcov/${name}`));
    expect(report.format).toBe('lcov');
    expect(totals(report)).toEqual({
      lines: asCounts(expected.lines),
      functions: asCounts(expected.functions),
      branches: asCounts(expected.branches),
    });
  });

  it.each(REFERENCE.map(([name]) => name))('%s: the same report in any pieces', (name) => {
    const text = fixtureText(`lcov/${name}`);
    const whole = parseLcov(text);
    expect(parseInPieces(createLcovParser, text, [1])).toEqual(whole);
    for (const seed of [1, 7, 42]) {
      expect(parseInPieces(createLcovParser, text, randomSizes(seed))).toEqual(whole);
    }
  });

  it('keeps hits, big counters and the path as written', () => {
    const report = parseLcov(fixtureText('lcov/coveralls-test.lcov'));
    const run = fileNamed(report, 'spec/fixtures/lcov/lib/run.js');
    // gcov's 2^64 - 1 counter (DA:13,18446744073709551615) is a huge positive count, as lcov reads it.
    expect(run.lines.get(13)).toBeGreaterThan(2 ** 63);
    expect(run.lines.get(35)).toBe(0);
    expect(run.branches?.get(10)).toEqual({ covered: 3, total: 4 });
    expect(run.functions).toContainEqual({ name: '(anonymous_5)', line: 34, hits: 0 });
    expect(fileNamed(report, 'dist/<define:DATA>').lines).toEqual(new Map([[1, 1]]));
  });

  it('reads lcov 2.x function aliases and the FN end line', () => {
    const cpp = fileNamed(parseLcov(fixtureText('lcov/real_cpp_coverage.lcov')), 'calculator.cpp');
    expect(cpp.functions).toContainEqual({ name: '_ZN10Calculator3addEdd', line: 3, hits: 1 });
    const python = parseLcov(fixtureText('lcov/real_python_coverage.lcov'));
    expect(fileNamed(python, 'calculator.py').functions).toContainEqual({
      name: 'Calculator.add',
      line: 4,
      hits: 1,
    });
  });

  it('ignores DA checksums (coverage.py writes them)', () => {
    const shapes = fileNamed(parseLcov(fixtureText('lcov/coveragepy-shapes.lcov')), 'shapes.py');
    expect(shapes.lines.get(5)).toBe(0);
    expect(shapes.lines.get(10)).toBe(1);
  });

  it('warns when the stated LF/LH disagree with the DA lines', () => {
    const report = parseLcov(fixtureText('lcov/lcov.info'));
    expect(report.warnings).toEqual([
      'lcov: line 2: SF:test_src.txt states LF:6 LH:6 but its DA lines give 10 found, 5 hit; the DA lines are used',
    ]);
    expect(parseLcov(fixtureText('lcov/real_typescript_coverage.lcov')).warnings).toEqual([]);
  });

  it('merges repeated SF records of one file (a concatenation of two runs)', () => {
    const once = fixtureText('lcov/coveralls-test.lcov');
    const twice = parseLcov(once + once);
    expect(totals(twice)).toEqual(totals(parseLcov(once)));
    const run = fileNamed(twice, 'spec/fixtures/lcov/lib/run.js');
    expect(run.lines.get(10)).toBe(4);
    expect(run.functions).toContainEqual({ name: '(anonymous_1)', line: 7, hits: 4 });
    expect(twice.files).toHaveLength(3);
  });

  it('reads CRLF line ends the same as LF', () => {
    const text = fixtureText('lcov/real_typescript_coverage.lcov');
    expect(parseLcov(text.replaceAll('\n', '\r\n'))).toEqual(parseLcov(text));
  });

  it('reads lcov 2.x BRDA: exception branches, commas in names, "-" for never evaluated', () => {
    const report = parseLcov(
      [
        'SF:src/a.c',
        'DA:4,1',
        'BRDA:4,e0,0,-',
        'BRDA:4,e0,1,2',
        'BRDA:4,0,(x > 0) && f(a, b),1',
        'BRDA:4,0,!((x > 0) && f(a, b)),0',
        'end_of_record',
        '',
      ].join('\n'),
    );
    expect(fileNamed(report, 'src/a.c').branches).toEqual(new Map([[4, { covered: 2, total: 4 }]]));
  });

  it('keeps what is complete of a report cut off before end_of_record', () => {
    const text = fixtureText('lcov/coveralls-test.lcov');
    const cut = text.slice(0, text.indexOf('DA:35,0') + 'DA:3'.length);
    const report = parseLcov(cut);
    const run = fileNamed(report, 'spec/fixtures/lcov/lib/run.js');
    expect(run.lines.get(31)).toBe(1);
    expect(run.lines.has(3)).toBe(false);
    expect(run.lines.has(35)).toBe(false);
    expect(report.warnings).toEqual([
      'lcov: line 49: the report ends inside this line; it is ignored',
      'lcov: the report ends inside the record of SF:spec/fixtures/lcov/lib/run.js (line 22) without end_of_record: is it cut off? What it holds so far is kept',
    ]);
  });

  it('keeps a path whose characters are cut between pieces (surrogate pairs, CRLF)', () => {
    const text = 'SF:src/\u{1F389}/\u00FCber.ts\r\nDA:1,1\r\nend_of_record\r\n';
    const report = parseInPieces(createLcovParser, text, [1]);
    expect(report.files.map((file) => file.path)).toEqual(['src/\u{1F389}/\u00FCber.ts']);
    expect(report).toEqual(parseLcov(text));
  });

  it('says an empty report is empty', () => {
    const report = parseLcov(fixtureText('lcov/coveralls-empty.lcov'));
    expect(report.files).toEqual([]);
    expect(report.warnings).toEqual(['lcov: the report is empty: it names no source file']);
  });

  it.each([
    ['SF:a.c\nDA:x\nend_of_record\n', 'lcov: line 2: DA needs "line,hits": "DA:x"'],
    ['SF:a.c\nDA:3,many\n', 'lcov: line 2: DA hit count is not a whole number: "many"'],
    ['SF:a.c\nBRDA:3,1\n', 'lcov: line 2: BRDA needs "line,block,branch,taken": "BRDA:3,1"'],
    ['TN:\nDA:1,1\n', 'lcov: line 2: DA outside a record: an LCOV record starts with SF:<path>'],
    ['end_of_record\n', 'lcov: line 1: end_of_record without an SF line before it'],
    ['SF:a.c\nFNA:0,1,main\n', 'lcov: line 2: FNA names function index "0" before its FNL line'],
  ])('rejects %j', (text, message) => {
    expect(() => parseLcov(text)).toThrow(message);
  });

  it.each([
    ['a Go profile', 'go/coverage.out', 'lcov: line 1: not an LCOV line'],
    [
      'a SimpleCov result set',
      'simplecov/with-branches.resultset.json',
      'lcov: line 1: not an LCOV line',
    ],
  ])('rejects %s instead of returning an empty report', (_what, path, message) => {
    let thrown: unknown;
    try {
      parseLcov(fixtureText(path));
    } catch (error) {
      thrown = error;
    }
    expect(isConfigurationError(thrown)).toBe(true);
    expect(String(thrown)).toContain(message);
  });
});
