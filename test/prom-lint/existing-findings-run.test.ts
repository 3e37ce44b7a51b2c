/**
 * The gate against the merge base, in real git repositories (issue 14, items 8 and 20): with
 * `--base` and `--fail-on warn`, a branch that edits only a comment passes, the warnings its file
 * had listed as existing; what the branch brings still fails it; a rename keeps what a file had;
 * a shallow checkout without the merge base reports as before, with a note, and one deepened from
 * origin (the action's way) finds it; and a recording rule the branch removes while another rule
 * reads it is a finding (`rules/removed-dependency`, pint's rule/dependency).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedFilesOf } from '../../src/diff/changed-lines.js';
import { addedLinesOfPatch } from '../../src/diff/unified-diff.js';
import { readPromLintInputs } from '../../src/gates/prom-lint/inputs.js';
import { decodeRuleModels, lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import {
  gitPathspecsOf,
  readChangedRuleFilesFrom,
  runPromLint,
} from '../../src/gates/prom-lint/run.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { changedFileVersions } from '../../src/io/changed-file-versions.js';
import { readTextFile, resolveFiles } from '../../src/io/files.js';
import { RecordingLogger } from '../github/harness.js';
import { createTestRepo, githubStylePatch, type TestRepo } from '../diff/git-repo.js';
import { cli } from '../support/cli.js';
import { fileText } from './rule-files.js';

interface VerdictJson {
  status: string;
  headline: string;
  findings: { file: string; line: number; rule: string; annotate?: false; existing?: true }[];
  notes: { level: string; text: string }[];
  data: { findings: { file: string; line: number; check: string; message: string }[] };
}

/** Rules of an API: one true warning (absent() without `for`, on line 6). */
const API = [
  'groups:',
  '  - name: api',
  '    rules:',
  '      # Fires when the api job is gone from service discovery.',
  '      - alert: TargetMissing',
  '        expr: absent(up{job="api"})',
  '      - alert: Down',
  '        expr: up{job="api"} == 0',
  '        for: 5m',
];

/** Records of the API and an alert on one of them (line 9), which is clean. */
const RECORDS = [
  'groups:',
  '  - name: api-records',
  '    rules:',
  '      - record: job:up:sum',
  '        expr: sum by (job) (up)',
  '      - record: job:up:count',
  '        expr: count by (job) (up)',
  '      - alert: ApiJobDown',
  '        expr: job:up:sum{job="api"} == 0',
  '        for: 5m',
];

describe('lintRuleFiles with the rules before the change', () => {
  const head = fileText(RECORDS.filter((_, index) => index !== 3 && index !== 4));
  const before = decodeRuleModels([{ path: 'r.yml', text: fileText(RECORDS) }]);

  it('runs the removed-dependency check only when given them', () => {
    const checks = (options: Parameters<typeof lintRuleFiles>[1]) =>
      lintRuleFiles([{ path: 'r.yml', text: head }], options).findings.map((f) => f.check);
    expect(checks({})).toEqual([]);
    expect(checks({ before })).toEqual(['rules/removed-dependency']);
    // It is a warning check like any other: it can be switched off ...
    expect(
      checks({ before, settings: { ...defaultPromLintSettings, disabled: ['rules/*'] } }),
    ).toEqual([]);
  });

  it('... and silenced by pint’s comment for rule/dependency', () => {
    const silenced = head.replace(
      '      - alert: ApiJobDown',
      '      # pint disable rule/dependency\n      - alert: ApiJobDown',
    );
    const { findings, stats } = lintRuleFiles([{ path: 'r.yml', text: silenced }], { before });
    expect(findings.map((f) => f.check)).toEqual([]);
    expect(stats.suppressed).toBe(1);
  });
});

describe('gitPathspecsOf', () => {
  const linted = [{ path: './rules/api.rules.yml' }];
  it.each([
    [
      ['**/*.rules.yml', '**/*.rules.yaml'],
      ['**/*.rules.yml', '**/*.rules.yaml'],
    ],
    [['rules/*.{yml,yaml}'], ['rules/*.yml', 'rules/*.yaml']],
    [
      ['{a,b}/{x,y/{z,w}}.yml'],
      ['a/x.yml', 'a/y/z.yml', 'a/y/w.yml', 'b/x.yml', 'b/y/z.yml', 'b/y/w.yml'],
    ],
    [['rules/api.rules.yml'], ['rules/api.rules.yml']],
    [['./monitoring/'], ['monitoring/**/*.yml', 'monitoring/**/*.yaml']],
    [['.'], ['**/*.yml', '**/*.yaml']],
    [['rules/{only}.yml'], ['rules/{only}.yml']],
  ])('%j → %j', (paths, expected) => {
    expect(gitPathspecsOf(paths, linted)).toEqual(expected);
  });
});

