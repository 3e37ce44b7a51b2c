/**
 * The shared reporting layer's sections (src/report/section-blocks.ts and every renderer): how
 * paragraphs, lists, code and collapsed parts render, and how a comment too long for GitHub
 * leaves out whole items and sections, saying how many and where they are, never cutting
 * Markdown. The big verdict is the real Nodes dashboard's diff, repeated as a 60-dashboard PR.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboardDiffVerdict } from '../../../src/gates/dashboard-diff/verdict.js';
import type { DashboardDiff } from '../../../src/gates/dashboard-diff/types.js';
import { buildCheckRunReport, CHECK_RUN_TEXT_LIMIT } from '../../../src/report/check-run.js';
import { renderConsole } from '../../../src/report/console.js';
import { COMMENT_LENGTH_LIMIT, renderComment } from '../../../src/report/markdown.js';
import {
  COMMENT_SECTION_LIMITS,
  sectionMarkdown,
  spansMarkdown,
} from '../../../src/report/section-blocks.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import type { Section, Verdict } from '../../../src/verdict/types.js';
import { expectSafeMarkdown, parse, visibleInline } from '../../report/markdown-oracle.js';
import { pullRequestResult } from './inputs.js';

const WHERE = 'in the job summary';

function verdictWith(sections: Section[]): Verdict {
  return {
    schemaVersion: 1,
    gate: 'dashboard-diff',
    key: 'default',
    status: 'pass',
    headline: 'headline',
    metrics: [],
    tables: [],
    findings: [],
    notes: [],
    charts: [],
    sections,
  };
}

describe('spans', () => {
  it('keep the spaces between spans and escape each for what it is', () => {
    const markdown = spansMarkdown(
      ['Panel ', { text: 'CPU *usage*', strong: true }, ': unit ', { text: 'a`b', code: true }],
      COMMENT_SECTION_LIMITS,
    );
    expect(markdown).toBe('Panel **CPU \\*usage\\***: unit ``a`b``');
    expect(visibleInline(markdown)).toBe('Panel CPU *usage*: unit a`b');
  });

  it('do not link an issue split across plain spans', () => {
    const markdown = spansMarkdown(['see GH-', '12'], COMMENT_SECTION_LIMITS);
    expect(markdown).not.toMatch(/GH-12/);
    expect(visibleInline(markdown).replace(/\u200D/g, '')).toBe('see GH-12');
  });
});

describe('a section', () => {
  const section: Section = {
    id: 's',
    title: 'Title',
    blocks: [
      { kind: 'paragraph', spans: ['para'] },
      { kind: 'list', items: [['one'], ['two'], ['three']] },
      { kind: 'code', text: 'a\n```\nb', language: 'diff' },
      { kind: 'details', summary: 'More', blocks: [{ kind: 'list', items: [['x']] }] },
    ],
  };

  it('renders its blocks in order, code in a fence longer than any run inside', () => {
    const markdown = sectionMarkdown(section, {
      limits: COMMENT_SECTION_LIMITS,
      collapsed: false,
      where: WHERE,
    });
    expectSafeMarkdown(markdown);
    expect(parse(markdown).map((token) => token.type)).toEqual([
      'heading_open',
      'inline',
      'heading_close',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'bullet_list_open',
      'list_item_open',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'list_item_close',
      'list_item_open',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'list_item_close',
      'list_item_open',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'list_item_close',
      'bullet_list_close',
      'fence',
      'html_block',
      'bullet_list_open',
      'list_item_open',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'list_item_close',
      'bullet_list_close',
      'html_block',
    ]);
    expect(parse(markdown).find((token) => token.type === 'fence')?.content).toBe('a\n```\nb\n');
  });

  it('keeps its first items and counts the others, a list cut between entries', () => {
    const markdown = sectionMarkdown(section, {
      limits: COMMENT_SECTION_LIMITS,
      collapsed: true,
      where: WHERE,
      kept: 3,
    });
    expectSafeMarkdown(markdown);
    expect(markdown).toContain('- one\n- two');
    expect(markdown).not.toContain('three');
    expect(markdown).toContain('_… 3 more items in the job summary._');
    expect(markdown.startsWith('<details>\n<summary>Title</summary>\n\n')).toBe(true);
  });

  it('is shown in a terminal with its title, indented blocks and code lines', () => {
    const text = renderConsole(verdictWith([section]), { color: false });
    expect(text).toContain(
      'Title\n  para\n  - one\n  - two\n  - three\n    a\n    ```\n    b\n  More\n    - x\n',
    );
  });
});

describe('a pull request of 60 dashboards, too long for a comment', () => {
  const result = pullRequestResult();
  const nodes = result.diffs[0];
  if (nodes === undefined) throw new Error('no Nodes diff');
  const diffs: DashboardDiff[] = Array.from({ length: 60 }, (_, index) => ({
    ...nodes,
    dashboard: `${nodes.dashboard} ${index + 1}`,
    file: `dashboards/nodes-${index + 1}.json`,
  }));
  const verdict = buildDashboardDiffVerdict({ ...result, diffs }, { key: 'default' });
  const options = { version: '0.1.0', summaryHint: 'the job summary' };

  it('leaves out whole dashboards and items, says where they are, keeps the footer and findings', () => {
    const comment = renderComment(verdict, options);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LENGTH_LIMIT);
    expectSafeMarkdown(comment);
    expect(comment).toMatch(/_… [\d,]+ more sections in the job summary\._/);
    expect(comment).toContain('Hidden as noise: 120 volatile fields');
    expect(comment).toContain('#### Findings');
    // Sections are collapsed past five dashboards; the first ones are shown.
    expect(comment).toContain('<summary>Kubernetes / Views / Nodes 1</summary>');
    expect(comment).not.toContain('Kubernetes / Views / Nodes 60');
  });

  it('keeps everything in the job summary, and the check run within its limit', () => {
    const summary = renderJobSummary(verdict, { version: '0.1.0' });
    expectSafeMarkdown(summary);
    expect(summary).toContain('#### Kubernetes / Views / Nodes 60');
    expect(summary).not.toContain('more sections');
    const check = buildCheckRunReport(verdict, { name: 'x', advisory: false, version: '0.1.0' });
    expect(check.text.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    expectSafeMarkdown(check.text);
    expect(check.text).toMatch(/more sections not shown/);
  });

  it('cuts a single huge section between items, not inside them', () => {
    const huge = verdictWith([
      {
        id: 'huge',
        title: 'Huge',
        blocks: Array.from({ length: 400 }, (_, index) => ({
          kind: 'code' as const,
          text: `${'x'.repeat(300)} ${index}`,
        })),
      },
    ]);
    const comment = renderComment(huge, { ...options, maxLength: 20_000 });
    expect(comment.length).toBeLessThanOrEqual(20_000);
    expectSafeMarkdown(comment);
    expect(comment).toMatch(/_… [\d,]+ more items in the job summary\._/);
    expect(comment).toContain('#### Huge');
  });
});
