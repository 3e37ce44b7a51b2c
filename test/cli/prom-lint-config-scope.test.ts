/**
 * `kaizen-gates prom-lint` with a configuration file (`--config`, or the default file found in
 * the working directory) and a scope (`--scope`, `--base`), on real rule files in a real git
 * repository.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../..');
const example = (path: string) => readFileSync(join(root, 'examples/prom-lint', path), 'utf8');

interface VerdictJson {
  status: string;
  headline: string;
  findings: { file: string; line: number; rule: string; annotate?: false; existing?: true }[];
  notes: { level: string; text: string }[];
  metrics: { key: string; value: number }[];
}

let repo: TestRepo;
const originalCwd = process.cwd();
beforeEach(() => {
  // main has a valid file (with two absent-without-for warnings, and six template-label-removed
  // ones: summaries that read $labels.instance of aggregated alerts) and a file broken long ago.
  repo = createTestRepo();
  repo.write('rules/prometheus.rules.yml', example('valid/prometheus.rules.yml'));
  repo.write('rules/legacy.rules.yml', example('broken/noexpr.rules.yaml'));
  repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  process.chdir(repo.dir);
});
afterEach(() => {
  process.chdir(originalCwd);
});

async function run(...args: string[]) {
  const json = join(repo.dir, '..', `${repo.dir.split('/').at(-1) ?? 'x'}-verdict.json`);
  const result = await cli(['prom-lint', ...args, '--json', json, '--no-color']);
  const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
  return { ...result, verdict };
}

describe('prom-lint --help', () => {
  it('documents the configuration file and the scope', async () => {
    const help = await cli(['prom-lint', '--help']);
    expect(help.stdout).toMatch(
      /--config FILE\s+configuration file \(default: \.kaizen-gates\/prom-lint\.yml/,
    );
    expect(help.stdout).toMatch(/--base REF/);
    expect(help.stdout).toMatch(/--scope auto\|changed-files\|all/);
  });
});

describe('prom-lint --config', () => {
  it('reads the file named, and options override it', async () => {
    repo.write('ci/lint.yml', 'paths: [rules/prometheus.rules.yml]\ndisabled: [alerts/*]\n');
    const quiet = await run('--config', 'ci/lint.yml');
    expect(quiet.code).toBe(0);
    expect(quiet.verdict.status).toBe('pass');
    expect(quiet.stderr).toContain('Read the configuration file ci/lint.yml');
    // A path given on the command line wins over the file's paths.
    const both = await run('--config', 'ci/lint.yml', 'rules/legacy.rules.yml');
    expect(both.code).toBe(1);
    expect(both.verdict.findings.map((f) => f.rule)).toEqual(['rulefmt/expr-required']);
  });

  it('finds .kaizen-gates/prom-lint.yml without being told', async () => {
    repo.write(
      '.kaizen-gates/prom-lint.yml',
      'disabled: [alerts/absent-without-for, alerts/template-label-removed]\n',
    );
    const { verdict } = await run('rules/prometheus.rules.yml');
    expect(verdict.findings).toEqual([]);
  });

  it('exits 2 naming the file, line and key of a mistake', async () => {
    repo.write('.kaizen-gates/prom-lint.yml', 'scope: all\nscrape_interval: 30s\n');
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      ".kaizen-gates/prom-lint.yml:2:1: unknown key 'scrape_interval'. Did you mean 'scrape-interval'?",
    );
    repo.write('.kaizen-gates/prom-lint.yml', 'paths: [monitoring/*.rules.yml]\n');
    const nothing = await run();
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toContain(
      "Input 'paths' in '.kaizen-gates/prom-lint.yml': no file matches 'monitoring/*.rules.yml'.",
    );
    const missing = await run('--config', 'nope.yml');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("--config: the file 'nope.yml' does not exist.");
  });
});

describe('prom-lint --base', () => {
  it('reports only what the branch changed, and says what it left out', async () => {
    const lines = example('valid/prometheus.rules.yml').split('\n');
    const rules = lines.indexOf('  rules:');
    expect(rules).toBeGreaterThan(0);
    lines.splice(rules + 1, 0, '    - record: job:up:sum', '      expr: sum by (job) (up)');
    repo.write('rules/prometheus.rules.yml', lines.join('\n'));
    // Only the two absent-without-for warnings, to keep the scope's count readable.
    repo.write('.kaizen-gates/prom-lint.yml', 'disabled: [alerts/template-label-removed]\n');
    const scoped = await run('--base', 'main');
    // The legacy error is not this branch's doing: it neither shows nor fails the run.
    expect(scoped.code).toBe(0);
    // The two warnings were there at the base, off the lines the branch changed: existing.
    expect(scoped.verdict.status).toBe('pass');
    expect(scoped.verdict.findings.map((f) => f.existing)).toEqual([true, true]);
    expect(scoped.verdict.findings.every((f) => f.file === 'rules/prometheus.rules.yml')).toBe(
      true,
    );
    expect(scoped.verdict.findings.map((f) => f.annotate)).toEqual([false, false]);
    expect(scoped.verdict.metrics.find((m) => m.key === 'left-out')?.value).toBe(1);
    expect(scoped.stdout).toContain('1 error in 1 unchanged file is not reported');

    const all = await run('--base', 'main', '--scope', 'all');
    expect(all.code).toBe(1);
    expect(all.verdict.findings.map((f) => f.rule)).toContain('rulefmt/expr-required');
  });

  it('annotates a finding the branch put on a changed line', async () => {
    repo.write(
      'rules/new.rules.yml',
      'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: rate(x[5m]\n',
    );
    const { code, verdict } = await run('--base', 'main');
    expect(code).toBe(1);
    const syntax = verdict.findings.find((f) => f.rule === 'promql/syntax');
    expect(syntax).toMatchObject({ file: 'rules/new.rules.yml', line: 5 });
    expect(syntax?.annotate).toBeUndefined();
  });

  it('reports everything, with a note, when there is nothing to compare with', async () => {
    const noBase = await run('--scope', 'changed-files');
    expect(noBase.code).toBe(1);
    expect(noBase.verdict.notes).toContainEqual({
      level: 'info',
      text: 'Reporting the findings of every rule file: `scope: changed-files` needs the change under review, but no --base REF names what to compare with.',
    });
    // A ref that exists but shares no history with HEAD: the change is unknown, not mistyped.
    repo.git('checkout', '-q', '--orphan', 'unrelated');
    repo.commit('unrelated');
    repo.git('checkout', '-q', '-f', 'feature');
    const noMergeBase = await run('--base', 'unrelated');
    expect(noMergeBase.code).toBe(1);
    expect(noMergeBase.stderr).toMatch(
      /warning: Scope changed-files: git found no merge base of 'unrelated'/,
    );
    expect(noMergeBase.verdict.notes.map((n) => n.level)).toContain('warning');
    // Without --base and without --scope, everything is reported without a word.
    const plain = await run();
    expect(plain.verdict.notes).toEqual([]);
  });

  it('refuses a scope it does not know', async () => {
    const result = await run('--scope', 'changed');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      "--scope is 'changed'; expected one of: auto, changed-files, all.",
    );
  });
});
