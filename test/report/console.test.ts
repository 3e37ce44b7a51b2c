import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  consoleChunks,
  DEFAULT_CONSOLE_WIDTH,
  MAX_CONSOLE_ROWS,
  renderConsole,
  terminalWidth,
  wrapWidth,
} from '../../src/report/console.js';
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

  it.each([40, 50, 72, 100])(
    'fits every table line within %i columns by wrapping text, cutting nothing',
    (width) => {
      const name = 'BM_' + 'VeryLongBenchmarkName'.repeat(5);
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
                [name, '漢字'.repeat(30), '1.23 µs'],
                ['short', '😀 emoji '.repeat(10), '12'],
              ],
            },
          ],
        }),
        { color: false, width },
      );
      const lines = output.split('\n');
      const tableLines = lines.slice(lines.indexOf('Wide') + 1, -1);
      expect(tableLines.length).toBeGreaterThan(3);
      for (const line of tableLines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      // Nothing is cut: every character of every cell is there, the numbers on one line each.
      expect(output).not.toContain('…');
      expect(output.match(/漢/g)).toHaveLength(30);
      expect(output.match(/😀/g)).toHaveLength(10);
      const table = tableLines.join('\n');
      expect(table.match(/k/g)).toHaveLength(5);
      expect(table.match(/y/g)).toHaveLength(5);
      expect(table.match(/j/g)).toHaveLength(10);
      expect(tableLines.some((line) => line.endsWith('1.23 µs'))).toBe(true);
      expect(tableLines.some((line) => / 12$/.test(line))).toBe(true);
    },
  );

  it('wraps a long name at its separators, and the pieces make the name again', () => {
    const name = 'format=protobuf/message=NestedRepeatedFields/size=4096 (allocs/op)';
    expect(wrapWidth(name, 30)).toEqual([
      'format=protobuf/',
      'message=NestedRepeatedFields/',
      'size=4096 (allocs/op)',
    ]);
    for (const width of [1, 4, 7, 12, 20, 50, 100]) {
      const pieces = wrapWidth(name, width);
      expect(pieces.join('')).toBe(name);
      for (const piece of pieces) expect(stringWidth(piece)).toBeLessThanOrEqual(width);
    }
    // Wide characters count as two columns; an emoji wider than the width gets a line of its own.
    expect(wrapWidth('漢字漢字', 4)).toEqual(['漢字', '漢字']);
    expect(wrapWidth('😀😀', 1)).toEqual(['😀', '😀']);
  });

  it('puts a name too long for its column on a line of its own above its numbers', () => {
    const names = [
      'BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=4096-16',
      'BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=64-16',
    ];
    const verdict = emptyVerdict({
      tables: [
        {
          id: 't',
          title: 'Changes',
          columns: [
            { header: 'Verdict' },
            { header: 'Change (90% CI)', align: 'right' },
            { header: 'Benchmark' },
          ],
          rows: names.map((name, index) => [
            'regressed',
            `+${index + 1}0.0% (+8.1%\u00A0… +16.0%)`,
            { text: name, code: true },
          ]),
        },
      ],
    });
    const lines = renderConsole(verdict, { color: false, width: 60 }).split('\n');
    const table = lines.slice(lines.indexOf('Changes') + 1, -1);
    expect(table).toEqual([
      '  Benchmark',
      '    Verdict            Change (90% CI)',
      '  BenchmarkDecode/format=protobuf/',
      '  message=NestedRepeatedFields/size=4096-16',
      '    regressed  +10.0% (+8.1%\u00A0… +16.0%)',
      '  BenchmarkDecode/format=protobuf/',
      '  message=NestedRepeatedFields/size=64-16',
      '    regressed  +20.0% (+8.1%\u00A0… +16.0%)',
    ]);
    // Not a terminal: one line per row, the name whole at its end.
    const whole = renderConsole(verdict, { color: false }).split('\n');
    expect(whole).toContain(`  regressed  +10.0% (+8.1%\u00A0… +16.0%)  ${names[0]}`);
  });

  it('wraps a number column only between its words, never inside a number', () => {
    const change = '+838.1% (+838.1%\u00A0… +1285.0%)';
    const output = renderConsole(
      emptyVerdict({
        tables: [
          {
            id: 't',
            title: 'Numbers',
            columns: [
              { header: 'Verdict' },
              { header: 'Change (90% CI)', align: 'right' },
              { header: 'Base (median)', align: 'right' },
              { header: 'Head (median)', align: 'right' },
            ],
            rows: [['regressed', change, '21 allocs/op', '197 allocs/op']],
          },
        ],
      }),
      { color: false, width: 40 },
    );
    const lines = output.split('\n');
    const table = lines.slice(lines.indexOf('Numbers') + 1, -1);
    for (const line of table) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // The name column moved to its own line; each number whole, broken only between words.
    expect(table).toEqual([
      '  Verdict',
      '        Change        Base        Head',
      '      (90% CI)    (median)    (median)',
      '  regressed',
      '       +838.1%          21         197',
      '    (+838.1%\u00A0…   allocs/op   allocs/op',
      '     +1285.0%)',
    ]);
  });

  it.each([
    { stream: { isTTY: true, columns: 132 }, env: { COLUMNS: '80' }, width: 132 },
    { stream: { isTTY: true }, env: { COLUMNS: '80' }, width: 80 },
    { stream: { isTTY: true, columns: 0 }, env: { COLUMNS: 'wide' }, width: DEFAULT_CONSOLE_WIDTH },
    { stream: { isTTY: false, columns: 132 }, env: { COLUMNS: '80' }, width: undefined },
    { stream: {}, env: {}, width: undefined },
  ])('reads the terminal width of $stream with $env as $width', ({ stream, env, width }) => {
    expect(terminalWidth(stream, env)).toBe(width);
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
