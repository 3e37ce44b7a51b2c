import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { createJacocoParser, parseJacoco } from '../../../src/gates/coverage/parse/jacoco.js';
import { totalsOf } from '../../../src/gates/coverage/parse/xml-files.js';
import { errorOf, fixture } from './support.js';

const FILES = [
  'jacoco-report.xml',
  'jacoco-oneline-report.xml',
  'jacoco-report-multiple-packages.xml',
];

/** JaCoCo's own per-sourcefile LINE and BRANCH counters, read with fast-xml-parser. */
function sourcefileCounters(text: string): Map<string, { lines: number[]; branches: number[] }> {
  const dom: unknown = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['package', 'sourcefile', 'counter', 'line', 'class'].includes(name),
  }).parse(text);
  const result = new Map<string, { lines: number[]; branches: number[] }>();
  const report = typeof dom === 'object' && dom !== null && 'report' in dom ? dom.report : {};
  const packages =
    typeof report === 'object' && report !== null && 'package' in report ? report.package : [];
  for (const pkg of Array.isArray(packages) ? (packages as Record<string, unknown>[]) : []) {
    const sources = Array.isArray(pkg.sourcefile)
      ? (pkg.sourcefile as Record<string, unknown>[])
      : [];
    for (const source of sources) {
      const counters = Array.isArray(source.counter)
        ? (source.counter as Record<string, string>[])
        : [];
      const pair = (type: string): number[] => {
        const c = counters.find((x) => x.type === type);
        return c === undefined ? [0, 0] : [Number(c.covered), Number(c.covered) + Number(c.missed)];
      };
      result.set(`${String(pkg.name)}/${String(source.name)}`, {
        lines: pair('LINE'),
        branches: pair('BRANCH'),
      });
    }
  }
  return result;
}

describe('parseJacoco on real reports', () => {
  it.each(FILES)('%s: every source file equals its own LINE and BRANCH counters', (file) => {
    const text = fixture(`jacoco/${file}`);
    const report = parseJacoco(text);
    const expected = sourcefileCounters(text);
    expect(expected.size).toBeGreaterThan(0);
    for (const [path, counters] of expected) {
      const parsed = report.files.find((f) => f.path === path);
      expect(parsed, path).toBeDefined();
      const totals = totalsOf(parsed ? [parsed] : []);
      expect([totals.lines.covered, totals.lines.total], path).toEqual(counters.lines);
      expect([totals.branches.covered, totals.branches.total], path).toEqual(counters.branches);
    }
  });

  it.each(['jacoco-report.xml', 'jacoco-oneline-report.xml'])(
    '%s: totals equal the report-level counters',
    (file) => {
      const parser = createJacocoParser();
      parser.write(fixture(`jacoco/${file}`));
      const report = parser.end();
      const totals = totalsOf(report.files);
      // <counter type="LINE" missed="1" covered="5"/>, BRANCH 2/2, METHOD 0/2 at the end.
      expect(parser.stated).toEqual({
        lines: { covered: 5, total: 6 },
        branches: { covered: 2, total: 4 },
        functions: { covered: 2, total: 2 },
      });
      expect(totals).toEqual({
        lines: parser.stated.lines,
        branches: parser.stated.branches,
        functions: parser.stated.functions,
      });
      expect(report.warnings).toEqual([]);
    },
  );

  it('reads package + sourcefile as the path, lines, branches and methods', () => {
    const report = parseJacoco(fixture('jacoco/jacoco-report.xml'));
    expect(report.format).toBe('jacoco');
    expect(report.sourceRoots).toEqual([]);
    const builder = report.files.find(
      (f) => f.path === 'com/jacocodemo/examples/MessageBuilder.java',
    );
    // <line nr="11" mi="5" ci="0">: not covered; nr="9" mb="2" cb="2": 2 of 4 branches.
    expect(Object.fromEntries(builder?.lines ?? [])).toEqual({
      3: 1,
      7: 1,
      9: 1,
      11: 0,
      15: 1,
      18: 1,
    });
    expect(Object.fromEntries(builder?.branches ?? [])).toEqual({ 9: { covered: 2, total: 4 } });
    expect(builder?.functions).toEqual([
      { name: '<init>', line: 3, hits: 1 },
      { name: 'getMessage', line: 7, hits: 1 },
    ]);
    // An empty <sourcefile> is still a file the report knows, with nothing coverable.
    expect(
      report.files.find((f) => f.path === 'com/jacocodemo/examples/Info.java')?.lines.size,
    ).toBe(0);
  });

  it('the one-line report gives the same report as the indented one', () => {
    expect(parseJacoco(fixture('jacoco/jacoco-oneline-report.xml'))).toEqual(
      parseJacoco(fixture('jacoco/jacoco-report.xml')),
    );
  });

  it('says so when the report-level counters disagree with the records', () => {
    // coverallsapp edited this fixture: a second package under unchanged report totals.
    const report = parseJacoco(fixture('jacoco/jacoco-report-multiple-packages.xml'));
    expect(report.warnings).toContain(
      "the report's lines counter says 5 of 6 covered; its records give 10 of 12",
    );
  });
});

describe('parseJacoco on bad input', () => {
  it('refuses a Cobertura report, naming its root element', () => {
    expect(errorOf(() => parseJacoco(fixture('cobertura/gcovr-calc.xml')))).toEqual({
      name: 'ConfigurationError',
      message: 'jacoco: line 3, column 247: not a JaCoCo report (root element <coverage>)',
    });
  });

  it('refuses a line without its counts', () => {
    const text =
      '<report name="x"><package name="p"><sourcefile name="A.java">\n  <line nr="3" mi="0"/>';
    expect(errorOf(() => parseJacoco(text)).message).toBe(
      'jacoco: line 2, column 23: <line> has no ci attribute',
    );
  });
});
