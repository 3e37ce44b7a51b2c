/**
 * The findings of a linter gate (prom-lint) as the reports show them: in the comment the errors
 * first, then the warnings grouped by check with a count per check, each finding naming its
 * check once, as many as the comment has room for, paragraph-length messages collapsed, the
 * findings a change did not bring apart; every count in a report taken from the rows below it;
 * each check linked to its documentation (http(s) only) in the comment, the job summary and the
 * annotations. Verdicts come from real rule files (test/fixtures/prom-lint) linted for real, and
 * from a generated hostile file with thousands of findings.
 */
import { describe, expect, it } from 'vitest';
import { changedFilesOf } from '../../src/diff/changed-lines.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { buildPromLintVerdict } from '../../src/gates/prom-lint/verdict.js';
import { buildCheckRunReport, toAnnotation } from '../../src/report/check-run.js';
import {
  COMMENT_FINDINGS_LIMIT,
  COMMENT_LENGTH_LIMIT,
  renderComment,
} from '../../src/report/markdown.js';
import { PARAGRAPH_LENGTH } from '../../src/report/markdown-blocks.js';
import { renderJobSummary } from '../../src/report/summary.js';
import type { Finding, Verdict } from '../../src/verdict/types.js';
import { corpusFiles, fileText, quoted } from '../prom-lint/rule-files.js';
import { flatTokens, tables, visibleInline } from './markdown-oracle.js';

const DOCS = { repositoryUrl: 'https://github.com/acme/kaizen-gates', ref: 'v1' };
const WHERE = {
  version: '0',
  summaryHint: 'the job summary',
  detailsUrl: 'https://github.com/acme/rules/actions/runs/42',
};

/**
 * The prom-lint verdict of rule files, every finding reported; with `changedLines`, as a pull
 * request that changed those lines of every file sees it (the others listed, not annotated).
 */
function verdictOf(
  files: { path: string; text: string }[],
  changedLines?: { start: number; end: number },
): Verdict {
  const { findings, stats } = lintRuleFiles(files);
  return buildPromLintVerdict(findings, stats, {
    key: 'default',
    searched: files.map((f) => f.path),
    linted: files.map((f) => f.path),
    docs: DOCS,
    ...(changedLines === undefined
      ? {}
      : {
          scope: {
            kind: 'changed-files' as const,
            against: 'by pull request #3',
            changes: changedFilesOf(files.map((f) => ({ path: f.path, lines: [changedLines] }))),
          },
        }),
  });
}

/** A number as the reports write it (`9,596`) back to a number. */
const count = (text: string | undefined): number => Number((text ?? 'NaN').replace(/,/g, ''));

