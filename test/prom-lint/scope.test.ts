/**
 * Scoping prom-lint findings to the change under review: which findings are annotated, listed
 * or left out, what the verdict then says and decides, how the check run and the PR comment
 * respect it, how the scope falls back when there is no change to compare with, and the whole
 * gate on a real git repository.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { changedFilesOf, type ChangeLookup } from '../../src/diff/changed-lines.js';
import { localChanges } from '../../src/io/local-changes.js';
import { readPromLintInputs } from '../../src/gates/prom-lint/inputs.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { resolveReportScope, runPromLint } from '../../src/gates/prom-lint/run.js';
import { buildPromLintVerdict, type ReportScope } from '../../src/gates/prom-lint/verdict.js';
import { buildVerdictEnvelope, parseVerdictEnvelope } from '../../src/github/artifact.js';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import { renderComment } from '../../src/report/markdown.js';
import { silentLogger } from '../../src/shared/logger.js';
import { readTextFile, resolveFiles } from '../../src/io/files.js';
import { main } from '../../src/gates/prom-lint/main.js';
import { FakeGitHub } from '../github/fake-github.js';
import { RecordingLogger, TEST_TOKEN } from '../github/harness.js';
import { OpenApiServer } from '../github/openapi-server.js';
import { createTestRepo, githubStylePatch } from '../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = 'examples/prom-lint';
const BROKEN = `${EXAMPLES}/broken`;
const linted = [
  `${BROKEN}/bad-expr.rules.yaml`,
  `${BROKEN}/duplicate-grp.rules.yaml`,
  `${BROKEN}/noexpr.rules.yaml`,
  `${BROKEN}/record-and-alert.rules.yaml`,
  `${EXAMPLES}/valid/node-exporter.rules.yml`,
  `${EXAMPLES}/valid/prometheus.rules.yml`,
];
/**
 * The checks the examples trip beyond the ones the counts below were built on: naming and
 * annotation conventions, `$labels.instance` in summaries of aggregated alerts, `^` in regex
 * matchers and two overlapping disk IO alerts. Correct, but beside the point of scoping; off, so
 * each file keeps the few findings the scenarios are made of.
 */
const BESIDE_THE_POINT = [
  'conventions/*',
  'alerts/template-label-removed',
  'promql/regex-matcher',
  'alerts/overlap',
];
const { findings, stats } = lintRuleFiles(
  linted.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
  { settings: { ...defaultPromLintSettings, disabled: BESIDE_THE_POINT } },
);

/**
 * A pull request that changed line 5 of bad-expr (where its error is), line 1 of noexpr (its
 * error is on line 4), and the valid node-exporter file, which has no finding. The other files,
 * with 2 errors and 2 warnings between them (the rule that is both record and alert gets its error, no warnings), are not part of it.
 */
const pullRequest: ReportScope = {
  kind: 'changed-files',
  against: 'by pull request #12',
  changes: changedFilesOf([
    { path: `${BROKEN}/bad-expr.rules.yaml`, lines: [{ start: 5, end: 5 }] },
    { path: `./${BROKEN}/noexpr.rules.yaml`, lines: [{ start: 1, end: 1 }] },
    { path: `${EXAMPLES}/valid/node-exporter.rules.yml`, lines: 'whole-file' },
  ]),
};

