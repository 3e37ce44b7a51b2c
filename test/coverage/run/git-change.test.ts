/**
 * The change under review by local git (gitChangeSince): added lines per file since the merge
 * base, renames followed, and a shallow clone deepened from origin only when asked (the action),
 * with git's reason otherwise (the CLI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitChangeSince } from '../../../src/gates/coverage/run.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const lines = (n: number, prefix: string): string =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

/** main: a.c (20 lines); feature: a.c renamed to b.c with line 5 edited, c.c added (3 lines). */
function repository(): { repo: TestRepo; base: string } {
  const repo = createTestRepo();
  repo.write('a.c', lines(20, 'line'));
  const base = repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.git('mv', 'a.c', 'b.c');
  repo.write('b.c', lines(20, 'line').replace('line 5\n', 'line five\n'));
  repo.write('c.c', lines(3, 'new'));
  repo.commit('feature');
  return { repo, base };
}

function shallowClone(origin: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kaizen-checkout-')), 'repo');
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, dir], {
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  return dir;
}

describe('gitChangeSince', () => {
  it('gives the added lines since the merge base, following the rename', async () => {
    const { repo } = repository();
    const lookup = await gitChangeSince('main', { cwd: repo.dir });
    expect(lookup.kind).toBe('changes');
    if (lookup.kind !== 'changes') return;
    expect(Object.fromEntries(lookup.changes.files)).toEqual({
      'b.c': [{ start: 5, end: 5 }],
      'c.c': [{ start: 1, end: 3 }],
    });
    expect(lookup.against).toBe('since main');
  });

  it('shows a commit id short', async () => {
    const { repo, base } = repository();
    const lookup = await gitChangeSince(base, { cwd: repo.dir });
    expect(lookup.kind === 'changes' && lookup.against).toBe(`since ${base.slice(0, 7)}`);
  });

  it('deepens a shallow clone when asked, and says why not otherwise', async () => {
    const { repo, base } = repository();
    const clone = shallowClone(repo.dir);
    const plain = await gitChangeSince(base, { cwd: clone });
    expect(plain).toMatchObject({ kind: 'unavailable', problem: true });
    const deepened = await gitChangeSince(base, { cwd: clone, deepen: true, logger: silentLogger });
    expect(deepened.kind).toBe('changes');
    if (deepened.kind !== 'changes') return;
    expect([...deepened.changes.files.keys()]).toEqual(['b.c', 'c.c']);
    expect(deepened.against).toBe(`since ${base.slice(0, 7)} (merge base ${base.slice(0, 7)})`);
  });

  it('is unavailable, with the reason, for a ref git does not know', async () => {
    const { repo } = repository();
    const lookup = await gitChangeSince('no-such-branch', { cwd: repo.dir, deepen: true });
    expect(lookup).toMatchObject({ kind: 'unavailable', problem: true });
    expect(lookup.kind === 'unavailable' && lookup.reason).toMatch(/no-such-branch/);
  });
});
