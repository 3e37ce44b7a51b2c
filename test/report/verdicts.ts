/**
 * Verdicts for the reporter tests: one shaped like a real bench run (Google Benchmark names and
 * magnitudes), and builders for large and hostile ones.
 */
import type { Cell, Finding, Table, Verdict } from '../../src/verdict/types.js';

/** A bench verdict as the bench gate would produce for a pull request that slowed two benchmarks. */
export function benchVerdict(): Verdict {
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: 'default',
    status: 'fail',
    headline: '2 of 148 benchmarks regressed beyond 10% (BM_Sort/1024 +17.9%)',
    metrics: [
      { key: 'regressions', label: 'Regressions', value: 2, output: true },
      { key: 'improvements', label: 'Improvements', value: 5, output: true },
      { key: 'unchanged', label: 'Unchanged', value: 141 },
      { key: 'geomean', label: 'Geometric mean', value: '+1.2%' },
    ],
    notes: [
      {
        level: 'warning',
        text: 'BM_Alloc/64 is noisy (CV 14%): run it with `--benchmark_repetitions=20` for a firm verdict.',
      },
      {
        level: 'info',
        text: 'Compared against the baseline of `main` at 3f2c1ab (10 repetitions each).',
      },
    ],
    tables: [
      {
        id: 'regressions',
        title: 'Regressions',
        columns: [
          { header: 'Benchmark' },
          { header: 'Base', align: 'right' },
          { header: 'Head', align: 'right' },
          { header: 'Change', align: 'right' },
          { header: 'p-value', align: 'right' },
        ],
        rows: [
          [{ text: 'BM_Sort/1024', code: true }, '1.23 µs', '1.45 µs', '+17.9%', '0.0002'],
          [
            { text: 'BM_StringCopy<std::string>/64', code: true },
            '18.4 ns',
            '20.9 ns',
            '+13.6%',
            '0.0011',
          ],
        ],
      },
      {
        id: 'improvements',
        title: 'Improvements',
        collapsed: true,
        dropPriority: 1,
        columns: [
          { header: 'Benchmark' },
          { header: 'Base', align: 'right' },
          { header: 'Head', align: 'right' },
          { header: 'Change', align: 'right' },
        ],
        rows: [
          [{ text: 'BM_Hash/8', code: true }, '4.10 ns', '3.52 ns', '-14.1%'],
          [{ text: 'BM_Hash/64', code: true }, '21.7 ns', '19.0 ns', '-12.4%'],
          [{ text: 'BM_Parse_JSON', code: true }, '2.31 ms', '2.04 ms', '-11.7%'],
          [{ text: 'BM_Vector_PushBack/4096', code: true }, '9.87 µs', '8.92 µs', '-9.6%'],
          [{ text: 'BM_Map_Find/1000', code: true }, '31.2 ns', '28.8 ns', '-7.7%'],
        ],
      },
      {
        id: 'all',
        title: 'All benchmarks',
        collapsed: true,
        dropPriority: 2,
        columns: [
          { header: 'Benchmark' },
          { header: 'Head', align: 'right' },
          { header: 'Change', align: 'right' },
          { header: 'Samples', align: 'right' },
        ],
        rows: [
          [{ text: 'BM_Sort/1024', code: true }, '1.45 µs', '+17.9%', 10],
          [{ text: 'BM_Sort/8', code: true }, '38.1 ns', '+0.4%', 10],
          [{ text: 'BM_Alloc/64', code: true }, '52.3 ns', '+6.0%', 10],
        ],
      },
    ],
    findings: [
      {
        severity: 'error',
        file: 'bench/sort_bench.cc',
        line: 42,
        column: 1,
        rule: 'bench/regression',
        title: 'BM_Sort/1024 regressed by 17.9%',
        message: 'BM_Sort/1024 went from 1.23 µs to 1.45 µs (+17.9%, threshold 10%, p = 0.0002).',
      },
      {
        severity: 'warning',
        file: 'bench/alloc_bench.cc',
        line: 17,
        rule: 'bench/noisy',
        title: 'BM_Alloc/64 is noisy',
        message: 'Coefficient of variation 14% exceeds 10%; the comparison may be unreliable.',
      },
      {
        severity: 'error',
        file: 'bench/string_bench.cc',
        line: 88,
        endLine: 90,
        column: 3,
        endColumn: 9,
        rule: 'bench/regression',
        title: 'BM_StringCopy<std::string>/64 regressed by 13.6%',
        message: 'BM_StringCopy<std::string>/64 went from 18.4 ns to 20.9 ns (+13.6%, p = 0.0011).',
      },
      {
        severity: 'notice',
        rule: 'bench/new',
        title: 'BM_Parse_YAML is new',
        message: 'No baseline for BM_Parse_YAML yet; it will be compared from the next run on.',
      },
    ],
    charts: [
      {
        title: 'Slowest changes (µs)',
        xLabels: ['BM_Sort/1024', 'BM_Parse_JSON', 'BM_Vector_PushBack/4096'],
        yLabel: 'µs',
        series: [
          { name: 'base', kind: 'bar', values: [1.23, 2310, 9.87] },
          { name: 'head', kind: 'line', values: [1.45, 2040, 8.92] },
        ],
      },
    ],
  };
}

/** A table of `rows` rows named `BM_Case/<n>`, each about 60 characters of Markdown. */
export function bigTable(id: string, rows: number, extra: Partial<Table> = {}): Table {
  const cells: Cell[][] = Array.from({ length: rows }, (_, index) => [
    { text: `BM_Case/${index}`, code: true },
    `${(index % 997) + 1}.${index % 10} ns`,
    `+${(index % 50) / 10}%`,
  ]);
  return {
    id,
    title: `Table ${id}`,
    columns: [
      { header: 'Benchmark' },
      { header: 'Time', align: 'right' },
      { header: 'Change', align: 'right' },
    ],
    rows: cells,
    ...extra,
  };
}

/** `count` findings, each at a distinct line of `src/file<n % 7>.ts`, severities cycling. */
export function placedFindings(count: number): Finding[] {
  const severities = ['error', 'warning', 'notice'] as const;
  return Array.from({ length: count }, (_, index) => ({
    severity: severities[index % 3] ?? 'notice',
    file: `src/file${index % 7}.ts`,
    line: index + 1,
    rule: 'test/rule',
    title: `Finding ${index}`,
    message: `Message of finding ${index}`,
  }));
}

/** A minimal verdict to build variants from. */
export function emptyVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: 'default',
    status: 'pass',
    headline: 'No benchmark changed beyond 10%',
    metrics: [],
    tables: [],
    findings: [],
    notes: [],
    charts: [],
    ...overrides,
  };
}