describe('the verdict scoped to a pull request', () => {
  const verdict = buildPromLintVerdict(findings, stats, {
    key: 'default',
    searched: linted,
    scope: pullRequest,
    linted,
  });

  it('annotates findings on changed lines and lists those elsewhere in changed files', () => {
    expect(
      verdict.findings.map((f) => [f.file?.replace(`${BROKEN}/`, ''), f.line, f.annotate]),
    ).toEqual([
      ['bad-expr.rules.yaml', 5, undefined],
      ['noexpr.rules.yaml', 4, false],
    ]);
  });

  it('fails on errors in changed files, counts and names what it left out, keeps every finding in data', () => {
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toBe(
      '2 errors in 2 of 3 changed rule files (4 more findings in unchanged files)',
    );
    expect(verdict.metrics).toContainEqual({
      key: 'left-out',
      label: 'Left out (unchanged files)',
      value: 4,
      output: true,
    });
    expect(verdict.metrics.find((m) => m.key === 'errors')?.value).toBe(2);
    expect(verdict.metrics.find((m) => m.key === 'warnings')?.value).toBe(0);
    expect(verdict.notes).toEqual([
      {
        level: 'info',
        text:
          'Only findings in the rule files changed by pull request #12 are reported; those on changed lines are annotated. ' +
          '1 finding elsewhere in the changed files is listed but not annotated. ' +
          '2 errors and 2 warnings in 3 unchanged files are not reported and do not fail the gate; set `scope: all` to see them.',
      },
    ]);
    const data = verdict.data as {
      findings: { place?: string; severity: string; check: string }[];
    };
    expect(data.findings).toHaveLength(findings.length);
    expect(data.findings.map((f) => f.place)).toEqual([
      'changed-lines',
      'unchanged-file',
      'changed-file',
      'unchanged-file',
      'unchanged-file',
      'unchanged-file',
    ]);
    expect(verdict.data?.['scope']).toEqual({
      kind: 'changed-files',
      against: 'by pull request #12',
      changedRuleFiles: 3,
      reported: 2,
      annotated: 1,
      leftOut: 4,
    });
  });

  it('sends only the findings on changed lines as annotations', () => {
    const report = buildCheckRunReport(verdict, {
      name: 'prom-lint',
      advisory: false,
      version: '0',
    });
    expect(report.annotations.map((a) => [a.path, a.start_line])).toEqual([
      [`${BROKEN}/bad-expr.rules.yaml`, 5],
    ]);
    expect(report.omittedAnnotations).toBe(0);
    // The details still hold both reported findings.
    expect(report.text).toContain('noexpr.rules.yaml:4');
    expect(report.conclusion).toBe('failure');
  });

  it('lists the others in the comment, linked to their lines', () => {
    const comment = renderComment(verdict, {
      version: '0',
      fileUrl: `https://github.com/acme/rules/blob/${'e'.repeat(40)}/`,
    });
    // One list of the reported findings, counted as the headline counts them; the annotated
    // ones are linked too (the comment is read apart from the diff), the others say where they are.
    const errors = comment.split('#### ❌ Errors (2)\n\n')[1]?.split('\n\n')[0]?.split('\n');
    expect(errors).toEqual([
      `- [\`${BROKEN}/bad-expr.rules.yaml:5:20\`](https://github.com/acme/rules/blob/${'e'.repeat(40)}/examples/prom-lint/broken/bad-expr.rules.yaml#L5) \`promql/type\`: group &quot;yolo&quot;, rule 1, &quot;yolo&quot;: could not parse expression: 1:6: parse error: expected type range vector in call to function &quot;rate&quot;, got instant vector`,
      `- [\`${BROKEN}/noexpr.rules.yaml:4:9\`](https://github.com/acme/rules/blob/${'e'.repeat(40)}/examples/prom-lint/broken/noexpr.rules.yaml#L4) \`rulefmt/expr-required\`: group &quot;yolo&quot;, rule 1, &quot;ylo&quot;: field 'expr' must be set in rule · _off the changed lines_`,
    ]);
    expect(comment).not.toContain('Outside the changed lines');
    // Without a web address the location is plain code.
    const plain = renderComment(verdict, { version: '0' });
    expect(plain).toContain(`- \`${BROKEN}/noexpr.rules.yaml:4:9\` \`rulefmt/expr-required\`: `);
  });
});

describe('the fork pull request pattern', () => {
  it('carries findings marked annotate: false through the verdict envelope', () => {
    const verdict = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: linted,
      scope: pullRequest,
      linted,
    });
    const checkRun = buildCheckRunReport(verdict, { name: 'p', advisory: false, version: '0' });
    const envelope = buildVerdictEnvelope(
      verdict,
      {
        event: 'pull_request',
        eventName: 'pull_request',
        owner: 'acme',
        repo: 'rules',
        pullRequest: {
          number: 12,
          headSha: 'e'.repeat(40),
          baseSha: 'f'.repeat(40),
          baseRef: 'main',
          headRepoFullName: 'fork/rules',
          isFork: true,
        },
        sha: 'e'.repeat(40),
        runId: 1,
        apiUrl: 'https://api.github.com',
        serverUrl: 'https://github.com',
        ref: 'refs/pull/12/merge',
      },
      { commentBody: renderComment(verdict, { version: '0' }), checkRun },
    );
    const parsed = parseVerdictEnvelope(JSON.stringify(envelope));
    expect(parsed.verdict.findings.map((f) => f.annotate)).toEqual([undefined, false]);
    expect(parsed.checkRun.annotations).toHaveLength(1);
    // Anything but `false` stays refused.
    const tampered = JSON.parse(JSON.stringify(envelope)) as typeof envelope;
    (tampered.verdict.findings[0] as unknown as Record<string, unknown>)['annotate'] = true;
    expect(() => parseVerdictEnvelope(JSON.stringify(tampered))).toThrow(/annotate/);
  });
});

