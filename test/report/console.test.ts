import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { consoleChunks, MAX_CONSOLE_ROWS, renderConsole } from '../../src/report/console.js';
import { benchVerdict, emptyVerdict, placedFindings } from './verdicts.js';

describe('renderConsole', () => {
  it('renders a table of 300,000 rows (a suite that size once overflowed the call stack), showing the first rows and counting the rest', () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => [`BM_${index}`, index]);
    const output = renderConsole(
      emptyVerdict({
        tables: [{ id: 't', title: 'Huge', columns: [{ header: 'Name' }, { header: 'n' }], rows }],
      }),
      { color: false },
    );
    const lines = output.split('\n');
    expect(lines.filter((line) => /^ {2}BM_\d+ /.test(line))).toHaveLength(MAX_CONSOLE_ROWS);
    expect(output).toContain(`BM_${MAX_CONSOLE_ROWS - 1} `);
    expect(output).not.toContain(`BM_${MAX_CONSOLE_ROWS} `);
    expect(output).toContain(
      `… ${300_000 - MAX_CONSOLE_ROWS} more rows (all are in the verdict JSON)`,
    );
  });

  it('writes no escape sequence without colour, and only SGR codes with it', () => {
    const plain = renderConsole(benchVerdict(), { color: false });
    expect(plain).not.toContain('\u001B');
    const colored = renderConsole(benchVerdict(), { color: true });
    expect(colored).toContain('\u001B[1;31mFAIL\u001B[0m');
    // eslint-disable-next-line no-control-regex -- removing the renderer's own SGR codes
    expect(colored.replace(/\u001B\[[0-9;]*m/g, '')).toBe(plain);
  });

  it.each([40, 50, 72, 100])('fits every table line within %i columns', (width) => {
    const output = renderConsole(
      emptyVerdict({
        tables: [
          {
            id: 't',
            title: 'Wide',
            columns: [
              { header: 'Name' },
              { header: 'Detail' },
              { header: 'Value', align: 'right' },
            ],
            rows: [
              ['BM_' + 'VeryLongBenchmarkName'.repeat(5), '漢字'.repeat(30), '1.23 µs'],
              ['short', '😀 emoji '.repeat(10), '12'],
            ],
          },
        ],
      }),
      { color: false, width },
    );
    const tableLines = output.split('\n').filter((line) => line.startsWith('  '));
    expect(tableLines).toHaveLength(3);
    for (const line of tableLines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    // Right-aligned last column: every line ends at the same display column.
    expect(new Set(tableLines.map((line) => stringWidth(line))).size).toBe(1);
    expect(output).toContain('…');
  });

  it('aligns wide characters by display width', () => {
    const output = renderConsole(
      emptyVerdict({
        tables: [
          {
            id: 't',
            title: 'T',
            columns: [{ header: 'Name' }, { header: 'Value', align: 'right' }],
            rows: [
              ['漢字', '1'],
              ['ab', '22'],
              ['😀', '333'],
            ],
          },
        ],
      }),
      { color: false },
    );
    expect(output).toContain(
      ['  Name  Value', '  漢字      1', '  ab       22', '  😀      333'].join('\n'),
    );
  });

  it('lists findings as file:line:col severity rule message, errors first', () => {
    const output = renderConsole(
      emptyVerdict({
        findings: [
          { severity: 'notice', title: 'New benchmark', message: 'BM_X has no baseline' },
          {
            severity: 'error',
            file: 'rules/a.yml',
            line: 4,
            column: 9,
            rule: 'promql/syntax',
            title: 'Bad query',
            message: 'unexpected }',
          },
        ],
      }),
      { color: false },
    );
    expect(output).toContain(
      [
        'Findings (2)',
        '  rules/a.yml:4:9 error promql/syntax Bad query: unexpected }',
        '  notice New benchmark: BM_X has no baseline',
      ].join('\n'),
    );
  });

  it('writes many findings in pieces that make up the same text, one finding per line', () => {
    const verdict = emptyVerdict({ findings: placedFindings(1234) });
    const chunks = [...consoleChunks(verdict, { color: false })];
    expect(chunks.length).toBeGreaterThan(3);
    const output = chunks.join('');
    expect(output).toBe(renderConsole(verdict, { color: false }));
    const lines = output.split('\n');
    const findingLines = lines.slice(lines.indexOf('Findings (1234)') + 1, -1);
    expect(findingLines).toHaveLength(1234);
    expect(
      findingLines.every((line) =>
        /^ {2}src\/file\d\.ts:\d+ \w+ test\/rule Finding \d+: /.test(line),
      ),
    ).toBe(true);
    expect(new Set(findingLines).size).toBe(1234);
    // Errors first, then warnings, then notices, each in the order given (placedFindings cycles them).
    expect(findingLines[0]).toBe(
      '  src/file0.ts:1 error test/rule Finding 0: Message of finding 0',
    );
    expect(output.endsWith('Message of finding 1232\n')).toBe(true);
  });

  it('shows metrics, multi-line notes and the key', () => {
    const output = renderConsole(
      emptyVerdict({
        key: 'linux',
        metrics: [
          { key: 'a', label: 'Regressions', value: 1234.5 },
          { key: 'b', label: 'p', value: 'n/a' },
        ],
        notes: [{ level: 'warning', text: 'first line\nsecond\u001B[2J line' }],
      }),
      { color: false },
    );
    expect(output).toBe(
      [
        'PASS Benchmarks (linux): No benchmark changed beyond 10%',
        '',
        '  Regressions  1,235',
        '  p            n/a',
        '',
        'warning: first line',
        '  second[2J line',
        '',
      ].join('\n'),
    );
  });
});
