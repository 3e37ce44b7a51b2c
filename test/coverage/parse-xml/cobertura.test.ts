import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  createCoberturaParser,
  parseCobertura,
} from '../../../src/gates/coverage/parse/cobertura.js';
import { totalsOf } from '../../../src/gates/coverage/parse/xml-files.js';
import { errorOf, fixture } from './support.js';

/** Every well-formed Cobertura fixture, with its origin's numbers (see SOURCES-xml-formats.md). */
const REFERENCE: {
  file: string;
  lines: [covered: number, total: number];
  branches: [covered: number, total: number];
  why: string;
}[] = [
  // `gcovr --txt`: TOTAL 25 lines, 21 executed; `gcovr --branches --txt`: 16 branches, 12 taken.
  { file: 'gcovr-calc.xml', lines: [21, 25], branches: [12, 16], why: 'gcovr --txt' },
  // `coverage report`: TOTAL 24 statements, 6 missed, 10 branches (5 taken: the XML's own count).
  { file: 'coveragepy-shop.xml', lines: [18, 24], branches: [5, 10], why: 'coverage report' },
  // coverage.py 7.6.1 output; the root states lines 5/6, branches 4/9.
  { file: 'cobertura-conditions.xml', lines: [5, 6], branches: [4, 9], why: 'stated' },
  // .NET (OpenCover converted): the root states lines-covered 9, lines-valid 12.
  { file: 'diff-cover-dotnet_coverage.xml', lines: [9, 12], branches: [0, 0], why: 'stated' },
  // luacov: line-rate 0.90909090909091 = 10/11.
  { file: 'diff-cover-luacoverage.xml', lines: [10, 11], branches: [0, 0], why: 'line-rate' },
  { file: 'cobertura-empty-lines.xml', lines: [0, 0], branches: [0, 0], why: 'stated' },
  { file: 'cobertura-zero-only.xml', lines: [0, 0], branches: [0, 0], why: 'stated' },
  // diff-cover's test fixtures: hand-edited lines under a stale line-rate; counted by hand.
  { file: 'diff-cover-coverage.xml', lines: [5, 10], branches: [0, 0], why: 'counted' },
  { file: 'diff-cover-coverage2.xml', lines: [6, 10], branches: [0, 0], why: 'counted' },
  {
    file: 'diff-cover-coverage_missing_lines.xml',
    lines: [4, 8],
    branches: [0, 0],
    why: 'counted',
  },
  { file: 'diff-cover-unicode_coverage.xml', lines: [5, 10], branches: [0, 0], why: 'counted' },
];

/** An independent reading with fast-xml-parser (a DOM parser): file → line → hits. */
function linesByDom(text: string): Map<string, Map<number, number>> {
  const dom: unknown = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['package', 'class', 'line', 'method'].includes(name),
  }).parse(text);
  const result = new Map<string, Map<number, number>>();
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    if (key === 'class' && 'filename' in node && typeof node.filename === 'string') {
      const lines = result.get(node.filename) ?? new Map<number, number>();
      result.set(node.filename, lines);
      const own = 'lines' in node ? node.lines : undefined;
      const list = typeof own === 'object' && own !== null && 'line' in own ? own.line : [];
      for (const line of Array.isArray(list) ? (list as unknown[]) : []) {
        if (typeof line !== 'object' || line === null) continue;
        const number = Number('number' in line ? line.number : NaN);
        const hits = Number('hits' in line ? line.hits : NaN);
        if (number >= 1) lines.set(number, Math.max(hits, lines.get(number) ?? 0));
      }
      return;
    }
    for (const [childKey, child] of Object.entries(node)) walk(child, childKey);
  };
  walk(dom, '');
  return result;
}