describe('findings only where the pull request did not look', () => {
  it('pass, and say how many were left out', () => {
    const clean: ReportScope = {
      kind: 'changed-files',
      against: 'by pull request #3',
      changes: changedFilesOf([{ path: `${EXAMPLES}/valid/node-exporter.rules.yml`, lines: [] }]),
    };
    const verdict = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: linted,
      scope: clean,
      linted,
    });
    expect(verdict.status).toBe('pass');
    expect(verdict.findings).toEqual([]);
    expect(verdict.headline).toBe(
      'No problems in 1 changed rule file (6 more findings in unchanged files)',
    );
  });

  it('say so when the pull request touches no rule file', () => {
    const none: ReportScope = {
      kind: 'changed-files',
      against: 'by pull request #4',
      changes: changedFilesOf([{ path: 'README.md', lines: 'whole-file' }]),
    };
    const verdict = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: linted,
      scope: none,
      linted,
    });
    expect(verdict.status).toBe('pass');
    expect(verdict.headline).toBe(
      '6 rule files, none changed by pull request #4 (6 more findings in unchanged files)',
    );
  });
});

describe('resolveReportScope', () => {
  const changes: ChangeLookup = {
    kind: 'changes',
    against: 'by pull request #1',
    changes: changedFilesOf([]),
  };
  const notAPullRequest: ChangeLookup = {
    kind: 'unavailable',
    reason: 'this run is not about a pull request (event push)',
    problem: false,
  };
  const failed: ChangeLookup = {
    kind: 'unavailable',
    reason: 'could not list the files of pull request #1: HTTP 403: Forbidden',
    problem: true,
  };

  it.each([
    ['all', changes, { kind: 'all' }, 0],
    ['auto', changes, { kind: 'changed-files', against: 'by pull request #1' }, 1],
    ['changed-files', changes, { kind: 'changed-files' }, 1],
    // auto on a push: nothing to compare with, nothing to say.
    ['auto', notAPullRequest, { kind: 'all' }, 1],
    [
      'changed-files',
      notAPullRequest,
      {
        kind: 'all',
        fallback: {
          level: 'info',
          reason:
            '`scope: changed-files` needs the change under review, but this run is not about a pull request (event push)',
        },
      },
      1,
    ],
    [
      'auto',
      failed,
      {
        kind: 'all',
        fallback: {
          level: 'warning',
          reason:
            '`scope: changed-files` needs the change under review, but could not list the files of pull request #1: HTTP 403: Forbidden',
        },
      },
      1,
    ],
  ] as const)('scope %s with %o', async (scope, lookup, expected, asked) => {
    let calls = 0;
    const resolved = await resolveReportScope(
      scope,
      () => {
        calls++;
        return Promise.resolve(lookup);
      },
      silentLogger,
    );
    expect(resolved).toMatchObject(expected);
    expect(calls).toBe(asked);
  });

  it('falls back visibly and never fails when the lookup failed', async () => {
    const logger = new RecordingLogger();
    const verdict = buildPromLintVerdict(findings, stats, {
      key: 'default',
      searched: linted,
      scope: await resolveReportScope('auto', () => Promise.resolve(failed), logger),
      linted,
    });
    expect(logger.warnings).toEqual([
      'Scope changed-files: could not list the files of pull request #1: HTTP 403: Forbidden; reporting every file',
    ]);
    expect(verdict.findings).toHaveLength(findings.length);
    expect(verdict.findings.some((f) => f.annotate === false)).toBe(false);
    expect(verdict.notes).toContainEqual({
      level: 'warning',
      text: 'Reporting the findings of every rule file: `scope: changed-files` needs the change under review, but could not list the files of pull request #1: HTTP 403: Forbidden.',
    });
  });
});

