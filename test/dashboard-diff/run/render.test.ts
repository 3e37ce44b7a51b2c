/**
 * jsonnet sources through `--render`, with Debian's real `jsonnet`: the head side renders in the
 * working tree, the base side in a temporary checkout of the merge base (so an import that the
 * change updated renders as it was), and a source that fails to render is a problem of that
 * file alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRenderCommand } from '../../../src/io/run-render-command.js';
import { cli } from '../../support/cli.js';
import { skipWithout, toolAvailable } from '../../support/tools.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const history = resolve(import.meta.dirname, '../../fixtures/dashboard-diff/dotdc-history');
const nodes = (revision: string): string =>
  readFileSync(join(history, 'k8s-views-nodes', revision), 'utf8');

const skip = skipWithout(
  'jsonnet',
  toolAvailable('jsonnet', ['--version']),
  'apt-get install jsonnet',
);

interface VerdictJson {
  status: string;
  findings: { file?: string; line?: number; severity: string; message: string }[];
  data: {
    changes: {
      file: string;
      area: string;
      kind: string;
      subject?: string;
      after?: unknown;
      textDiff?: string;
    }[];
    dashboards: { file: string; status: string }[];
  };
}

let repo: TestRepo;
const originalCwd = process.cwd();
beforeEach(() => {
  repo = createTestRepo();
  // The dashboard is a jsonnet source that imports a vendored dashboard and retitles it.
  repo.write('vendor/k8s-views-nodes.json', nodes('01-ab1d6d7.json'));
  repo.write(
    'dashboards/nodes.jsonnet',
    "local upstream = import 'k8s-views-nodes.json';\nupstream { title: 'Nodes' }\n",
  );
  repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  process.chdir(repo.dir);
});
afterEach(() => {
  process.chdir(originalCwd);
});

async function run(...args: string[]) {
  const json = join(repo.dir, '..', `${repo.dir.split('/').at(-1) ?? 'x'}.json`);
  const result = await cli(['dashboard-diff', ...args, '--json', json, '--no-color']);
  return { ...result, verdict: JSON.parse(readFileSync(json, 'utf8')) as VerdictJson };
}

describe.skipIf(skip)('dashboard-diff --render (jsonnet)', () => {
  it('renders the base side at the merge base, so an updated import shows as the change', async () => {
    repo.write('vendor/k8s-views-nodes.json', nodes('00-b4e0422.json'));
    repo.commit('vendor the next revision');
    const { code, verdict } = await run(
      '--base-ref',
      'main',
      '--render',
      'jsonnet -J vendor {file}',
      'dashboards/**/*.json',
    );
    expect(verdict.data.dashboards).toEqual([
      expect.objectContaining({ file: 'dashboards/nodes.jsonnet', status: 'modified' }),
    ]);
    // The vendored revision's real change: sum → max by (persistentvolumeclaim, namespace).
    const exprs = verdict.data.changes.filter((c) => c.textDiff !== undefined);
    expect(exprs).toHaveLength(3);
    for (const query of exprs) expect(query.textDiff).toMatch(/^\+max\(/m);
    expect(verdict.data.changes).toContainEqual(
      expect.objectContaining({
        area: 'query',
        after: '{{ namespace }} - {{ persistentvolumeclaim }}',
      }),
    );
    expect(code).toBe(verdict.status === 'fail' ? 1 : 0);
    // The temporary checkout of the merge base is gone.
    expect(repo.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('reports a source that does not render, and still diffs the others', async () => {
    repo.write('vendor/k8s-views-nodes.json', nodes('00-b4e0422.json'));
    repo.write(
      'dashboards/broken.jsonnet',
      "local x = import 'missing.libsonnet';\nx { title: 1 \n",
    );
    const { code, verdict } = await run('--base-ref', 'main', '--render', 'jsonnet -J vendor');
    expect(code).toBe(1);
    const problem = verdict.findings.find((f) => f.file === 'dashboards/broken.jsonnet');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(
      /render command `jsonnet -J vendor dashboards\/broken\.jsonnet` failed: it exited with code 1/,
    );
    expect(verdict.data.dashboards.map((d) => d.file)).toContain('dashboards/nodes.jsonnet');
  });

  it('passes a source named like an option as a path, so a pull request cannot add options', async () => {
    // A jsonnet source named `-oowned.jsonnet`: passed bare, jsonnet would read it as `-o owned.jsonnet`.
    repo.write('-oowned.jsonnet', "(import 'vendor/k8s-views-nodes.json') { title: 'Owned' }\n");
    const { verdict } = await run('--base-ref', 'main', '--render', 'jsonnet -J vendor {file}');
    expect(verdict.data.dashboards).toContainEqual(
      expect.objectContaining({ file: '-oowned.jsonnet', status: 'added' }),
    );
    expect(existsSync(join(repo.dir, 'owned.jsonnet'))).toBe(false);
  });

  it('renders both files of a named pair', async () => {
    repo.write('other.jsonnet', "(import 'vendor/k8s-views-nodes.json') { title: 'Nodes' }\n");
    const { code, verdict } = await run(
      '--base',
      'dashboards/nodes.jsonnet',
      '--head',
      'other.jsonnet',
      '--render',
      'jsonnet -J vendor {file}',
    );
    expect(code).toBe(0);
    expect(verdict.data.changes).toEqual([]);
  });
});

describe('runRenderCommand', () => {
  it('runs without a shell: a file name with shell syntax is one argument', async () => {
    const output = await runRenderCommand(['printf', '%s', '$(id); rm -rf x'], repo.dir);
    expect(output).toEqual({ ok: true, stdout: '$(id); rm -rf x' });
  });

  it('names a program that is not installed', async () => {
    const output = await runRenderCommand(['no-such-renderer', 'a.jsonnet'], repo.dir);
    expect(output).toEqual({
      ok: false,
      message:
        "the render command `no-such-renderer a.jsonnet` failed: 'no-such-renderer' was not found (is it installed and on PATH?)",
    });
  });

  it('gives the exit code and the first lines of what the command printed on stderr', async () => {
    const output = await runRenderCommand(
      ['sh', '-c', 'echo "line 1: oops" >&2; exit 3'],
      repo.dir,
    );
    expect(output).toEqual({
      ok: false,
      message:
        'the render command `sh -c echo "line 1: oops" >&2; exit 3` failed: it exited with code 3: line 1: oops',
    });
  });
});
