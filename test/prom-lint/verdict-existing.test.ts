/**
 * The prom-lint verdict with findings the change did not bring (`existing`), and the counts every
 * report shows: a pull request that only edits a comment passes even with `fail-on: warn` when
 * the file already had warnings; the headline, the metrics and the table of files count the same
 * findings as the rows below them; each finding links its check's documentation when told where
 * it is. The sets of existing findings are built here the way a change makes them: the same file
 * linted before and after the edit, a finding existing when the same check said the same of the
 * same rule before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFilesOf } from '../../src/diff/changed-lines.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { buildPromLintVerdict, type ReportScope } from '../../src/gates/prom-lint/verdict.js';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { shouldFail } from '../../src/verdict/policy.js';
import { FIXTURES } from './rule-files.js';

const PATH = 'monitoring/node-exporter.yml';
/** awesome-prometheus-alerts' node-exporter rules: real rules with real warnings. */
const BASE = readFileSync(
  join(FIXTURES, 'awesome-prometheus-alerts/host-and-hardware/node-exporter.yml'),
  'utf8',
);
/** The same file after a pull request that adds a comment as its second line. */
const HEAD = BASE.replace(/\n/, '\n# Thresholds reviewed with the on-call team.\n');
const COMMENT_ONLY: ReportScope = {
  kind: 'changed-files',
  against: 'by pull request #7',
  changes: changedFilesOf([{ path: PATH, lines: [{ start: 2, end: 2 }] }]),
};

const lint = (text: string): ReturnType<typeof lintRuleFiles> =>
  lintRuleFiles([{ path: PATH, text }]);
/**
 * The same check on the same rule: the message opens with the group and the rule (`group "g",
 * rule 2, "Name"`); the rest may name lines, which an edit above them shifts.
 */
const identity = (finding: LintFinding): string =>
  `${finding.check}\u0000${/^group "[^"]*"(?:, rule \d+, "[^"]*")?/.exec(finding.message)?.[0] ?? finding.message}`;

/** The findings of `head` that `base` had already. */
function existingOf(base: string, head: readonly LintFinding[]): Set<LintFinding> {
  const before = new Set(lint(base).findings.map(identity));
  return new Set(head.filter((finding) => before.has(identity(finding))));
}

describe('a pull request that only edits a comment', () => {
  const { findings, stats } = lint(HEAD);
  const existing = existingOf(BASE, findings);
  const verdict = buildPromLintVerdict(findings, stats, {
    key: 'default',
    searched: [PATH],
    scope: COMMENT_ONLY,
    linted: [PATH],
    existing,
  });

  it('lints a file that has warnings, all of them there before', () => {
    expect(findings.filter((f) => f.severity === 'warning').length).toBeGreaterThan(0);
    expect(existing.size).toBe(findings.length);
  });

  it('passes, even with fail-on: warn', () => {
    expect(verdict.status).toBe('pass');
    expect(shouldFail(verdict.status, 'warn')).toBe(false);
    expect(verdict.headline).toBe(
      `No new problems in 1 changed rule file (${existing.size} existing findings)`,
    );
    expect(verdict.metrics.find((m) => m.key === 'warnings')?.value).toBe(0);
    expect(verdict.metrics.find((m) => m.key === 'existing')?.value).toBe(existing.size);
    expect(verdict.tables).toEqual([]);
  });

  it('marks them unchanged against the base in SARIF, for code scanning', () => {
    const docs = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: [PATH],
      scope: COMMENT_ONLY,
      linted: [PATH],
      existing,
      docs: { repositoryUrl: 'https://github.com/kaizen/kaizen-gates', ref: 'v1' },
    });
    const run = renderSarif(docs, { version: '0' }).runs[0];
    expect(run?.results?.length).toBe(findings.length);
    expect(run?.results?.every((r) => r.baselineState === 'unchanged')).toBe(true);
    // Each check's rule links its documentation.
    expect(
      run?.tool.driver.rules?.every((r) =>
        r.helpUri?.startsWith('https://github.com/kaizen/kaizen-gates/blob/v1/README.md#'),
      ),
    ).toBe(true);
    // Without the set, nothing is claimed about the base.
    const plain = renderSarif(
      buildPromLintVerdict(findings, stats, { key: 'default', searched: [PATH] }),
      { version: '0' },
    );
    expect(plain.runs[0]?.results?.some((r) => r.baselineState !== undefined)).toBe(false);
  });

  it('lists them apart, never annotated, with their count', () => {
    expect(verdict.findings).toHaveLength(findings.length);
    expect(verdict.findings.every((f) => f.existing === true && f.annotate === false)).toBe(true);
    const report = buildCheckRunReport(verdict, { name: 'p', advisory: false, version: '0' });
    expect(report.annotations).toEqual([]);
    expect(report.conclusion).toBe('success');
    expect(report.text).toContain(
      `#### Existing findings, not brought by this change (${existing.size})`,
    );
    const comment = renderComment(verdict, { version: '0' });
    expect(comment).toContain(
      `<details>\n<summary>Existing findings, not brought by this change (${existing.size})</summary>`,
    );
    // Nothing is listed as the change's own.
    const [own] = comment.split('<summary>Existing findings');
    expect(own).not.toMatch(/^#### /m);
    expect(renderJobSummary(verdict, { version: '0' })).toContain(
      `#### Existing findings, not brought by this change (${existing.size})`,
    );
  });

  it('without the set, the same findings fail with fail-on: warn (the behaviour it replaces)', () => {
    const unaware = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: [PATH],
      scope: COMMENT_ONLY,
      linted: [PATH],
    });
    expect(unaware.status).toBe('warn');
    expect(shouldFail(unaware.status, 'warn')).toBe(true);
    expect(unaware.metrics.some((m) => m.key === 'existing')).toBe(false);
  });
});

