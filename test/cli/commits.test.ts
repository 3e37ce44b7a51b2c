/**
 * The commits named by `--markdown` in local runs, in a throw-away git repository: HEAD, and the
 * merge base with the ref given by `--base` (prom-lint) or `--base-ref` (the other gates); no
 * links, since a local checkout knows no web address; nothing when git cannot tell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localCommits } from '../../src/cli/outputs.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';
import { cli } from '../support/cli.js';
import { emptyVerdict } from '../report/verdicts.js';

const originalCwd = process.cwd();
afterEach(() => {
  process.chdir(originalCwd);
});

const rules = (expr: string): string =>
  [
    'groups:',
    '  - name: node',
    '    rules:',
    '      - alert: NodeDown',
    `        expr: ${expr}`,
    '',
  ].join('\n');

/** A repository whose `feature` branch forks from `main` and both move on after the fork. */
function forkedRepo(): { repo: TestRepo; mergeBase: string; head: string } {
  const repo = createTestRepo();
  repo.write('rules.yml', rules('up == 0'));
  const mergeBase = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('rules.yml', rules('up{job="node"} == 0'));
  const head = repo.commit('feature');
  repo.git('checkout', '-q', 'main');
  repo.write('other.txt', 'main moved on\n');
  repo.commit('main moves on');
  repo.git('checkout', '-q', 'feature');
  return { repo, mergeBase, head };
}

/** The footer line of a written comment. */
function footer(path: string): string {
  return readFileSync(path, 'utf8').trimEnd().split('\n').at(-1) ?? '';
}

describe('--markdown names the commits of a local run', () => {
  it('names the merge base with --base and HEAD, unlinked', async () => {
    const { repo, mergeBase, head } = forkedRepo();
    process.chdir(repo.dir);
    const out = join(repo.dir, 'out', 'comment.md');
    const run = await cli(['prom-lint', 'rules.yml', '--base', 'main', '--markdown', out]);
    expect(run.code).toBe(0);
    expect(footer(out)).toContain(`Comparing \`${mergeBase.slice(0, 7)}\`…\`${head.slice(0, 7)}\``);
    expect(footer(out)).not.toContain('](');
  });

  it('names HEAD alone without a base ref', async () => {
    const { repo, head } = forkedRepo();
    process.chdir(repo.dir);
    const run = await cli(['prom-lint', 'rules.yml', '--markdown', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`kaizen-gates [^ ]+ · Commit \`${head.slice(0, 7)}\`</sub>$`),
    );
  });

  it("takes dashboard-diff's --base-ref (its --base names a file)", async () => {
    const { repo, mergeBase, head } = forkedRepo();
    process.chdir(repo.dir);
    const out = join(repo.dir, 'comment.md');
    await cli(['dashboard-diff', '--base-ref', 'main', '--markdown', out]);
    expect(footer(out)).toContain(`Comparing \`${mergeBase.slice(0, 7)}\`…\`${head.slice(0, 7)}\``);
  });

  it('leaves the line out outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-nogit-'));
    writeFileSync(join(dir, 'rules.yml'), rules('up == 0'));
    process.chdir(dir);
    const out = join(dir, 'comment.md');
    const run = await cli(['prom-lint', 'rules.yml', '--markdown', out]);
    expect(run.code).toBe(0);
    expect(footer(out)).toMatch(/^<sub>Prometheus rules gate · kaizen-gates [^ ]+<\/sub>$/);
  });

  it('names HEAD alone when the base ref is unknown, and says nothing of git', async () => {
    const { repo, head } = forkedRepo();
    process.chdir(repo.dir);
    const out = join(repo.dir, 'comment.md');
    const run = await cli(['prom-lint', 'rules.yml', '--base', 'mian', '--markdown', out]);
    expect(run.code).toBe(2);
    expect(footer(out)).toContain(`Commit \`${head.slice(0, 7)}\``);
    expect(run.stderr).not.toMatch(/merge-base|fatal/);
  });
});

describe('localCommits', () => {
  it('prefers the commits the gate put in its verdict, and asks git for what is missing', async () => {
    const { repo, head } = forkedRepo();
    const gateBase = 'b'.repeat(40);
    const verdict = emptyVerdict({ data: { commits: { base: gateBase } } });
    expect(await localCommits(verdict, 'main', repo.dir)).toEqual({
      base: { sha: gateBase },
      head: { sha: head },
    });
  });

  it('never passes a ref that starts with a dash to git', async () => {
    const { repo, head } = forkedRepo();
    expect(await localCommits(emptyVerdict(), '--all', repo.dir)).toEqual({
      head: { sha: head },
    });
  });

  it('is undefined in a repository without commits', async () => {
    const repo = createTestRepo();
    expect(await localCommits(emptyVerdict(), 'main', repo.dir)).toBeUndefined();
  });
});
