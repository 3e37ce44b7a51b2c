/**
 * Reports too large for their channel give way by whole rows, least important first, stay
 * balanced Markdown, and say what they left out.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import { COMMENT_LENGTH_LIMIT, renderComment } from '../../src/report/markdown.js';
import { JOB_SUMMARY_BYTE_LIMIT, renderJobSummary } from '../../src/report/summary.js';
import { expectSafeMarkdown, parse, tables } from './markdown-oracle.js';
import { bigTable, emptyVerdict, placedFindings } from './verdicts.js';

/** The number in every "… N more rows" line of a report, in order. */
function moreRows(markdown: string): number[] {
  return [...markdown.matchAll(/_… ([\d,]+) more rows? /g)].map((match) =>
    Number((match[1] ?? '').replace(/,/g, '')),
  );
}

/** Rows (header excluded) of each parsed table whose first header cell is `Benchmark`. */
function benchmarkRowCounts(markdown: string): number[] {
  return tables(markdown)
    .filter((table) => table[0]?.[0] === 'Benchmark')
    .map((table) => table.length - 1);
}

const HINT = { version: '1.0.0', summaryHint: 'the job summary' };

describe('the PR comment', () => {
  it('fits 20,000 rows within the limit, balanced, saying how many rows it left out', () => {
    const verdict = emptyVerdict({
      status: 'fail',
      tables: [bigTable('main', 50), bigTable('all', 20_000, { collapsed: true, dropPriority: 1 })],
      findings: placedFindings(10),
      charts: [
        {
          title: 'Trend',
          xLabels: ['a', 'b'],
          yLabel: 'ns',
          series: [{ name: 'head', kind: 'line', values: [1, 2] }],
        },
      ],
    });
    const comment = renderComment(verdict, HINT);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LENGTH_LIMIT);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expectSafeMarkdown(comment);
    // The important table is whole; the big one lost rows from its end, and says how many.
    const [mainRows, allRows] = benchmarkRowCounts(comment);
    expect(mainRows).toBe(50);
    expect(allRows).toBeGreaterThan(100);
    expect(moreRows(comment)).toEqual([20_000 - (allRows ?? 0)]);
    expect(comment).toContain(
      `${(20_000 - (allRows ?? 0)).toLocaleString('en-US')} more rows in the job summary`,
    );
    const lastShown = tables(comment)[1]?.at(-1)?.[0];
    expect(lastShown).toBe(`BM_Case/${(allRows ?? 0) - 1}`);
    // It dropped no more than it had to: one more row would not have fitted.
    expect(COMMENT_LENGTH_LIMIT - comment.length).toBeLessThan(60);
    // The important table stays open, the one that lost rows is collapsed; the chart and the
    // findings survived.
    expect(comment.match(/^<details>$/gm)).toHaveLength(1);
    expect(comment).toMatch(/^#### Table main$/m);
    expect(comment).toMatch(/^<summary>Table all \(20,000 rows\)<\/summary>$/m);
    expect(parse(comment).filter((token) => token.type === 'fence')).toHaveLength(1);
    expect(comment).toContain('#### Findings');
  });

  it('gives way in order of dropPriority, rows from the end', () => {
    const verdict = emptyVerdict({
      tables: [
        bigTable('first', 20_000, { dropPriority: 1 }),
        bigTable('second', 20_000, { dropPriority: 2 }),
        bigTable('third', 20_000),
      ],
    });
    const comment = renderComment(verdict, { ...HINT, maxLength: 30_000 });
    expect(comment.length).toBeLessThanOrEqual(30_000);
    expectSafeMarkdown(comment);
    // `second` (priority 2) went first and entirely, then `first`, and `third` (priority 0) last.
    const counts = benchmarkRowCounts(comment);
    expect(counts).toHaveLength(1);
    expect(moreRows(comment)).toEqual([20_000, 20_000, 20_000 - (counts[0] ?? 0)]);
  });

  it('lists at most 30 findings and says how many more there are', () => {
    const comment = renderComment(emptyVerdict({ findings: placedFindings(1_200) }), HINT);
    expect(comment.match(/^- `/gm)).toHaveLength(30);
    expect(comment).toContain('_… 1,170 more findings in the job summary._');
    // Errors first, grouped under their full counts.
    expect(comment).toContain('**❌ Errors (400)**');
    expect(comment).not.toContain('Warnings (');
    expectSafeMarkdown(comment);
  });

  it('links the "more" lines to the details URL when given', () => {
    const comment = renderComment(emptyVerdict({ tables: [bigTable('all', 20_000)] }), {
      ...HINT,
      detailsUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(comment).toMatch(
      /more rows in \[the job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)\._/,
    );
    expectSafeMarkdown(comment, { links: 2 });
  });

  it('falls back to a headline and a pointer when even the notes do not fit', () => {
    const verdict = emptyVerdict({
      notes: Array.from({ length: 100 }, () => ({
        level: 'warning' as const,
        text: 'n'.repeat(1_000),
      })),
    });
    const comment = renderComment(verdict, { ...HINT, maxLength: 2_000 });
    expect(comment.length).toBeLessThanOrEqual(2_000);
    expectSafeMarkdown(comment);
    expect(comment).toContain('_… 99 more notes in the job summary._');
    const none = renderComment(verdict, { ...HINT, maxLength: 300 });
    expect(none).toContain('_… 100 more notes in the job summary._');
    expectSafeMarkdown(none);
  });

  it('falls back to a headline and a pointer when the parts that cannot shrink are too long', () => {
    const verdict = emptyVerdict({
      metrics: Array.from({ length: 500 }, (_, index) => ({
        key: `m${index}`,
        label: `Metric ${index}`,
        value: index,
      })),
    });
    const comment = renderComment(verdict, { ...HINT, maxLength: 2_000 });
    expect(comment).toBe(
      '### ✅ Benchmarks: No benchmark changed beyond 10%\n\n' +
        '_The full report is too long for a comment; read it in the job summary._\n\n' +
        '<sub>Benchmarks gate · kaizen-gates 1.0.0</sub>\n',
    );
    expect(() => renderComment(verdict, { ...HINT, maxLength: 20 })).toThrow(
      /^renderComment: the limit of 20 is too small/,
    );
  });

  it('rejects a maxLength that is not a positive integer', () => {
    expect(() => renderComment(emptyVerdict(), { version: '1', maxLength: 0 })).toThrow(
      /^renderComment: maxLength must be a positive integer/,
    );
  });

  it('is deterministic', () => {
    const verdict = emptyVerdict({ tables: [bigTable('all', 5_000)] });
    expect(renderComment(verdict, HINT)).toBe(renderComment(verdict, HINT));
  });
});

describe('the job summary', () => {
  it('fits 20,000 long multibyte rows within 1 MiB', () => {
    const long = 'µ😀'.repeat(30);
    const table = bigTable('all', 20_000);
    table.rows = table.rows.map((row) => [...row, long]);
    table.columns = [...table.columns, { header: 'Note' }];
    const summary = renderJobSummary(
      emptyVerdict({ tables: [table], findings: placedFindings(50) }),
      {
        version: '1.0.0',
      },
    );
    const bytes = Buffer.byteLength(summary, 'utf8');
    expect(bytes).toBeLessThanOrEqual(JOB_SUMMARY_BYTE_LIMIT);
    expect(JOB_SUMMARY_BYTE_LIMIT - bytes).toBeLessThan(400);
    expectSafeMarkdown(summary);
    const [rows] = benchmarkRowCounts(summary);
    expect(moreRows(summary)).toEqual([20_000 - (rows ?? 0)]);
    expect(summary).toContain('not shown (a job summary holds at most 1 MiB)');
    // Every finding is still there: they give way after table rows.
    expect(tables(summary).at(-1)).toHaveLength(51);
  });

  it('keeps every row when it fits', () => {
    const summary = renderJobSummary(emptyVerdict({ tables: [bigTable('all', 5_000)] }), {
      version: '1.0.0',
    });
    expect(benchmarkRowCounts(summary)).toEqual([5_000]);
    expect(moreRows(summary)).toEqual([]);
    expect(summary).not.toContain('<details>');
  });
});

describe('the check run', () => {
  it('fits 20,000 rows and 5,000 findings in its text, and long notes in its summary', () => {
    const verdict = emptyVerdict({
      status: 'fail',
      tables: [bigTable('all', 20_000)],
      findings: placedFindings(5_000),
      notes: Array.from({ length: 200 }, (_, index) => ({
        level: 'info' as const,
        text: `Note ${index}: ${'x'.repeat(1_000)}`,
      })),
    });
    const report = buildCheckRunReport(verdict, { name: 'n', advisory: false, version: '1' });
    for (const field of [report.summary, report.text]) {
      expect(field.length).toBeLessThanOrEqual(65_535);
      expect(65_535 - field.length).toBeLessThan(1_100);
      expectSafeMarkdown(field);
    }
    expect(report.summary).toMatch(
      /_… [\d,]+ more notes not shown \(a check run holds at most 65,535 characters per field\)\._/,
    );
    // Table rows give way before findings; here both had to.
    expect(moreRows(report.text)).toEqual([20_000]);
    expect(report.text).toMatch(/_… [\d,]+ more findings not shown/);
  });
});

describe('links and hints', () => {
  it('ignores a details URL that is not http(s), and says "not shown" without a hint', () => {
    const verdict = emptyVerdict({ tables: [bigTable('all', 20_000)] });
    const comment = renderComment(verdict, {
      version: '1.0.0',
      detailsUrl: 'javascript:alert(1)',
    });
    expectSafeMarkdown(comment);
    expect(comment).not.toContain('javascript');
    expect(moreRows(comment)).toHaveLength(1);
    expect(comment).toMatch(/_… [\d,]+ more rows not shown\._/);
  });
});