describe('a pull request that adds a rule with a warning to that file', () => {
  const added = [
    '    - alert: HostSwapDeviceMissing',
    "      expr: 'absent(node_memory_SwapFree_bytes)'",
    '      labels:',
    '        severity: warning',
  ].join('\n');
  const head = `${BASE.trimEnd()}\n\n${added}\n`;
  const firstAdded = BASE.trimEnd().split('\n').length + 2;
  const { findings, stats } = lint(head);
  const existing = existingOf(BASE, findings);
  const fresh = findings.filter((f) => !existing.has(f));
  const verdict = buildPromLintVerdict(findings, stats, {
    key: 'default',
    searched: [PATH],
    scope: {
      kind: 'changed-files',
      against: 'by pull request #8',
      changes: changedFilesOf([
        { path: PATH, lines: [{ start: firstAdded - 1, end: firstAdded + 3 }] },
      ]),
    },
    linted: [PATH],
    existing,
  });

  it('counts only what it brought', () => {
    expect(fresh.map((f) => f.check)).toEqual(['alerts/absent-without-for']);
    expect(verdict.status).toBe('warn');
    expect(verdict.headline).toBe(
      `1 warning in 1 of 1 changed rule file (${existing.size} existing findings)`,
    );
    expect(verdict.findings.filter((f) => f.existing !== true)).toEqual([
      expect.objectContaining({ rule: 'alerts/absent-without-for', line: firstAdded + 1 }),
    ]);
    expect(verdict.tables[0]?.rows).toEqual([[{ text: PATH, code: true }, 0, 1]]);
    expect(verdict.tables[0]?.collapsed).toBe(true);
    expect(verdict.data?.['scope']).toMatchObject({ reported: findings.length, annotated: 1 });
  });

  it('annotates the new finding only', () => {
    const report = buildCheckRunReport(verdict, { name: 'p', advisory: false, version: '0' });
    expect(report.annotations.map((a) => [a.start_line, a.title])).toEqual([
      [firstAdded + 1, 'alerts/absent-without-for'],
    ]);
  });

  it('shows the new warning first and the existing ones collapsed after it', () => {
    const comment = renderComment(verdict, { version: '0' });
    const warnings = comment.indexOf('#### ⚠️ Warnings (1) from 1 check');
    const apart = comment.indexOf('<summary>Existing findings, not brought by this change');
    expect(warnings).toBeGreaterThan(0);
    expect(apart).toBeGreaterThan(warnings);
  });
});

describe('links to the documentation of each check', () => {
  const { findings, stats } = lint(BASE);
  const docs = { repositoryUrl: 'https://github.com/acme/kaizen-gates/', ref: 'v1' };

  it('are given to every finding when the verdict knows where the docs are', () => {
    const verdict = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: [PATH],
      docs,
    });
    const prefix = 'https://github.com/acme/kaizen-gates/blob/v1/README.md#';
    for (const finding of verdict.findings) {
      expect(finding.docsUrl?.startsWith(prefix), finding.rule).toBe(true);
    }
    // A check without a row of its own in the README links to the prom-lint section.
    const overlap = verdict.findings.find((f) => f.rule === 'alerts/overlap');
    expect(overlap?.docsUrl).toBe(`${prefix}prom-lint-prometheus-rules`);
  });

  it('are absent otherwise', () => {
    const verdict = buildPromLintVerdict(findings, stats, { key: 'default', searched: [PATH] });
    expect(verdict.findings.some((f) => 'docsUrl' in f)).toBe(false);
  });
});
