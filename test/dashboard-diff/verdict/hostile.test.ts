/**
 * Dashboard, panel, variable and file names and query texts are user-controlled: each hostile
 * string is put in every one of them, and every rendering is checked with an independent
 * Markdown parser (test/report/markdown-oracle.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildDashboardDiffVerdict } from '../../../src/gates/dashboard-diff/verdict.js';
import type {
  DashboardChange,
  DashboardDiffResult,
} from '../../../src/gates/dashboard-diff/types.js';
import { buildCheckRunReport } from '../../../src/report/check-run.js';
import { renderConsole } from '../../../src/report/console.js';
import { renderComment } from '../../../src/report/markdown.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { expectSafeMarkdown, parse } from '../../report/markdown-oracle.js';
import { queryDiff } from './inputs.js';

const HOSTILE: Array<[string, string]> = [
  ['a channel mention', '@here'],
  ['a user mention', 'CPU @octocat'],
  ['an issue reference', 'see #123 and GH-4'],
  ['a details break-out', '</details><details><summary>x</summary>'],
  ['a forged marker', '<!-- kaizen-gates:dashboard-diff:default -->'],
  ['table pipes', '| a | b |'],
  ['a code fence', '```\n@here\n```'],
  ['backtick runs', 'rate(x[5m]) ``` `` `'],
  ['a heading and a list', '# Title\n- item\n1. one'],
  ['emphasis and links', '**bold** _it_ [l](javascript:alert(1)) ![i](http://x)'],
  ['terminal escapes', 'esc\u001B[2J\u001B]0;title\u0007 bidi\u202Eevil'],
];

function hostileResult(text: string): DashboardDiffResult {
  const file = `dashboards/${text}.json`;
  const change = (fields: Omit<DashboardChange, 'dashboard' | 'file'>): DashboardChange => ({
    dashboard: text,
    file,
    ...fields,
  });
  const query = `sum(rate(http_requests_total{job="${text}"}[$__rate_interval]))`;
  return {
    diffs: [
      {
        dashboard: text,
        file,
        baseFile: `old/${text}.json`,
        location: text,
        status: 'modified',
        changes: [
          change({
            area: 'dashboard',
            kind: 'modified',
            field: 'title',
            before: text,
            after: text,
          }),
          change({ area: 'variable', kind: 'added', subject: text, after: text }),
          change({ area: 'row', kind: 'renamed', subject: text, before: text, after: text }),
          change({ area: 'panel', kind: 'added', panel: text, after: text }),
          change({
            area: 'panel',
            kind: 'modified',
            panel: text,
            field: text,
            before: text,
            after: { unit: text },
          }),
          change({
            area: 'query',
            kind: 'modified',
            panel: text,
            subject: text,
            field: 'expr',
            before: 'up',
            after: query,
            textDiff: queryDiff('up', query),
          }),
          change({ area: 'panel', kind: 'migrated', panel: text, field: 'schema', after: [text] }),
        ],
        viewChanges: [
          change({
            area: 'view',
            kind: 'modified',
            subject: text,
            field: 'current',
            before: text,
            after: text,
          }),
        ],
        layout: {
          before: [{ key: 'a', title: text, grid: { x: 0, y: 0, w: 12, h: 8 }, status: 'moved' }],
          after: [
            { key: 'a', title: text, grid: { x: 12, y: 0, w: 12, h: 8 }, status: 'moved' },
            { key: 'b', title: text, grid: { x: 0, y: 8, w: 24, h: 4 }, status: 'added' },
          ],
        },
        hidden: { 'volatile field': 1 },
      },
    ],
    findings: [
      { severity: 'warning', file, line: 3, rule: 'panel-units', title: text, message: text },
    ],
    problems: [{ file, location: text, line: 1, column: 1, message: text }],
    skipped: [{ file, reason: text }],
    against: text,
  };
}

describe.each(HOSTILE)('with %s in every name and query', (_name, text) => {
  const verdict = buildDashboardDiffVerdict(hostileResult(text), { key: 'default' });

  it('the comment stays the renderer’s Markdown, diffs and layout inside their fences', () => {
    const comment = renderComment(verdict, { version: '0.1.0', summaryHint: 'the job summary' });
    expectSafeMarkdown(comment);
    const fences = parse(comment).filter((token) => token.type === 'fence');
    // Diffs (the query's, and those of names with several lines), and one layout picture.
    const layout = fences.filter((token) => token.info !== 'diff');
    expect(layout).toHaveLength(1);
    expect(layout[0]?.content).toMatch(/^before {2,}after\n/);
    // The query, whatever backticks it holds, is whole inside its diff block.
    expect(
      fences.some((token) => token.content.includes('+sum(rate(http_requests_total{job="')),
    ).toBe(true);
  });

  it('the job summary and check run stay the renderer’s Markdown', () => {
    expectSafeMarkdown(renderJobSummary(verdict, { version: '0.1.0' }));
    const check = buildCheckRunReport(verdict, { name: 'x', advisory: false, version: '0.1.0' });
    expectSafeMarkdown(check.summary);
    expectSafeMarkdown(check.text);
  });

  it('the console output holds no control character', () => {
    const output = renderConsole(verdict, { color: false, width: 100 });
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });
});
