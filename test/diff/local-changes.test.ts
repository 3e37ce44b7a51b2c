/**
 * The change under review in a local checkout, from real git: committed and uncommitted edits
 * since the merge base, untracked files, paths relative to a subfolder, and the reasons given
 * when git cannot tell.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localChanges } from '../../src/io/local-changes.js';
import { createTestRepo } from './git-repo.js';

describe('localChanges', () => {
  const repo = createTestRepo();
  repo.write('rules/a.yml', 'a1\na2\na3\na4\n');
  repo.write('rules/b.yml', 'b1\nb2\n');
  repo.write('other/c.yml', 'c1\n');
  repo.write('.gitignore', 'ignored.yml\n');
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('rules/a.yml', 'a1\nA2\na3\na4\n');
  repo.commit('feature: a2');
  // The base branch moves on after the fork: its changes are not the feature's.
  repo.git('checkout', '-q', 'main');
  repo.write('rules/b.yml', 'b1\nb2\nmain-only\n');
  repo.commit('main moves on');
  repo.git('checkout', '-q', 'feature');
  // Uncommitted and untracked work counts: the linted files are the ones on disk.
  repo.write('rules/a.yml', 'a1\nA2\na3\nA4\n');
  repo.write('rules/new.yml', 'n1\n');
  repo.write('ignored.yml', 'x\n');

  it('is what the working tree changes since the merge base, untracked files whole', async () => {
    const lookup = await localChanges('main', repo.dir);
    expect(lookup.kind).toBe('changes');
    if (lookup.kind !== 'changes') return;
    expect(lookup.against).toBe('since main');
    expect(Object.fromEntries(lookup.changes.files)).toEqual({
      'rules/a.yml': [
        { start: 2, end: 2 },
        { start: 4, end: 4 },
      ],
      'rules/new.yml': 'whole-file',
    });
  });

  it('gives paths relative to a subfolder it runs in, leaving out the rest', async () => {
    const lookup = await localChanges('main', join(repo.dir, 'rules'));
    expect(lookup.kind === 'changes' && [...lookup.changes.files.keys()].sort()).toEqual([
      'a.yml',
      'new.yml',
    ]);
  });

  it('says why when git cannot tell', async () => {
    const unknown = await localChanges('no-such-branch', repo.dir);
    expect(unknown).toMatchObject({ kind: 'unavailable', problem: true });
    expect(unknown.kind === 'unavailable' && unknown.reason).toMatch(
      /no merge base of 'no-such-branch' and HEAD/,
    );
    const notRepo = await localChanges('main', mkdtempSync(join(tmpdir(), 'kaizen-nogit-')));
    expect(notRepo).toMatchObject({ kind: 'unavailable', problem: true });
    expect(await localChanges('--output=/tmp/x', repo.dir)).toMatchObject({
      kind: 'unavailable',
      reason: "'--output=/tmp/x' is not a git ref",
    });
  });
});
