/**
 * The report on the real pipeline: real consecutive revisions of dotdc's dashboards loaded
 * (load/), diffed (diff/) and turned into a verdict, then rendered. Each pair's report is checked
 * against what its JSON diff really changed; every pair of both histories renders as safe
 * Markdown within GitHub's limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDashboardFiles } from '../../../src/gates/dashboard-diff/diff/index.js';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import { buildDashboardDiffVerdict } from '../../../src/gates/dashboard-diff/verdict.js';
import { buildCheckRunReport } from '../../../src/report/check-run.js';
import { COMMENT_LENGTH_LIMIT, renderComment } from '../../../src/report/markdown.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { renderConsole } from '../../../src/report/console.js';
import type { Verdict } from '../../../src/verdict/types.js';
import { expectSafeMarkdown, parse } from '../../report/markdown-oracle.js';
import { readDashboard } from './inputs.js';

const HISTORY = 'test/fixtures/dashboard-diff/dotdc-history';
const FILE = 'dashboards/k8s-views-nodes.json';

function verdictOf(folder: string, base: string, head: string): Verdict {
  const read = (name: string) =>
    loadDashboardFile(FILE, readFileSync(`${HISTORY}/${folder}/${name}`, 'utf8'));
  const diffs = diffDashboardFiles(read(base), read(head));
  return buildDashboardDiffVerdict(
    { diffs, findings: [], problems: [], skipped: [], against: `since ${base.slice(3, 10)}` },
    { key: 'default' },
  );
}

const comment = (verdict: Verdict): string =>
  renderComment(verdict, { version: '0.1.0', summaryHint: 'the job summary' });

/** The query text of a panel's target in one revision. */
function exprOf(revision: string, title: string, refId: string): string {
  const panel = readDashboard(`k8s-views-nodes/${revision}`).panels.find((p) => p.title === title);
  const expr = panel?.targets.find((target) => target.refId === refId)?.expr;
  if (expr === undefined) throw new Error(`${title} ${refId} has no expr in ${revision}`);
  return expr;
}

describe('Nodes 01-ab1d6d7 → 00-b4e0422 (sum → max by namespace in two panels)', () => {
  const verdict = verdictOf('k8s-views-nodes', '01-ab1d6d7.json', '00-b4e0422.json');
  const markdown = comment(verdict);

  it('reports the three queries that changed, and nothing else', () => {
    expect(verdict.status).toBe('pass');
    expect(verdict.headline).toBe('1 dashboard changed since ab1d6d7: 3 queries changed');
    expectSafeMarkdown(markdown);
    const fences = parse(markdown).filter((token) => token.type === 'fence');
    // Query text diffs only: no layout picture, since no panel moved.
    expect(fences.map((token) => token.info)).toEqual(['diff', 'diff', 'diff']);
    const pairs: Array<[string, string]> = [
      ['Persistent Volumes - Usage in %', 'A'],
      ['Persistent Volumes - Usage in GB', 'A'],
      ['Persistent Volumes - Usage in GB', 'B'],
    ];
    pairs.forEach(([title, refId], index) => {
      expect(fences[index]?.content).toBe(
        `-${exprOf('01-ab1d6d7.json', title, refId)}\n+${exprOf('00-b4e0422.json', title, refId)}\n`,
      );
    });
    expect(markdown).toContain('- Panel **Persistent Volumes - Usage in %**: query `A` changed\n');
    expect(markdown).toContain(
      '`legendFormat` `{{ persistentvolumeclaim }}` → `{{ namespace }} - {{ persistentvolumeclaim }}`',
    );
  });
});

describe('Nodes 02-2f2e78d → 01-ab1d6d7 (the instance variable’s regex fixed)', () => {
  const verdict = verdictOf('k8s-views-nodes', '02-2f2e78d.json', '01-ab1d6d7.json');

  it('reports the variable, its query as a diff', () => {
    const markdown = comment(verdict);
    expectSafeMarkdown(markdown);
    expect(markdown).toMatch(/- Variable `instance`: `[^`]+` changed\n/);
    const fences = parse(markdown).filter((token) => token.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(fences[0]?.content).toContain(
      '-label_values(node_uname_info{nodename=~"(?i:($node)(.[a-z0-9.]+)?)"',
    );
    expect(fences[0]?.content).toContain(
      '+label_values(node_uname_info{nodename=~"(?i:($node)(\\\\.[a-z0-9.-]+)?)"',
    );
  });
});

describe.each(['k8s-views-global', 'k8s-views-nodes'])('every consecutive pair of %s', (folder) => {
  // Newest first (00 is the newest): each file is the head of the pair whose base is the next.
  const files = readdirSync(`${HISTORY}/${folder}`).sort();
  const pairs = files.slice(0, -1).map((head, index) => [files[index + 1] ?? '', head] as const);

  it.each(pairs.map(([base, head]) => [base.slice(0, 10), head.slice(0, 10), base, head]))(
    '%s → %s renders safely everywhere',
    (_b, _h, base, head) => {
      const verdict = verdictOf(folder, base, head);
      expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
      const markdown = comment(verdict);
      expect(markdown.length).toBeLessThanOrEqual(COMMENT_LENGTH_LIMIT);
      expectSafeMarkdown(markdown);
      expectSafeMarkdown(renderJobSummary(verdict, { version: '0.1.0' }));
      expectSafeMarkdown(
        buildCheckRunReport(verdict, { name: 'x', advisory: false, version: '0.1.0' }).text,
      );
      expect(renderConsole(verdict, { color: false })).toContain(verdict.headline);
      expect(verdict.sections?.at(-1)?.id).toBe('noise');
    },
  );
});