describe('parseCobertura on real reports', () => {
  it.each(REFERENCE)('$file: totals equal $why', ({ file, lines, branches }) => {
    const report = parseCobertura(fixture(`cobertura/${file}`));
    const totals = totalsOf(report.files);
    expect(report.format).toBe('cobertura');
    expect([totals.lines.covered, totals.lines.total]).toEqual(lines);
    expect([totals.branches.covered, totals.branches.total]).toEqual(branches);
  });

  it.each(REFERENCE)('$file: every line equals an independent DOM reading', ({ file }) => {
    const text = fixture(`cobertura/${file}`);
    const report = parseCobertura(text);
    const mine = new Map(report.files.map((f) => [f.path, f.lines]));
    expect(mine).toEqual(linesByDom(text));
  });

  it.each(REFERENCE.filter((r) => r.why !== 'counted'))(
    '$file: the stated line-rate agrees with the lines read',
    ({ file, lines }) => {
      const parser = createCoberturaParser();
      parser.write(fixture(`cobertura/${file}`));
      const report = parser.end();
      const rate = parser.stated.lineRate;
      expect(rate).toBeDefined();
      const computed = lines[1] === 0 ? 0 : lines[0] / lines[1];
      expect(Math.abs((rate ?? NaN) - computed)).toBeLessThan(0.005);
      expect(report.warnings.filter((w) => w.startsWith('the report states'))).toEqual([]);
    },
  );

  it('gcovr: per-file numbers equal gcovr --txt', () => {
    const report = parseCobertura(fixture('cobertura/gcovr-calc.xml'));
    const perFile = Object.fromEntries(
      report.files.map((f) => {
        const t = totalsOf([f]);
        return [f.path, [t.lines.covered, t.lines.total, t.branches.covered, t.branches.total]];
      }),
    );
    // gcovr --txt: calc.c 13/10 missing 18-20, calc.h 4/4, main.c 8/7 missing 10;
    // gcovr --branches --txt: calc.c 8/7, calc.h 4/2, main.c 4/3.
    expect(perFile).toEqual({
      'src/calc.c': [10, 13, 7, 8],
      'src/calc.h': [4, 4, 2, 4],
      'src/main.c': [7, 8, 3, 4],
    });
    const calc = report.files.find((f) => f.path === 'src/calc.c');
    expect([18, 19, 20].map((n) => calc?.lines.get(n))).toEqual([0, 0, 0]);
    // "75% (3/4)" on line 5: `n < 0 && n > -100`, one of four outcomes never taken.
    expect(calc?.branches?.get(5)).toEqual({ covered: 3, total: 4 });
    expect(report.sourceRoots).toEqual(['.']);
  });

  it('coverage.py: per-file numbers equal coverage report, empty <source> dropped', () => {
    const report = parseCobertura(fixture('cobertura/coveragepy-shop.xml'));
    const cart = report.files.find((f) => f.path === 'shop/cart.py');
    expect(cart && totalsOf([cart]).lines).toEqual({ covered: 13, total: 19 });
    expect(report.files.map((f) => f.path).sort()).toEqual([
      'run.py',
      'shop/__init__.py',
      'shop/cart.py',
    ]);
    expect(report.sourceRoots).toHaveLength(1);
    expect(report.sourceRoots[0]).toMatch(/^\/tmp\/.*\/py$/);
  });

  it('coverage.py condition-coverage: "33% (1/3)" is 1 of 3 branches', () => {
    const report = parseCobertura(fixture('cobertura/cobertura-conditions.xml'));
    const file = report.files[0];
    expect(file?.path).toBe('src/branchy.py');
    expect(Object.fromEntries(file?.branches ?? [])).toEqual({
      4: { covered: 1, total: 2 },
      8: { covered: 2, total: 2 },
      10: { covered: 0, total: 2 },
      12: { covered: 1, total: 3 },
    });
    expect(report.sourceRoots).toEqual(['/home/runner/project']);
  });

  it('.NET: BOM, whitespace around <source>, methods with their entry line', () => {
    const text = fixture('cobertura/diff-cover-dotnet_coverage.xml');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const report = parseCobertura(text);
    expect(report.sourceRoots).toEqual(['--source', '/code/samplediff/SampleApp']);
    expect(report.files[0]?.functions).toEqual([
      { name: 'DoSomething', line: 11, hits: 2 },
      { name: 'DoSomethingNew', line: 23, hits: 0 },
      // `<lines />`: no entry line; line-rate="1" says it ran.
      { name: '.ctor', hits: 1 },
    ]);
  });

  it('a missing or empty <sources> gives no source roots; several classes give several files', () => {
    const report = parseCobertura(fixture('cobertura/diff-cover-luacoverage.xml'));
    expect(report.sourceRoots).toEqual([]);
    expect(report.files.map((f) => f.path)).toEqual(['.\\scripts\\maths.lua', 'tests/test.lua']);
    expect(parseCobertura(fixture('cobertura/diff-cover-coverage.xml')).sourceRoots).toEqual([]);
  });

  it('line number 0 (coverage.py on an empty module) is dropped with a warning', () => {
    const report = parseCobertura(fixture('cobertura/cobertura-zero-only.xml'));
    expect(report.files[0]?.lines.size).toBe(0);
    expect(report.warnings).toEqual(['kvstore/__init__.py: line number 0 ignored']);
  });

  it('the same file in several classes and packages merges, a line taking its highest hits', () => {
    const report = parseCobertura(
      [
        '<coverage><packages>',
        '<package name="a"><classes>',
        '<class name="Outer" filename="A.java"><lines>',
        '<line number="1" hits="0"/><line number="2" hits="3"/>',
        '<line number="5" hits="0" branch="true" condition-coverage="50% (1/2)"/>',
        '</lines></class>',
        '<class name="Outer$Inner" filename="A.java"><lines>',
        '<line number="1" hits="2"/><line number="9" hits="0"/>',
        '<line number="5" hits="1" branch="true" condition-coverage="100% (2/2)"/>',
        '</lines></class></classes></package>',
        '<package name="b"><classes><class name="Outer$2" filename="A.java"><lines>',
        '<line number="2" hits="1"/></lines></class></classes></package>',
        '</packages></coverage>',
      ].join('\n'),
    );
    expect(report.files).toHaveLength(1);
    expect(Object.fromEntries(report.files[0]?.lines ?? [])).toEqual({ 1: 2, 2: 3, 5: 1, 9: 0 });
    expect(report.files[0]?.branches?.get(5)).toEqual({ covered: 2, total: 2 });
  });
});