describe('in a git repository', () => {
  let repo: TestRepo;
  let base: string;
  const originalCwd = process.cwd();
  beforeEach(() => {
    repo = createTestRepo();
    repo.write('rules/api.rules.yml', fileText(API));
    repo.write('rules/records.rules.yml', fileText(RECORDS));
    base = repo.commit('main');
    repo.git('checkout', '-q', '-b', 'feature');
    process.chdir(repo.dir);
  });
  afterEach(() => {
    process.chdir(originalCwd);
  });

  /** `kaizen-gates prom-lint ARGS --json FILE` in the repository, with the verdict it wrote. */
  async function run(...args: string[]) {
    const json = join(mkdtempSync(join(tmpdir(), 'kaizen-existing-')), 'verdict.json');
    const result = await cli(['prom-lint', ...args, '--json', json, '--no-color']);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
    return { ...result, verdict };
  }

  /** API with its comment rewritten on two lines: the branch touches no rule. */
  function commentEdited(): string[] {
    const lines = [...API];
    lines.splice(3, 1, '      # Fires when the api job is gone.', '      # Runbook: docs/api.md');
    return lines;
  }

  describe('prom-lint --base main --fail-on warn', () => {
    it('passes a branch that edits only a comment, listing the warning the file had as existing', async () => {
      repo.write('rules/api.rules.yml', fileText(commentEdited()));
      const { code, verdict, stderr } = await run('--base', 'main', '--fail-on', 'warn');
      expect(code).toBe(0);
      expect(verdict.status).toBe('pass');
      expect(verdict.findings).toEqual([
        expect.objectContaining({
          file: 'rules/api.rules.yml',
          line: 7,
          rule: 'alerts/absent-without-for',
          annotate: false,
          existing: true,
        }),
      ]);
      expect(stderr).toContain(
        'Linted the 1 changed rule file as at the merge base: 1 finding off the changed lines was there before',
      );
      // Without --base the same warning fails the run, as it should on a full lint.
      expect((await run('--fail-on', 'warn')).code).toBe(1);
    });

    it('fails on what the branch brings, and still lists what was there as existing', async () => {
      const lines = commentEdited();
      lines.push('      - alert: WebMissing', '        expr: absent(up{job="web"})');
      repo.write('rules/api.rules.yml', fileText(lines));
      const { code, verdict } = await run('--base', 'main', '--fail-on', 'warn');
      expect(code).toBe(1);
      expect(verdict.status).toBe('warn');
      expect(verdict.findings.map((f) => [f.line, f.rule, f.existing ?? false])).toEqual([
        [7, 'alerts/absent-without-for', true],
        [12, 'alerts/absent-without-for', false],
      ]);
    });

    it('follows a rename: the file under its new name had the warning under its old one', async () => {
      repo.git('mv', 'rules/api.rules.yml', 'rules/api-v2.rules.yml');
      repo.write('rules/api-v2.rules.yml', fileText(commentEdited()));
      repo.commit('rename and reword');
      const { code, verdict } = await run('--base', 'main', '--fail-on', 'warn');
      expect(code).toBe(0);
      expect(verdict.findings.map((f) => [f.file, f.line, f.existing])).toEqual([
        ['rules/api-v2.rules.yml', 7, true],
      ]);
    });
  });

  describe('a recording rule the branch removes while a rule still reads it', () => {
    it('is a finding on the rule that reads it, in the same file', async () => {
      const lines = RECORDS.filter((_, index) => index !== 3 && index !== 4);
      repo.write('rules/records.rules.yml', fileText(lines));
      const { code, verdict } = await run('--base', 'main');
      expect(code).toBe(0); // a warning, and --fail-on is fail
      expect(verdict.status).toBe('warn');
      expect(verdict.findings).toEqual([
        expect.objectContaining({
          file: 'rules/records.rules.yml',
          line: 7,
          rule: 'rules/removed-dependency',
          annotate: false,
        }),
      ]);
      expect(verdict.findings[0]?.existing).toBeUndefined();
      expect(
        verdict.data.findings.find((f) => f.check === 'rules/removed-dependency')?.message,
      ).toBe(
        'group "api-records", rule 2, "ApiJobDown": reads job:up:sum, which this change stops ' +
          'recording (its recording rule was in rules/records.rules.yml, group "api-records"): the ' +
          'series ends and this rule goes quiet; keep the recording rule or change this rule',
      );
    });

    it('is found when the branch deletes the whole file of records the rules read', async () => {
      // On main the records and the alert that reads one live in files of their own.
      repo.write('rules/records.rules.yml', fileText(RECORDS.slice(0, 7)));
      repo.write(
        'rules/alerts.rules.yml',
        fileText(['groups:', '  - name: api-alerts', '    rules:', ...RECORDS.slice(7)]),
      );
      repo.git('branch', '-q', '-f', 'main', repo.commit('records apart'));
      repo.git('rm', '-q', 'rules/records.rules.yml');
      const { verdict } = await run('--base', 'main');
      expect(
        verdict.data.findings
          .filter((f) => f.check === 'rules/removed-dependency')
          .map((f) => [f.file, f.line]),
      ).toEqual([['rules/alerts.rules.yml', 5]]);
      // The alerts file is not part of the change, yet the finding is the change's doing: it is
      // reported and counted, not left out with the unchanged files.
      expect(verdict.findings.map((f) => [f.rule, f.file])).toEqual([
        ['rules/removed-dependency', 'rules/alerts.rules.yml'],
      ]);
      expect(verdict.status).toBe('warn');
    });

    it('is not reported when another file still records the series', async () => {
      repo.write('rules/moved.rules.yml', fileText(RECORDS.slice(0, 5)));
      const lines = RECORDS.filter((_, index) => index !== 3 && index !== 4);
      repo.write('rules/records.rules.yml', fileText(lines));
      const { verdict } = await run('--base', 'main');
      expect(verdict.data.findings.map((f) => f.check)).not.toContain('rules/removed-dependency');
    });
  });

  describe('a checkout without the merge base (the action on a shallow clone)', () => {
    /** The pull request's change as the API gives it: its patch's added lines. */
    function pullRequestLookup(headCommit: string, root: string) {
      const patch = githubStylePatch(repo, base, headCommit, 'rules/api.rules.yml');
      return () =>
        Promise.resolve({
          kind: 'changes' as const,
          changes: changedFilesOf(
            [{ path: 'rules/api.rules.yml', lines: addedLinesOfPatch(patch) }],
            root,
          ),
          against: 'by pull request #12',
        });
    }

    it('reports as before with a note, and finds the base once deepened from origin', async () => {
      repo.write('rules/api.rules.yml', fileText(commentEdited()));
      const headCommit = repo.commit('reword');
      const clone = join(mkdtempSync(join(tmpdir(), 'kaizen-shallow-')), 'clone');
      execFileSync(
        'git',
        ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, clone],
        {
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        },
      );
      process.chdir(clone);
      const gate = (deepen: boolean, logger: RecordingLogger) =>
        runPromLint(
          readPromLintInputs(() => ''),
          {
            logger,
            resolveFiles,
            readFile: readTextFile,
            fileExists: () => Promise.resolve(false),
            changes: pullRequestLookup(headCommit, clone),
            readChangedRuleFiles: (patterns) =>
              readChangedRuleFilesFrom(() =>
                changedFileVersions(base, patterns, { cwd: clone, deepen, logger }),
              ),
          },
        );

      const shallow = await gate(false, new RecordingLogger());
      expect(shallow.status).toBe('warn');
      expect(shallow.findings.map((f) => f.existing)).toEqual([undefined]);
      expect(shallow.notes.map((n) => n.text)).toContainEqual(
        expect.stringMatching(
          /^Findings off the changed lines are not compared with the merge base \(This clone is shallow and lacks the merge base of '[0-9a-f]{40}' and HEAD: fetch the history first/,
        ),
      );

      const logger = new RecordingLogger();
      const deepened = await gate(true, logger);
      expect(deepened.status).toBe('pass');
      expect(deepened.findings.map((f) => [f.line, f.existing])).toEqual([[7, true]]);
      expect(logger.infos.join('\n')).toContain('Shallow clone: fetching 1 more commits');
    });
  });
});