describe('the gate on a real repository', () => {
  it('reports what a branch broke and leaves out what was broken before', async () => {
    const repo = createTestRepo();
    const good = readFileSync(join(root, EXAMPLES, 'valid/prometheus.rules.yml'), 'utf8');
    repo.write('rules/prometheus.rules.yml', good);
    // Broken on main already: not this branch's doing.
    repo.write(
      'rules/legacy.rules.yml',
      readFileSync(join(root, BROKEN, 'noexpr.rules.yaml'), 'utf8'),
    );
    repo.commit('main');
    repo.git('checkout', '-q', '-b', 'feature');
    // The branch breaks the expression of the second alert.
    const lines = good.split('\n');
    const exprLine = lines.findIndex((line, index) => index > 12 && /^\s+expr: /.test(line));
    lines[exprLine] = lines[exprLine]?.replace(/expr: .*/, 'expr: rate(up[5m]') ?? '';
    repo.write('rules/prometheus.rules.yml', lines.join('\n'));

    const cwd = process.cwd();
    process.chdir(repo.dir);
    try {
      // As a configuration file would: the summaries' `$labels.instance` on aggregated alerts
      // (alerts/template-label-removed) are beside the point here.
      const config = { path: 'prom-lint.yml', disabled: ['alerts/template-label-removed'] };
      const verdict = await runPromLint(
        readPromLintInputs(() => '', config),
        {
          logger: silentLogger,
          resolveFiles,
          readFile: readTextFile,
          fileExists: () => Promise.resolve(false),
          changes: () => localChanges('main', repo.dir),
        },
      );
      expect(verdict.status).toBe('fail');
      const errors = verdict.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.file, f.line, f.rule, f.annotate])).toEqual([
        ['rules/prometheus.rules.yml', exprLine + 1, 'promql/syntax', undefined],
      ]);
      // The two absent() warnings of the file are elsewhere in it: listed, not annotated.
      expect(
        verdict.findings.filter((f) => f.severity === 'warning').map((f) => f.annotate),
      ).toEqual([false, false]);
      expect(verdict.metrics.find((m) => m.key === 'left-out')?.value).toBe(1);
      expect(verdict.headline).toMatch(/\(1 more finding in unchanged files\)$/);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the action on a pull request', () => {
  it('annotates what the pull request changed, lists the rest of its files, leaves out the others', async () => {
    // The workspace: a checkout whose branch added a broken alert to a file with two warnings;
    // another file was broken on main already.
    const repo = createTestRepo();
    const good = readFileSync(join(root, EXAMPLES, 'valid/prometheus.rules.yml'), 'utf8');
    repo.write('rules/prometheus.rules.yml', good);
    repo.write(
      'rules/legacy.rules.yml',
      readFileSync(join(root, BROKEN, 'noexpr.rules.yaml'), 'utf8'),
    );
    const base = repo.commit('main');
    const lines = good.split('\n');
    const rules = lines.indexOf('  rules:');
    lines.splice(rules + 1, 0, '    - alert: Broken', '      expr: rate(up[5m]');
    repo.write('rules/prometheus.rules.yml', lines.join('\n'));
    const head = repo.commit('break');
    const patch = githubStylePatch(repo, base, head, 'rules/prometheus.rules.yml');

    const fake = new FakeGitHub();
    const server = await OpenApiServer.start({
      ...fake.handlers(),
      'pulls/list-files': (request) => ({
        status: 200,
        body: [
          {
            sha: '1'.repeat(40),
            filename: 'rules/prometheus.rules.yml',
            status: 'modified',
            additions: 2,
            deletions: 0,
            changes: 2,
            blob_url: `https://github.com/Codertocat/Hello-World/blob/${head}/rules/prometheus.rules.yml`,
            raw_url: `https://github.com/Codertocat/Hello-World/raw/${head}/rules/prometheus.rules.yml`,
            contents_url: `${request.baseUrl}/repos/Codertocat/Hello-World/contents/rules/prometheus.rules.yml?ref=${head}`,
            patch,
          },
        ],
      }),
    });
    const temp = mkdtempSync(join(tmpdir(), 'kaizen-pl-action-'));
    const outputFile = join(temp, 'output');
    writeFileSync(outputFile, '');
    writeFileSync(join(temp, 'summary'), '');
    const env: Record<string, string> = {
      'INPUT_GITHUB-TOKEN': TEST_TOKEN,
      'INPUT_MAX-ANNOTATIONS': '1000',
      INPUT_COMMENT: 'always',
      'INPUT_CHECK-RUN': 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(root, 'test/fixtures/events/pull_request.synchronize.json'),
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '77',
      GITHUB_API_URL: server.baseUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const cwd = process.cwd();
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.chdir(repo.dir);
    try {
      await main();
    } finally {
      process.chdir(cwd);
      write.mockRestore();
      process.exitCode = undefined;
      await server.close();
    }
    expect(server.violations).toEqual([]);
    expect(server.requestsTo('pulls/list-files')).toHaveLength(1);
    const [run] = [...fake.checkRuns.values()];
    expect(run?.conclusion).toBe('failure');
    const brokenLine = rules + 3;
    expect(run?.annotations).toEqual([
      expect.objectContaining({ path: 'rules/prometheus.rules.yml', start_line: brokenLine }),
    ]);
    const [comment] = fake.commentsOn(2);
    // Listed under their check, marked as off the changed lines.
    expect(comment?.body).toMatch(
      /\*\*`alerts\/absent-without-for`\*\* · 2 warnings[^\n]*\n\n- \[`rules\/prometheus\.rules\.yml:\d+:\d+`\][^\n]*· _off the changed lines_\n/,
    );
    expect(comment?.body).not.toContain('legacy.rules.yml');
    expect(readFileSync(outputFile, 'utf8')).toMatch(/left-out<<[^\n]+\n1\n/);
  });
});
