import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { createCloverParser, parseClover } from '../../../src/gates/coverage/parse/clover.js';
import { totalsOf } from '../../../src/gates/coverage/parse/xml-files.js';
import { errorOf, fixture } from './support.js';

/** Clover's own per-file `<metrics>` (statements, conditionals, methods), via fast-xml-parser. */
function fileMetrics(text: string): Map<string, number[][]> {
  const dom: unknown = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['package', 'file', 'line', 'class'].includes(name),
  }).parse(text);
  const result = new Map<string, number[][]>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const files = 'file' in node && Array.isArray(node.file) ? (node.file as unknown[]) : [];
    for (const file of files) {
      if (typeof file !== 'object' || file === null) continue;
      const f = file as Record<string, unknown>;
      const m = (typeof f.metrics === 'object' && f.metrics !== null ? f.metrics : {}) as Record<
        string,
        string
      >;
      const pair = (covered: string, total: string): number[] => [
        Number(m[covered]),
        Number(m[total]),
      ];
      result.set(String(f.path ?? f.name), [
        pair('coveredstatements', 'statements'),
        pair('coveredconditionals', 'conditionals'),
        pair('coveredmethods', 'methods'),
      ]);
    }
    const packages =
      'package' in node && Array.isArray(node.package) ? (node.package as unknown[]) : [];
    for (const pkg of packages) visit(pkg);
  };
  const coverage = typeof dom === 'object' && dom !== null && 'coverage' in dom ? dom.coverage : {};
  visit(
    typeof coverage === 'object' && coverage !== null && 'project' in coverage
      ? coverage.project
      : {},
  );
  return result;
}

describe('parseClover on real reports', () => {
  it('PHPUnit: a complete file equals its own <metrics> (statements and methods)', () => {
    const text = fixture('clover/clover-phpcsutils.xml');
    const report = parseClover(text);
    const path =
      '/home/yu/projects/PHPCSUtils/PHPCSUtils/AbstractSniffs/AbstractArrayDeclarationSniff.php';
    const file = report.files.find((f) => f.path === path);
    const totals = totalsOf(file ? [file] : []);
    // <metrics statements="79" coveredstatements="79" methods="3" coveredmethods="3">
    expect(fileMetrics(text).get(path)).toEqual([
      [79, 79],
      [0, 0],
      [3, 3],
    ]);
    expect([totals.lines.covered, totals.lines.total]).toEqual([79, 79]);
    expect([totals.functions.covered, totals.functions.total]).toEqual([3, 3]);
    expect(file?.functions?.[0]).toEqual({ name: 'process', line: 178, hits: 13 });
    // A method line is a function, not a coverable line.
    expect(file?.lines.has(178)).toBe(false);
  });

  it('Istanbul: every file equals its own statements metric, branches as Istanbul wrote them', () => {
    const text = fixture('clover/clover-unleash.xml');
    const report = parseClover(text);
    const stated = fileMetrics(text);
    expect(stated.size).toBe(2);
    for (const [path, [statements, conditionals]] of stated) {
      const file = report.files.find((f) => f.path === path);
      const totals = totalsOf(file ? [file] : []);
      // istanbul-reports writes statements = the file's line total, so these agree exactly.
      expect([totals.lines.covered, totals.lines.total], path).toEqual(statements);
      // It drops the branches of lines that hold no statement, so at most its conditionals.
      expect(totals.branches.total).toBeLessThanOrEqual(conditionals?.[1] ?? 0);
    }
    const config = report.files.find((f) => f.path.endsWith('/create-config.ts'));
    // <line num="48" count="1" type="cond" truecount="1" falsecount="1"/>: 1 of 2 branches.
    expect(config?.branches?.get(48)).toEqual({ covered: 1, total: 2 });
    expect(config?.lines.get(48)).toBe(1);
  });

  it('keeps the project <metrics> for checking and warns when the records disagree', () => {
    const parser = createCloverParser();
    parser.write(fixture('clover/clover-unleash.xml'));
    const report = parser.end();
    expect(parser.stated).toEqual({
      statements: { covered: 634, total: 1446 },
      branches: { covered: 103, total: 401 },
      functions: { covered: 86, total: 598 },
    });
    // coverallsapp kept 2 of the 82 files of this report.
    expect(report.warnings).toEqual([
      "the report's <metrics> state 634 of 1446 statements covered; its <line> records give 109 of 138 lines",
    ]);
  });

  it('reads an OpenClover cond line as two branches, true and false', () => {
    const report = parseClover(
      '<coverage generated="1" clover="4.4.1"><project><package name="p"><file name="A.java" path="/src/A.java">' +
        '<line num="3" count="4" type="cond" truecount="4" falsecount="0"/></file></package></project></coverage>',
    );
    expect(report.files[0]?.path).toBe('/src/A.java');
    expect(report.files[0]?.branches?.get(3)).toEqual({ covered: 1, total: 2 });
  });
});

describe('parseClover on bad input', () => {
  it('refuses a Cobertura report (same root element) and a JUnit report', () => {
    expect(errorOf(() => parseClover(fixture('cobertura/gcovr-calc.xml')))).toEqual({
      name: 'ConfigurationError',
      message:
        'clover: line 4, column 11: not a Clover report (<coverage> holds <sources>, not <project>)',
    });
    expect(
      errorOf(() => parseClover(fixture('cobertura/not-coverage-vitest-junit.xml'))).message,
    ).toBe('clover: line 2, column 86: not a Clover report (root element <testsuites>)');
  });

  it('refuses an unknown line type with its position', () => {
    const text = '<coverage><project><file name="a.php">\n<line num="1" type="branch" count="1"/>';
    expect(errorOf(() => parseClover(text)).message).toBe(
      'clover: line 2, column 39: <line type="branch">: expected stmt, cond or method',
    );
  });
});