/** Every count a comment states about its findings, read back from its text. */
function statedCounts(comment: string): {
  headline: Record<string, number>;
  sections: Record<string, number>;
  checks: { check: string; severity: string; count: number }[];
  shown: number;
  omitted: number;
} {
  const headlineLine = comment.split('\n')[0] ?? '';
  const headline: Record<string, number> = {};
  for (const match of headlineLine.matchAll(/([\d,]+) (error|warning|notice)s?\b/g)) {
    headline[match[2] ?? ''] = count(match[1]);
  }
  const sections: Record<string, number> = {};
  for (const match of comment.matchAll(/^#### \S+ (Errors|Warnings|Notices) \(([\d,]+)\)/gm)) {
    sections[(match[1] ?? '').toLowerCase().slice(0, -1)] = count(match[2]);
  }
  const checks = [
    ...comment.matchAll(/^\*\*\[`([^`]+)`\]\([^)]*\)\*\* · ([\d,]+) (error|warning|notice)/gm),
  ].map((match) => ({ check: match[1] ?? '', count: count(match[2]), severity: match[3] ?? '' }));
  const shown = comment.split('\n').filter((line) => line.startsWith('- ')).length;
  const omitted = [...comment.matchAll(/^_… ([\d,]+) more (?:error|warning|notice)s? /gm)].reduce(
    (sum, match) => sum + count(match[1]),
    0,
  );
  return { headline, sections, checks, shown, omitted };
}

/** The verdict's own count of findings of a severity. */
const ofSeverity = (verdict: Verdict, severity: string): number =>
  verdict.findings.filter((f) => f.severity === severity && f.existing !== true).length;

/** A generated rule file whose 1,000 alerts give thousands of findings, names made to break Markdown. */
function hostileFile(): { path: string; text: string } {
  const expressions = [
    'absent(up{job="a"})',
    'sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))',
    'up{job=~"^abc$"} == 0',
    'rate(x[5m]) > ',
    'topk(3, rate(errors_total[5m]))',
  ];
  const lines = ['groups:'];
  for (let group = 0; group < 10; group += 1) {
    lines.push(
      `  - name: ${quoted(`g${group} </details> @octocat #12 <!-- kaizen-gates:prom-lint:default -->`)}`,
    );
    lines.push('    rules:');
    for (let rule = 0; rule < 100; rule += 1) {
      lines.push(`      - alert: ${quoted(`A${group}_${rule} \`x\`|*y*`)}`);
      lines.push(
        `        expr: ${quoted(expressions[(group * 100 + rule) % expressions.length] ?? '')}`,
      );
      lines.push('        annotations:');
      lines.push(
        `          summary: ${quoted(`{{ $labels.instance }} ${'long text '.repeat(40)}`)}`,
      );
    }
  }
  return { path: 'rules/hostile [x](javascript:alert(1)).yml', text: fileText(lines) };
}

/** The raw HTML the comment itself writes; anything else would have come from a rule file. */
const OWN_HTML = [
  /^<details>\n<summary>[^<>]*<\/summary>\n$/,
  /^<details>\n<summary>(?:<a href="https:\/\/[^"<>\s]+">)?<code>[^<>]*<\/code>(?:<\/a>)? [^<>]*<\/summary>\n$/,
  /^<\/details>\n?$/,
  /^<\/?sub>$/,
  /^<\/?code>$/,
  /^<wbr>$/,
];

describe('the comment of a linter', () => {
  const demo = verdictOf(corpusFiles('pint-demo/rules'));
  const comment = renderComment(demo, WHERE);

  it('lists the errors first, then the warnings grouped by check, alphabetically', () => {
    const withErrors = verdictOf(corpusFiles('promtool'));
    const text = renderComment(withErrors, WHERE);
    const errors = text.indexOf('#### ❌ Errors (');
    const warnings = text.indexOf('#### ⚠️ Warnings (');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    const checks = statedCounts(comment).checks.map((c) => c.check);
    expect(checks.length).toBeGreaterThan(3);
    expect(checks).toEqual([...checks].sort());
    expect(new Set(checks).size).toBe(checks.length);
  });

  it('names each finding’s check once', () => {
    const checks = new Set(demo.findings.map((f) => f.rule ?? ''));
    for (const line of comment.split('\n').filter((l) => l.startsWith('- '))) {
      const named = [...checks].filter((check) => line.includes(`\`${check}\``));
      // Grouped warnings leave it to their group's heading.
      expect(named, line).toEqual([]);
    }
    const promtool = renderComment(verdictOf(corpusFiles('promtool')), WHERE);
    const errorItems = (promtool.split('#### ❌ Errors')[1] ?? '').split('####')[0]?.split('\n');
    for (const line of (errorItems ?? []).filter((l) => l.startsWith('- '))) {
      expect(line.match(/`(?:promql|rulefmt|template|rules|alerts)\/[a-z-]+`/g), line).toHaveLength(
        1,
      );
    }
  });

  it('links each check to its documentation', () => {
    expect(comment).toContain(
      '**[`promql/dead-code`](https://github.com/acme/kaizen-gates/blob/v1/README.md#check-promql-dead-code)** · 1 warning',
    );
  });

  it('collapses the table of files, after the findings', () => {
    const table = comment.indexOf('<summary>Files with findings (');
    expect(table).toBeGreaterThan(comment.indexOf('#### ⚠️ Warnings ('));
    expect(comment).not.toMatch(/^#### Files with findings/m);
  });

  it('states the counts of the rows below them, in the headline, the metrics, the sections and the table', () => {
    const cases = [
      ['pint-demo/rules', undefined],
      ['promtool', undefined],
      ['awesome-prometheus-alerts', undefined],
      // Findings off the changed lines are listed, not annotated, and counted all the same.
      ['promtool', { start: 1, end: 20 }],
      ['pint-demo/rules', { start: 5, end: 6 }],
    ] as const;
    for (const [folder, changedLines] of cases) {
      const verdict = verdictOf(corpusFiles(folder), changedLines);
      if (changedLines !== undefined) {
        expect(verdict.findings.some((f) => f.annotate === false)).toBe(true);
        expect(verdict.findings.some((f) => f.annotate !== false)).toBe(true);
      }
      const stated = statedCounts(renderComment(verdict, WHERE));
      for (const severity of ['error', 'warning'] as const) {
        const total = ofSeverity(verdict, severity);
        expect(stated.headline[severity] ?? 0, `${folder} headline ${severity}`).toBe(total);
        expect(stated.sections[severity] ?? 0, `${folder} section ${severity}`).toBe(total);
        expect(verdict.metrics.find((m) => m.key === `${severity}s`)?.value).toBe(total);
        const column = severity === 'error' ? 1 : 2;
        const perFile = (verdict.tables[0]?.rows ?? []).reduce(
          (sum, row) => sum + Number(row[column]),
          0,
        );
        expect(perFile, `${folder} table ${severity}`).toBe(total);
      }
      const perCheck = stated.checks.filter((c) => c.severity === 'warning');
      expect(perCheck.reduce((sum, c) => sum + c.count, 0)).toBe(ofSeverity(verdict, 'warning'));
      expect(stated.shown + stated.omitted, folder).toBe(
        verdict.findings.filter((f) => f.severity !== 'notice').length,
      );
    }
  });

  it('fills the room of a comment before leaving findings out, and says where the rest are', () => {
    const verdict = verdictOf(corpusFiles('awesome-prometheus-alerts'));
    const text = renderComment(verdict, WHERE);
    const stated = statedCounts(text);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LENGTH_LIMIT);
    expect(text.length).toBeGreaterThan(COMMENT_LENGTH_LIMIT * 0.9);
    expect(stated.shown).toBeGreaterThan(COMMENT_FINDINGS_LIMIT * 3);
    expect(stated.omitted).toBeGreaterThan(0);
    expect(text).toMatch(
      /^_… [\d,]+ more warnings in \[the job summary\]\(https:\/\/github\.com\/acme\/rules\/actions\/runs\/42\)\._$/m,
    );
    // Every check keeps its heading and examples when the largest one has to give way.
    for (const check of stated.checks) {
      expect(text).toContain(`\`${check.check}\``);
    }
  });

  it('collapses a message of a paragraph’s length, its first clause in the summary', () => {
    const long = demo.findings.find(
      (f) => f.message.length > PARAGRAPH_LENGTH && f.rule === 'rules/duplicate',
    );
    expect(long).toBeDefined();
    const start = comment.indexOf(
      `<summary><code>${long?.file}:${long?.line}:${long?.column}</code>`,
    );
    expect(start).toBeGreaterThan(0);
    const block = comment.slice(start, comment.indexOf('</details>', start));
    const [summary, body] = block.split('</summary>');
    const shown = `${(summary ?? '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"')} ${visibleInline((body ?? '').trim())}`;
    expect(shown.replace(/ …|… /g, ' ').replace(/\s+/g, ' ')).toBe(
      `${long?.file}:${long?.line}:${long?.column} ${long?.message}`,
    );
    expect((summary ?? '').length).toBeLessThan(long?.message.length ?? 0);
  });
});

