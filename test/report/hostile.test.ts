/**
 * Every user-controlled field of a verdict filled with a hostile string, checked in every
 * rendering: the comment, the job summary, the check run and the console.
 */
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/verdict/types.js';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import { renderConsole } from '../../src/report/console.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { expectSafeMarkdown, parse, tables } from './markdown-oracle.js';

const HOSTILE: Array<[string, string]> = [
  ['a mention', '@octocat'],
  ['a team mention', '@org/team'],
  ['an issue reference', '#123'],
  ['a cross-repository reference', 'owner/repo#1'],
  ['a GH reference', 'GH-1'],
  ['a details break-out', '</details><script>alert(1)</script>'],
  ['a forged marker', '<!-- kaizen-gates:bench:default -->'],
  ['table pipes', '| a | b |'],
  ['line breaks', 'line one\nline two\r\n\n| x |'],
  ['backtick runs', 'a ``` b ```` c `'],
  ['a javascript link', '[link](javascript:alert(1))'],
  ['an image', '![img](http://x)'],
  ['an RTL override', 'abc\u202Edef\u202C'],
  ['NUL and ESC', 'nul\u0000 esc\u001B[2J\u001B]0;title\u0007 csi\u009B31m'],
  ['a 10,000-character string', '@x|`<'.repeat(2000)],
  ['emoji at the cap boundary', '😀'.repeat(5000)],
  ['a lone surrogate', 'a\uD800b'],
];

/** A verdict with `text` in every field a user can influence. */
function hostileVerdict(text: string, withNotes = true): Verdict {
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: text,
    status: 'fail',
    headline: text,
    metrics: [
      { key: 'hostile', label: text, value: text },
      { key: 'count', label: 'Count', value: 3 },
    ],
    notes: withNotes
      ? [
          { level: 'warning', text },
          { level: 'info', text },
        ]
      : [],
    tables: [
      {
        id: 'open',
        title: text,
        columns: [{ header: text }, { header: 'Code' }],
        rows: [
          [text, { text, code: true }],
          [{ text, code: true }, text],
        ],
      },
      {
        id: 'collapsed',
        title: text,
        collapsed: true,
        columns: [{ header: 'Name' }, { header: 'Code', align: 'right' }],
        rows: [[text, { text, code: true }]],
      },
    ],
    findings: [
      {
        severity: 'error',
        file: text,
        line: 3,
        column: 2,
        rule: text,
        title: text,
        message: text,
      },
    ],
    charts: [
      {
        title: text,
        xLabels: [text, 'b'],
        yLabel: text,
        series: [{ name: text, kind: 'bar', values: [1, 2] }],
      },
    ],
  };
}

/** Tables as parsed, each row with as many cells as its header. */
function expectTableShapes(markdown: string, widths: number[]): void {
  const parsed = tables(markdown);
  expect(parsed.map((table) => table[0]?.length)).toEqual(widths);
  for (const table of parsed) {
    for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

describe.each(HOSTILE)('with %s in every field', (_name, text) => {
  const verdict = hostileVerdict(text);

  it('the comment stays the renderer’s Markdown', () => {
    const comment = renderComment(verdict, { version: '1.0.0', summaryHint: 'the job summary' });
    expectSafeMarkdown(comment);
    expect(comment.split('<details>')).toHaveLength(2);
    expect(parse(comment).filter((token) => token.type === 'fence')).toHaveLength(1);
    // Metrics (2 across), the open table, the collapsed one.
    expectTableShapes(comment, [2, 2, 2]);
    expect(comment.length).toBeLessThan(65_536 - 1_024);
  });

  it('the comment links only to the details URL it is given', () => {
    const comment = renderComment(verdict, {
      version: '1.0.0',
      summaryHint: text,
      detailsUrl: 'https://github.com/o/r/actions/runs/1?x=(a)"b"`c`',
    });
    expectSafeMarkdown(comment, { links: 1 });
  });

  it('the job summary stays the renderer’s Markdown', () => {
    const summary = renderJobSummary(verdict, { version: '1.0.0' });
    expectSafeMarkdown(summary);
    expect(summary).not.toContain('<details>');
    expect(parse(summary).filter((token) => token.type === 'fence')).toHaveLength(1);
    // Metrics, the two tables, the findings table.
    expectTableShapes(summary, [2, 2, 2, 4]);
  });

  it('the check run stays within its limits and its Markdown safe', () => {
    const report = buildCheckRunReport(verdict, { name: text, advisory: false, version: '1.0.0' });
    expectSafeMarkdown(report.summary);
    expectSafeMarkdown(report.text);
    expectTableShapes(report.text, [2, 2, 4]);
    for (const field of [report.name, report.title]) {
      expect(field.length).toBeLessThanOrEqual(255);
      expect(field).not.toMatch(CONTROL);
      expect(field).not.toContain('\n');
    }
    const [annotation] = report.annotations;
    expect(annotation?.title?.length ?? 0).toBeLessThanOrEqual(255);
    expect(`${annotation?.path}${annotation?.title}`).not.toMatch(CONTROL);
    expect(annotation?.message.replace(/\n/g, '')).not.toMatch(CONTROL);
    expect(annotation?.message.isWellFormed()).toBe(true);
  });

  it('the console output holds no control character and keeps its lines', () => {
    // Not a terminal: every cell whole on its row, so a line break in the text would show.
    const plain = renderConsole(hostileVerdict('plain', false), { color: false });
    const output = renderConsole(hostileVerdict(text, false), { color: false });
    expect(output.replace(/\n/g, '')).not.toMatch(CONTROL);
    expect(output.split('\n')).toHaveLength(plain.split('\n').length);
    // In an 80-column terminal long text wraps onto more lines, still without a control character.
    const fitted = renderConsole(hostileVerdict(text, false), { color: false, width: 80 });
    expect(fitted.replace(/\n/g, '')).not.toMatch(CONTROL);
    const withNotes = renderConsole(verdict, { color: true, width: 80 });
    // With colour on, the only escape sequences are the renderer's own SGR codes.
    // eslint-disable-next-line no-control-regex -- removing the renderer's own SGR codes
    expect(withNotes.replace(/\u001B\[[0-9;]*m/g, '').replace(/\n/g, '')).not.toMatch(CONTROL);
  });
});
