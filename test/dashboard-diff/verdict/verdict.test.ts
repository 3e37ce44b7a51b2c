/**
 * The dashboard-diff verdict and how it reads: golden files of the comment, job summary, check
 * run and console for diffs built from the real dashboards of the fixtures, and the facts behind
 * them (status, headline, metrics, data) asserted on their own.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboardDiffVerdict } from '../../../src/gates/dashboard-diff/verdict.js';
import { buildCheckRunReport } from '../../../src/report/check-run.js';
import { renderConsole } from '../../../src/report/console.js';
import { renderComment } from '../../../src/report/markdown.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { expectSafeMarkdown, parse } from '../../report/markdown-oracle.js';
import { pullRequestResult, realPairResult } from './inputs.js';

const VERSION = '0.1.0';
const DETAILS_URL = 'https://github.com/acme/dashboards/actions/runs/123456789';

describe('a real consecutive pair (Nodes, 01-ab1d6d7 → 00-b4e0422)', () => {
  const verdict = buildDashboardDiffVerdict(realPairResult(), { key: 'default' });

  it('passes and counts the real change: three queries changed in two panels', () => {
    expect(verdict.status).toBe('pass');
    expect(verdict.headline).toBe(
      '1 dashboard changed since origin/main (ab1d6d7): 3 queries changed',
    );
    expect(Object.fromEntries(verdict.metrics.map((m) => [m.key, m.value]))).toEqual({
      'dashboards-changed': 1,
      changes: 4,
      'panels-added': 0,
      'panels-removed': 0,
      'panels-modified': 2,
      'lint-errors': 0,
      'lint-warnings': 0,
    });
    expect(verdict.metrics.every((m) => m.output === true)).toBe(true);
  });

  it('shows each changed query text as a diff block, and no layout picture', () => {
    const comment = renderComment(verdict, { version: VERSION, summaryHint: 'the job summary' });
    const fences = parse(comment).filter((token) => token.type === 'fence');
    expect(fences.map((token) => token.info)).toEqual(['diff', 'diff', 'diff']);
    expect(fences[0]?.content).toContain(
      '-sum(kubelet_volume_stats_used_bytes{node="$node", cluster="$cluster"}) by (persistentvolumeclaim)',
    );
    expect(fences[0]?.content).toContain('+max(kubelet_volume_stats_used_bytes');
    expect(comment).toContain('Hidden as noise: 1 volatile field');
  });

  it('renders the comment, job summary and console (golden files)', async () => {
    const comment = renderComment(verdict, {
      version: VERSION,
      summaryHint: 'the job summary',
      detailsUrl: DETAILS_URL,
    });
    expectSafeMarkdown(comment, { links: 1 });
    await expect(comment).toMatchFileSnapshot('__snapshots__/real-pair-comment.md');
    const summary = renderJobSummary(verdict, { version: VERSION });
    expectSafeMarkdown(summary);
    await expect(summary).toMatchFileSnapshot('__snapshots__/real-pair-summary.md');
    await expect(renderConsole(verdict, { color: false, width: 100 })).toMatchFileSnapshot(
      '__snapshots__/real-pair-console.txt',
    );
    const coloured = renderConsole(verdict, { color: true, width: 100 });
    // Removed query lines red, added ones green.
    expect(coloured).toContain('\u001B[31m-sum(kubelet_volume_stats_used_bytes');
    expect(coloured).toContain('\u001B[32m+max(kubelet_volume_stats_used_bytes');
    await expect(coloured).toMatchFileSnapshot('__snapshots__/real-pair-console-color.txt');
  });
});

describe('a pull request touching four dashboards in three files', () => {
  const result = pullRequestResult();
  const verdict = buildDashboardDiffVerdict(result, { key: 'default' });

  it('fails on the lint error and the unreadable file, and says so in the headline', () => {
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toBe(
      '3 dashboards changed since origin/main (4f2a9c1): 1 dashboard added, 5 panel changes, 1 query changed, 3 other changes; lint: 1 error, 1 warning; 1 unreadable dashboard file',
    );
    expect(Object.fromEntries(verdict.metrics.map((m) => [m.key, m.value]))).toEqual({
      'dashboards-changed': 3,
      changes: 9,
      'panels-added': 1,
      'panels-removed': 1,
      'panels-modified': 2,
      'lint-errors': 2,
      'lint-warnings': 1,
    });
  });

  it('turns the load problem into an error finding on its line and column', () => {
    expect(verdict.findings).toContainEqual({
      severity: 'error',
      file: 'dashboards/broken.json',
      line: 12,
      column: 5,
      rule: 'dashboard-diff/load',
      title: 'Dashboard could not be read',
      message: "invalid JSON: unexpected '}' (expected a value)",
    });
  });

  it('keeps every change record, view state included, and a summary per dashboard', () => {
    const changes = verdict.data?.changes;
    expect(Array.isArray(changes) ? changes.length : -1).toBe(13);
    expect(verdict.data?.dashboards).toEqual([
      expect.objectContaining({
        status: 'modified',
        changes: 7,
        viewChanges: 4,
        layoutChanged: true,
      }),
      expect.objectContaining({
        baseFile: 'dashboards/k8s-views-global.json',
        changes: 1,
        layoutChanged: false,
      }),
      expect.objectContaining({ status: 'added', layoutChanged: false }),
      expect.objectContaining({ status: 'unchanged', changes: 0 }),
    ]);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it('warns without lint errors, passes without findings', () => {
    const warnings = buildDashboardDiffVerdict(
      { ...result, problems: [], findings: result.findings.filter((f) => f.severity !== 'error') },
      { key: 'default' },
    );
    expect(warnings.status).toBe('warn');
    const clean = buildDashboardDiffVerdict(
      { ...result, problems: [], findings: [] },
      { key: 'default' },
    );
    expect(clean.status).toBe('pass');
  });

  it('says so when nothing changed', () => {
    const none = buildDashboardDiffVerdict(
      {
        ...result,
        diffs: [result.diffs[3]].flatMap((d) => (d ? [d] : [])),
        findings: [],
        problems: [],
        skipped: [],
      },
      { key: 'default' },
    );
    expect(none.status).toBe('pass');
    expect(none.headline).toBe('No dashboard changes since origin/main (4f2a9c1)');
    expect(none.sections?.map((section) => section.id)).toEqual(['noise']);
  });

  it('names a deleted dashboard, and one whose only change is its view state', () => {
    const [nodes, global] = result.diffs;
    if (nodes === undefined || global === undefined) throw new Error('inputs changed');
    const deleted = { ...global, status: 'removed' as const, viewChanges: [] };
    const viewOnly = { ...nodes, status: 'modified' as const, changes: [] };
    const both = buildDashboardDiffVerdict(
      { ...result, diffs: [deleted, viewOnly], findings: [], problems: [] },
      { key: 'default' },
    );
    expect(both.headline).toBe(
      '1 dashboard changed since origin/main (4f2a9c1): 1 dashboard deleted, 1 other change',
    );
    expect(both.sections?.map((section) => section.title)).toEqual([
      'Kubernetes / Views / Global (deleted)',
      'Kubernetes / Views / Nodes',
      '',
    ]);
    const viewOnlyAlone = buildDashboardDiffVerdict(
      { ...result, diffs: [viewOnly], findings: [], problems: [] },
      { key: 'default' },
    );
    expect(viewOnlyAlone.headline).toBe(
      'No dashboard changes since origin/main (4f2a9c1) (view state only in 1 dashboard)',
    );
    expect(viewOnlyAlone.status).toBe('pass');
  });

  it('renders the comment, job summary, check run and console (golden files)', async () => {
    const comment = renderComment(verdict, {
      version: VERSION,
      summaryHint: 'the job summary',
      detailsUrl: DETAILS_URL,
    });
    expectSafeMarkdown(comment, { links: 1 });
    await expect(comment).toMatchFileSnapshot('__snapshots__/pr-comment.md');
    const summary = renderJobSummary(verdict, { version: VERSION });
    expectSafeMarkdown(summary);
    await expect(summary).toMatchFileSnapshot('__snapshots__/pr-summary.md');
    const check = buildCheckRunReport(verdict, {
      name: 'kaizen-gates / dashboard-diff',
      advisory: false,
      version: VERSION,
    });
    expectSafeMarkdown(check.text);
    await expect(check.text).toMatchFileSnapshot('__snapshots__/pr-check-run-text.md');
    await expect(renderConsole(verdict, { color: false, width: 100 })).toMatchFileSnapshot(
      '__snapshots__/pr-console.txt',
    );
  });
});
