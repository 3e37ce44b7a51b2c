/**
 * Realistic benchmark names (issue 14, item 1), end to end on real tool outputs: every benchmark
 * keeps a name cell of its own, in the verdict, the PR comment and the console at any width, and
 * no number is ever cut.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import { parseBenchFile } from '../../src/gates/bench/parse/parse-bench-file.js';
import { buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { renderConsole } from '../../src/report/console.js';
import { renderComment } from '../../src/report/markdown.js';
import type { Cell, Table, Verdict } from '../../src/verdict/types.js';
import { expectSafeMarkdown, tables } from '../report/markdown-oracle.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

function read(path: string): { path: string; text: string } {
  return { path, text: readFileSync(new URL(path, FIXTURES), 'utf8') };
}

/** The verdict of `head` against `base`, two real result files (the same file: all unchanged). */
function verdictOf(base: string, head: string): Verdict {
  const analysis = analyzeBench(
    parseBenchFile(read(base)).benchmarks,
    parseBenchFile(read(head)).benchmarks,
    { ...defaultAnalysisOptions, baselineFrom: 'same-job' },
  );
  return buildBenchVerdict(analysis, {
    key: 'default',
    baseline: { kind: 'files', label: `result files (${base})` },
  });
}

const cellText = (cell: Cell | undefined): string =>
  cell === undefined ? '' : typeof cell === 'object' ? cell.text : String(cell);

/** The comparison tables (their last column names the benchmark). */
const benchTables = (verdict: Verdict): Table[] =>
  verdict.tables.filter((table) => table.id === 'changes' || table.id === 'unchanged');

const SUITES = [
  {
    suite: 'Go sub-benchmarks (format=…/message=…/size=…-16)',
    base: 'bench-names/go_decode_base.txt',
    head: 'bench-names/go_decode_head.txt',
    pattern: 'BenchmarkDecode/…-16',
  },
  {
    suite: 'pytest parametrised ids',
    base: 'bench-names/pytest_codec_base.json',
    head: 'bench-names/pytest_codec_head.json',
    pattern: 'test_codec_bench.py::…',
  },
  {
    suite: 'hyperfine commands with a parameter list',
    base: 'bench-names/hyperfine_codec_base.json',
    head: 'bench-names/hyperfine_codec_head.json',
    pattern: '',
  },
  {
    suite: 'hyperfine commands that differ in a number',
    base: 'bench/generated/hyperfine_parameter_scan.json',
    head: 'bench/generated/hyperfine_parameter_scan.json',
    pattern: '',
  },
  {
    suite: 'short Google Benchmark names (the demo)',
    base: '../../examples/bench/base-1.json',
    head: '../../examples/bench/head-1.json',
    pattern: '',
  },
];

describe.each(SUITES)('$suite', ({ base, head, pattern }) => {
  const verdict = verdictOf(base, head);
  const comparisons = (verdict.data?.comparisons ?? []) as { name: string }[];
  const rows = benchTables(verdict).flatMap((table) => table.rows);

  it('shows the shared part once, in the table titles, and a name cell of its own per benchmark', () => {
    expect(rows.length).toBe(comparisons.length);
    expect(rows.length).toBeGreaterThan(1);
    const names = rows.map((row) => cellText(row[5]));
    expect(new Set(names).size).toBe(names.length);
    for (const table of benchTables(verdict)) {
      if (pattern === '') expect(table.title).not.toContain(' of ');
      else expect(table.title.endsWith(` of ${pattern}`)).toBe(true);
    }
    // Each cell is its benchmark's name with the pattern's two sides left out.
    const [prefix = '', suffix = ''] = pattern === '' ? [] : pattern.split('…');
    const full = new Set(comparisons.map((c) => c.name));
    for (const name of names) {
      const tail = / \([^()]+\)$/.exec(name)?.[0] ?? '';
      const core = name.slice(0, name.length - tail.length);
      expect(
        full.has(prefix + core + suffix + tail) || full.has(prefix + name + suffix),
        name,
      ).toBe(true);
    }
  });

  it('renders every name cell apart and every number whole in the PR comment', () => {
    const comment = renderComment(verdict, { version: '0.1.0', summaryHint: 'the job summary' });
    expectSafeMarkdown(comment);
    const rendered = tables(comment).filter((table) => table[0]?.at(-1) === 'Benchmark');
    const renderedRows = rendered.flatMap((table) => table.slice(1));
    expect(renderedRows).toHaveLength(rows.length);
    // Row for row, each cell shows exactly the verdict's text: nothing cut, no two names alike.
    expect(renderedRows).toEqual(rows.map((row) => row.map(cellText)));
    const names = renderedRows.map((row) => row.at(-1));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([undefined, 40, 60, 80, 100, 120, 160])(
    'prints every name and number whole in the console (width %s)',
    (width) => {
      const output = renderConsole(verdict, { color: false, width });
      const squashed = output.replace(/\s+/g, '');
      for (const row of rows) {
        // Numbers (change, p, medians) wrap only between words: each word whole on a line, as
        // it is, and whole cells when the width allows (no terminal, or a wide one).
        for (const number of row.slice(1, 5)) {
          for (const word of cellText(number).split(' ')) expect(output).toContain(word);
          if (width === undefined || width >= 160) expect(output).toContain(cellText(number));
        }
        // A name may wrap onto more lines, but all of it is there, in one piece.
        expect(squashed).toContain(cellText(row[5]).replace(/\s+/g, ''));
      }
      if (width === undefined) {
        // Not a terminal: each row on one line, its name whole at its end.
        for (const row of rows) {
          const name = cellText(row[5]);
          expect(output.split('\n').some((line) => line.endsWith(`  ${name}`))).toBe(true);
        }
      } else {
        // In a terminal, every line that holds no number fits the width.
        for (const line of output.split('\n')) {
          if (line.startsWith('  ') && !/\d/.test(line))
            expect(line.length).toBeLessThanOrEqual(width);
        }
      }
    },
  );
});