describe('parseCobertura on bad input', () => {
  it('refuses the real malformed scoverage report at the stray end tag', () => {
    // coverallsapp's fixture has a `</methods>` with no `<methods>` (line 781): not XML.
    expect(errorOf(() => parseCobertura(fixture('cobertura/cobertura.xml')))).toEqual({
      name: 'ConfigurationError',
      message: 'cobertura: line 781, column 30: unexpected close tag (expected </class>)',
    });
    expect(errorOf(() => parseCobertura(fixture('cobertura/cobertura-oneline.xml')))).toEqual({
      name: 'ConfigurationError',
      message: 'cobertura: line 1, column 29879: unexpected close tag (expected </class>)',
    });
  });

  it('names the line and column of an unclosed tag', () => {
    const text =
      '<?xml version="1.0"?>\n<coverage><packages><package><classes>\n  <class filename="a.c">\n';
    expect(errorOf(() => parseCobertura(text)).message).toBe(
      'cobertura: line 3, column 24: unclosed tag <class>',
    );
  });

  it('refuses an empty file', () => {
    expect(errorOf(() => parseCobertura('')).message).toBe(
      'cobertura: line 1, column 1: document must contain a root element',
    );
  });

  it('refuses a bad hit count and a bad condition-coverage with their position', () => {
    const bad =
      '<coverage><packages><package><classes><class filename="a.c"><lines>\n<line number="3" hits="many"/>';
    expect(errorOf(() => parseCobertura(bad)).message).toBe(
      'cobertura: line 2, column 30: <line hits="many"> is not a non-negative number',
    );
    const cond =
      '<coverage><packages><package><classes><class filename="a.c"><lines>\n<line number="3" hits="1" branch="true" condition-coverage="half"/>';
    expect(errorOf(() => parseCobertura(cond)).message).toBe(
      'cobertura: line 2, column 67: condition-coverage="half" is not like "50% (1/2)"',
    );
  });

  it('refuses a Clover report and a JaCoCo report by name', () => {
    expect(errorOf(() => parseCobertura(fixture('clover/clover-unleash.xml'))).message).toBe(
      'cobertura: line 2, column 51: not a Cobertura report (a Clover report: <coverage generated=…>)',
    );
    expect(errorOf(() => parseCobertura(fixture('jacoco/jacoco-report.xml'))).message).toBe(
      'cobertura: line 3, column 26: not a Cobertura report (root element <report>)',
    );
  });
});
