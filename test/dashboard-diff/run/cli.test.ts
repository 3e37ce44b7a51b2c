/**
 * `kaizen-gates dashboard-diff` end to end, in process: a real before/after pair of a dotdc
 * dashboard (--base/--head), and a real git repository whose branch edits, renames, adds and
 * breaks dashboards (--base-ref), with the exit codes, --json and --markdown.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../../..');
const demoBase = join(root, 'examples/dashboard-diff/base/k8s-views-global.json');
const demoHead = join(root, 'examples/dashboard-diff/head/k8s-views-global.json');
const fixture = (path: string): string =>
  readFileSync(join(root, 'test/fixtures/dashboard-diff', path), 'utf8');

interface VerdictJson {
  gate: string;
  status: string;
  headline: string;
  findings: { file?: string; line?: number; column?: number; rule?: string; severity: string }[];
  metrics: { key: string; value: number }[];
  data: {
    changes: {
      dashboard: string;
      file: string;
      area: string;
      kind: string;
      panel?: string;
      subject?: string;
      textDiff?: string;
    }[];
    dashboards: { dashboard: string; file: string; baseFile?: string; status: string }[];
  };
}

const originalCwd = process.cwd();
afterEach(() => {
  process.chdir(originalCwd);
});

async function run(args: string[], json: string) {
  const result = await cli(['dashboard-diff', ...args, '--json', json, '--no-color']);
  const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
  return { ...result, verdict };
}

describe('dashboard-diff --help', () => {
  it('documents both ways of naming the sides, the render command and the lint file', async () => {
    const help = await cli(['dashboard-diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--base FILE --head FILE/);
    expect(help.stdout).toMatch(/--base-ref REF/);
    expect(help.stdout).toMatch(/--render 'jsonnet -J vendor \{file\}'/);
    expect(help.stdout).toMatch(/--lint-config FILE .*\.lint when present/);
    expect((await cli(['--help'])).stdout).toMatch(/dashboard-diff\s+review Grafana dashboard/);
  });
});

describe('dashboard-diff --base --head', () => {
  let out: string;
  beforeEach(() => {
    out = createTestRepo().dir; // any fresh folder for the outputs
  });

  it('reports the real change of the demo pair, and writes JSON and Markdown', async () => {
    const markdown = join(out, 'comment.md');
    const result = await run(
      ['--base', demoBase, '--head', demoHead, '--markdown', markdown],
      join(out, 'verdict.json'),
    );
    const { verdict } = result;
    expect(verdict.gate).toBe('dashboard-diff');
    // The change: a `job` variable, and `job="$job"` added to the queries.
    expect(verdict.data.changes).toContainEqual(
      expect.objectContaining({ area: 'variable', kind: 'added', subject: 'job' }),
    );
    const queries = verdict.data.changes.filter((c) => c.area === 'query');
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const query of queries) expect(query.textDiff).toMatch(/^\+.*job="\$job"/m);
    expect(verdict.data.changes.every((c) => c.dashboard === 'Kubernetes / Views / Global')).toBe(
      true,
    );
    expect(result.stdout).toMatch(/Variable `job` added/);
    expect(readFileSync(markdown, 'utf8')).toMatch(/job=\\?"\$job\\?"/);
    // Changes alone never fail; the exit code follows the verdict and --fail-on.
    expect(verdict.status).not.toBe('fail');
    expect(result.code).toBe(0);
    const strict = await cli([
      'dashboard-diff',
      '--base',
      demoBase,
      '--head',
      demoHead,
      '--fail-on',
      'warn',
      '--quiet',
    ]);
    expect(strict.code).toBe(verdict.status === 'warn' ? 1 : 0);
  });

  it('finds no change between a dashboard and itself', async () => {
    const { code, verdict } = await run(
      ['--base', demoHead, '--head', demoHead],
      join(out, 'same.json'),
    );
    expect(code).toBe(0);
    expect(verdict.status).toBe('pass');
    expect(verdict.data.changes).toEqual([]);
    expect(verdict.headline).toMatch(/no dashboard changes/i);
  });

  it('reads the lint configuration: .lint where it runs, or the file --lint-config names', async () => {
    const { writeFileSync } = await import('node:fs');
    const pair = ['--base', demoBase, '--head', demoHead];
    const before = await run(pair, join(out, 'before.json'));
    const rule = 'template-on-time-change-reload-rule';
    expect(before.verdict.findings.map((f) => f.rule)).toContain(rule);
    // grafana/dashboard-linter's format: the rule excluded, with a reason.
    writeFileSync(
      join(out, '.lint'),
      `exclusions:\n  ${rule}:\n    reason: refreshed on load on purpose\n`,
    );
    process.chdir(out);
    const excluded = await run(pair, join(out, 'excluded.json'));
    expect(excluded.verdict.findings.map((f) => f.rule)).not.toContain(rule);
    expect(excluded.stderr).toContain('Read the lint configuration .lint');
    writeFileSync(join(out, 'strict.lint'), '');
    const named = await run([...pair, '--lint-config', 'strict.lint'], join(out, 'named.json'));
    expect(named.verdict.findings.map((f) => f.rule)).toContain(rule);
    const missing = await cli(['dashboard-diff', ...pair, '--lint-config', 'nope.lint']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/--lint-config: the file 'nope\.lint' does not exist/);
    writeFileSync(join(out, '.lint'), 'exclusions:\n  panel-units-rul:\n');
    const mistyped = await cli(['dashboard-diff', ...pair]);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stdout).toMatch(/\.lint:2:\d+/);
  });

  it('exits 2 naming a file that does not exist', async () => {
    const result = await cli([
      'dashboard-diff',
      '--base',
      join(out, 'nope.json'),
      '--head',
      demoHead,
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/nope\.json/);
  });

  it('exits 2 with the line and column of a named file that is not valid JSON', async () => {
    const { writeFileSync } = await import('node:fs');
    const broken = join(out, 'broken.json');
    // A real dashboard, cut off in the middle of its panels.
    const text = readFileSync(demoHead, 'utf8');
    writeFileSync(broken, text.slice(0, text.indexOf('"targets"')));
    const result = await cli(['dashboard-diff', '--base', demoBase, '--head', broken]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/broken\.json:?.*\d+.*JSON/);
  });

  it('exits 2 on a named file that is not a dashboard', async () => {
    const result = await cli([
      'dashboard-diff',
      '--base',
      demoBase,
      '--head',
      join(root, 'package.json'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/package\.json' is not a dashboard/);
  });

  it.each([
    [['--base', 'a.json'], /--head is required with --base/],
    [[], /--base-ref is required/],
    [['--bsae', 'a.json'], /--bsae/],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await cli(['dashboard-diff', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(message);
  });
});

describe('dashboard-diff --base-ref', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
    repo.write('dashboards/nodes.json', fixture('dotdc-history/k8s-views-nodes/01-ab1d6d7.json'));
    repo.write('dashboards/global.json', fixture('dotdc-history/k8s-views-global/07-b1e2f0b.json'));
    repo.write('dashboards/coredns.json', fixture('dotdc/k8s-system-coredns.json'));
    repo.write('package.json', '{"name": "dashboards", "private": true}\n');
    repo.commit('main');
    repo.git('checkout', '-q', '-b', 'feature');
    process.chdir(repo.dir);
  });

  const verdictPath = () => join(repo.dir, '..', `${repo.dir.split('/').at(-1) ?? 'x'}.json`);

  it('diffs every changed dashboard against the merge base, following a rename', async () => {
    repo.write('dashboards/nodes.json', fixture('dotdc-history/k8s-views-nodes/00-b4e0422.json'));
    repo.git('mv', 'dashboards/global.json', 'dashboards/global-view.json');
    repo.commit('feature');
    // Uncommitted: the renamed file's next revision, a changed package.json, a new dashboard.
    repo.write(
      'dashboards/global-view.json',
      fixture('dotdc-history/k8s-views-global/06-13bb54f.json'),
    );
    repo.write('package.json', '{"name": "dashboards", "private": false}\n');
    repo.write('dashboards/pods.json', fixture('dotdc/k8s-views-pods.json'));
    const { code, verdict, stdout } = await run(['--base-ref', 'main'], verdictPath());
    expect(verdict.headline).toMatch(/since main \([0-9a-f]{7}\)/);
    const byFile = Object.fromEntries(verdict.data.dashboards.map((d) => [d.file, d]));
    expect(Object.keys(byFile).sort()).toEqual([
      'dashboards/global-view.json',
      'dashboards/nodes.json',
      'dashboards/pods.json',
    ]);
    expect(byFile['dashboards/global-view.json']).toMatchObject({
      baseFile: 'dashboards/global.json',
      status: 'modified',
    });
    expect(byFile['dashboards/pods.json']?.status).toBe('added');
    // The renamed file's real change is reported as a change, not as a removal and an addition.
    expect(verdict.data.changes).toContainEqual(
      expect.objectContaining({
        file: 'dashboards/global-view.json',
        area: 'variable',
        subject: 'job',
      }),
    );
    // package.json is looked at and left out; coredns.json did not change.
    expect(stdout).not.toMatch(/coredns/);
    expect(code).toBe(verdict.status === 'fail' ? 1 : 0);
  });

  it('reports a broken dashboard on its line and still diffs the others (exit 1)', async () => {
    const text = fixture('dotdc/k8s-system-coredns.json');
    // A real editing slip: a trailing comma after the first panel's id.
    const broken = text.replace(/("id": \d+),\n/, '$1,,\n');
    expect(broken).not.toBe(text);
    repo.write('dashboards/coredns.json', broken);
    repo.write('dashboards/nodes.json', fixture('dotdc-history/k8s-views-nodes/00-b4e0422.json'));
    const { code, verdict } = await run(['--base-ref', 'main'], verdictPath());
    expect(code).toBe(1);
    expect(verdict.status).toBe('fail');
    const problem = verdict.findings.find((f) => f.file === 'dashboards/coredns.json');
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1;
    expect(problem).toMatchObject({ severity: 'error', line });
    expect(verdict.data.dashboards.map((d) => d.file)).toContain('dashboards/nodes.json');
  });

  it('does not fail a change that fixes a broken dashboard, and lists what it skipped', async () => {
    const text = fixture('dotdc/k8s-system-coredns.json');
    repo.git('checkout', '-q', 'main');
    repo.write('dashboards/coredns.json', text.replace(/("id": \d+),\n/, '$1,,\n'));
    repo.commit('a slip on main');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--ff-only', 'main');
    repo.write('dashboards/coredns.json', text); // the fix
    repo.write('package.json', '{"name": "dashboards", "private": false}\n');
    const markdown = join(repo.dir, '..', `${repo.dir.split('/').at(-1) ?? 'x'}.md`);
    const { code, verdict } = await run(
      ['--base-ref', 'main', '--markdown', markdown],
      verdictPath(),
    );
    expect(verdict.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    const comment = readFileSync(markdown, 'utf8');
    expect(comment).toMatch(/dashboards\/coredns\.json.*the base version could not be read/);
    expect(comment).toMatch(/package\.json.*nothing in it looks like a dashboard/);
  });

  it('limits the change to the paths given', async () => {
    repo.write('dashboards/nodes.json', fixture('dotdc-history/k8s-views-nodes/00-b4e0422.json'));
    repo.write('other/pods.json', fixture('dotdc/k8s-views-pods.json'));
    const { verdict } = await run(['--base-ref', 'main', 'other/*.json'], verdictPath());
    expect(verdict.data.dashboards.map((d) => d.file)).toEqual(['other/pods.json']);
  });

  it('reads dashboards out of a ConfigMap named in the paths', async () => {
    // The way kube-prometheus ships dashboards: JSON strings in a ConfigMap's data.
    const configMap = (nodes: string): string =>
      yaml.dump({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'grafana-dashboard-nodes', namespace: 'monitoring' },
        data: { 'nodes.json': nodes },
      });
    repo.git('checkout', '-q', 'main');
    repo.write(
      'deploy/dashboards.yaml',
      configMap(fixture('dotdc-history/k8s-views-nodes/01-ab1d6d7.json')),
    );
    repo.commit('the ConfigMap');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--ff-only', 'main');
    repo.write(
      'deploy/dashboards.yaml',
      configMap(fixture('dotdc-history/k8s-views-nodes/00-b4e0422.json')),
    );
    const { verdict } = await run(['--base-ref', 'main', 'deploy/*.yaml'], verdictPath());
    expect(verdict.data.dashboards).toEqual([
      expect.objectContaining({ file: 'deploy/dashboards.yaml', status: 'modified' }),
    ]);
    // The real change of that revision: sum → max by (persistentvolumeclaim, namespace).
    const exprs = verdict.data.changes.filter((c) => c.textDiff !== undefined);
    expect(exprs).toHaveLength(3);
    for (const change of exprs) expect(change.textDiff).toMatch(/^\+max\(/m);
  });

  it('reads a directory named in the paths as its JSON files', async () => {
    repo.write('dashboards/nodes.json', fixture('dotdc-history/k8s-views-nodes/00-b4e0422.json'));
    repo.write('dashboards/lib/panels.libsonnet', '{ panel(title):: { title: title } }\n');
    repo.write('dashboards/README.md', '# Our dashboards\n');
    for (const path of ['dashboards', 'dashboards/']) {
      const { code, verdict } = await run(['--base-ref', 'main', path], verdictPath());
      expect(verdict.data.dashboards.map((d) => d.file)).toEqual(['dashboards/nodes.json']);
      expect(verdict.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(code).toBe(0);
    }
  });

  it('passes with nothing to say when no dashboard changed', async () => {
    repo.write('package.json', '{"name": "renamed"}\n');
    const { code, verdict } = await run(['--base-ref', 'main'], verdictPath());
    expect(code).toBe(0);
    expect(verdict.data.dashboards).toEqual([]);
    expect(verdict.headline).toMatch(/no dashboard changes since main/i);
  });

  it('exits 2 on a mistyped ref', async () => {
    const result = await cli(['dashboard-diff', '--base-ref', 'mian']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/git knows no commit 'mian'/);
  });
});