describe('a comment of thousands of findings from a hostile rule file', () => {
  const verdict = verdictOf([hostileFile()]);
  const comment = renderComment(verdict, WHERE);

  it('has thousands of findings of several checks', () => {
    expect(verdict.findings.length).toBeGreaterThan(2_000);
    expect(new Set(verdict.findings.map((f) => f.rule)).size).toBeGreaterThan(4);
  });

  it('stays within the limit and accounts for every finding', () => {
    const stated = statedCounts(comment);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LENGTH_LIMIT);
    expect(stated.shown + stated.omitted).toBe(verdict.findings.length);
    expect(stated.sections['error']).toBe(ofSeverity(verdict, 'error'));
    expect(stated.sections['warning']).toBe(ofSeverity(verdict, 'warning'));
    const checks = new Set(
      verdict.findings.filter((f) => f.severity === 'warning').map((f) => f.rule),
    );
    expect(stated.checks.map((c) => c.check).sort()).toEqual([...checks].sort());
  });

  it('lets nothing from the rule file become markup', () => {
    expect(comment).not.toMatch(/<!--/);
    const tokens = flatTokens(comment);
    for (const token of tokens) {
      if (token.type === 'html_block' || token.type === 'html_inline') {
        expect(
          OWN_HTML.some((pattern) => pattern.test(token.content)),
          token.content,
        ).toBe(true);
      }
      if (token.type === 'text')
        expect(token.content).not.toMatch(/(?:^|[^\w`])@[A-Za-z0-9]|#[0-9]/);
      if (token.type === 'link_open') {
        expect(token.attrGet('href')).toMatch(/^https:\/\/github\.com\/acme\//);
      }
    }
    const html = tokens.filter((t) => t.type === 'html_block').map((t) => t.content);
    const opened = html.filter((content) => content.startsWith('<details>')).length;
    expect(html.filter((content) => content.startsWith('</details>'))).toHaveLength(opened);
  });
});

describe('documentation links', () => {
  const finding: Finding = {
    severity: 'warning',
    file: 'rules/a.yml',
    line: 3,
    column: 5,
    rule: 'promql/dead-code',
    title: 'promql/dead-code',
    message: 'the fallback vector(0) is dead code',
    docsUrl: 'https://github.com/acme/kaizen-gates/blob/v1/README.md#check-promql-dead-code',
  };
  const verdictWith = (findings: Finding[]): Verdict => ({
    ...verdictOf([{ path: 'rules/a.yml', text: 'groups: []\n' }]),
    findings,
  });

  it('link the check in the job summary and the check run, and end the annotation', () => {
    const verdict = verdictWith([finding]);
    const summary = renderJobSummary(verdict, { version: '0' });
    expect(tables(summary).at(-1)?.[1]?.[2]).toBe('promql/dead-code');
    expect(summary).toContain(`| [\`promql/dead-code\`](${finding.docsUrl}) | the fallback`);
    const report = buildCheckRunReport(verdict, { name: 'p', advisory: false, version: '0' });
    expect(report.text).toContain(`[\`promql/dead-code\`](${finding.docsUrl})`);
    expect(report.annotations[0]?.title).toBe('promql/dead-code');
    expect(report.annotations[0]?.message).toBe(
      `the fallback vector(0) is dead code\n\nDocs: ${finding.docsUrl}`,
    );
  });

  it('are left out unless http(s)', () => {
    for (const docsUrl of ['javascript:alert(1)', 'data:text/html,x', 'not a url']) {
      const verdict = verdictWith([{ ...finding, docsUrl }]);
      const comment = renderComment(verdict, { version: '0' });
      expect(
        flatTokens(comment).some((t) => t.type === 'link_open'),
        docsUrl,
      ).toBe(false);
      expect(comment).toContain('**`promql/dead-code`** · 1 warning');
      expect(renderJobSummary(verdict, { version: '0' })).not.toContain('](');
      expect(toAnnotation({ ...finding, docsUrl })?.message).toBe(
        'the fallback vector(0) is dead code',
      );
    }
  });
});
