/**
 * The change as git gives it to the dashboard-diff gate, in real temporary repositories: edits,
 * renames with `git mv`, moves with plain `mv` (untracked and deleted), deletions, untracked and
 * ignored files, a merge base behind the ref's tip, a mistyped ref, and shallow clones.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { changedFileVersions, parseRawDiff } from '../../../src/io/changed-file-versions.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const history = resolve(import.meta.dirname, '../../fixtures/dashboard-diff/dotdc-history');
const revision = (dashboard: string, file: string): string =>
  readFileSync(join(history, dashboard, file), 'utf8');
const nodesOld = revision('k8s-views-nodes', '01-ab1d6d7.json');
const nodesNew = revision('k8s-views-nodes', '00-b4e0422.json');
const globalOld = revision('k8s-views-global', '01-48ff3f4.json');
const globalNew = revision('k8s-views-global', '00-42a9975.json');
const globalOlder = revision('k8s-views-global', '05-0084581.json');
const coredns = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/dashboard-diff/dotdc/k8s-system-coredns.json'),
  'utf8',
);

let repo: TestRepo;
let forkPoint: string;

beforeEach(() => {
  repo = createTestRepo();
  repo.write('dashboards/nodes.json', nodesOld);
  repo.write('dashboards/global.json', globalOld);
  repo.write('dashboards/team/old.json', globalOlder);
  repo.write('dashboards/gone.json', nodesNew);
  repo.write('README.md', 'dashboards\n');
  repo.write('.gitignore', 'ignored.json\n');
  forkPoint = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  // main moves on after the fork: the merge base, not main's tip, is the base side.
  repo.git('checkout', '-q', 'main');
  repo.write('dashboards/nodes.json', globalNew);
  repo.commit('main moves on');
  repo.git('checkout', '-q', 'feature');
});

describe('changedFileVersions', () => {
  it('follows edits, git mv, plain mv, deletions and untracked files from the merge base', async () => {
    repo.write('dashboards/nodes.json', nodesNew); // committed edit
    mkdirSync(join(repo.dir, 'views'));
    mkdirSync(join(repo.dir, 'moved'));
    repo.git('mv', 'dashboards/global.json', 'views/global.json'); // staged rename
    repo.commit('feature work');
    repo.write('views/global.json', globalNew); // uncommitted edit of the renamed file
    // A move without git: an untracked file and a deleted one, which git pairs as a rename.
    renameSync(join(repo.dir, 'dashboards/team/old.json'), join(repo.dir, 'moved/old.json'));
    rmSync(join(repo.dir, 'dashboards/gone.json'));
    repo.write('new/added.json', coredns); // untracked, like no deleted file
    repo.write('ignored.json', nodesOld); // ignored: not part of the change
    repo.write('notes.txt', 'not matched by the pattern\n');

    const change = await changedFileVersions('main', ['**/*.json'], { cwd: repo.dir });
    expect(change.mergeBase).toBe(forkPoint);
    expect(change.head).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(change.files.map(({ path, basePath, status }) => ({ path, basePath, status }))).toEqual([
      { path: undefined, basePath: 'dashboards/gone.json', status: 'deleted' },
      { path: 'dashboards/nodes.json', basePath: 'dashboards/nodes.json', status: 'modified' },
      { path: 'moved/old.json', basePath: 'dashboards/team/old.json', status: 'renamed' },
      { path: 'new/added.json', basePath: undefined, status: 'added' },
      { path: 'views/global.json', basePath: 'dashboards/global.json', status: 'renamed' },
    ]);
    const texts = await change.readBaseTexts(change.files);
    const baseOf = (path: string) =>
      texts.get(change.files.find((f) => f.basePath === path)?.baseBlob ?? '');
    expect(baseOf('dashboards/nodes.json')).toBe(nodesOld);
    expect(baseOf('dashboards/global.json')).toBe(globalOld);
    expect(baseOf('dashboards/team/old.json')).toBe(globalOlder);
    expect(baseOf('dashboards/gone.json')).toBe(nodesNew);
    // The user's index is untouched: the untracked files are still untracked.
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toMatch(
      /\?\? new\/added\.json/,
    );
  });

  it('reads paths relative to a subfolder, as the user typed them there', async () => {
    repo.write('dashboards/nodes.json', nodesNew);
    const change = await changedFileVersions('main', ['*.json'], {
      cwd: join(repo.dir, 'dashboards'),
    });
    expect(change.files.map((f) => f.path)).toEqual(['nodes.json']);
    await change.withBaseCheckout(async (directory) => {
      expect(readFileSync(join(directory, 'nodes.json'), 'utf8')).toBe(nodesOld);
    });
  });

  it('checks the merge base out in a temporary worktree and removes it afterwards', async () => {
    repo.write('dashboards/nodes.json', nodesNew);
    const change = await changedFileVersions('main', ['**/*.json'], { cwd: repo.dir });
    let seen = '';
    await expect(
      change.withBaseCheckout(async (directory) => {
        seen = directory;
        expect(readFileSync(join(directory, 'dashboards/nodes.json'), 'utf8')).toBe(nodesOld);
        throw new Error('the render failed');
      }),
    ).rejects.toThrow('the render failed');
    expect(existsSync(seen)).toBe(false);
    expect(repo.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('is empty when nothing matching changed', async () => {
    repo.write('README.md', 'edited\n');
    const change = await changedFileVersions('main', ['**/*.json'], { cwd: repo.dir });
    expect(change.files).toEqual([]);
  });

  it.each([
    ['mian', /git knows no commit 'mian'/],
    ['--output=x', /'--output=x' is not a git ref/],
  ])('refuses the ref %s with a clear message', async (ref, message) => {
    await expect(changedFileVersions(ref, ['**/*.json'], { cwd: repo.dir })).rejects.toThrow(
      message,
    );
  });

  it('names the ref the way the user gave it', async () => {
    await expect(changedFileVersions('mian', ['**/*.yml'], { cwd: repo.dir })).rejects.toThrow(
      /^Input 'base-ref': git knows no commit 'mian'/,
    );
    await expect(
      changedFileVersions('mian', ['**/*.yml'], { cwd: repo.dir, refLabel: "Input 'base'" }),
    ).rejects.toThrow(/^Input 'base': git knows no commit 'mian'/);
  });

  it('says so outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-not-git-'));
    await expect(changedFileVersions('main', ['**/*.json'], { cwd: dir })).rejects.toThrow(
      /needs a git repository/,
    );
  });
});

describe('changedFileVersions in a shallow clone', () => {
  function shallowClone(): { dir: string; main: string } {
    // Both branches grow past the fork point, so a depth-1 clone has neither side's history.
    for (let i = 0; i < 3; i += 1) {
      repo.write(`dashboards/feature-${i}.json`, `{"title": "feature ${i}", "panels": []}`);
      repo.commit(`feature ${i}`);
    }
    repo.git('checkout', '-q', 'main');
    for (let i = 0; i < 3; i += 1) {
      repo.write(`dashboards/main-${i}.json`, `{"title": "main ${i}", "panels": []}`);
      repo.commit(`main ${i}`);
    }
    const main = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', 'feature');
    const dir = join(mkdtempSync(join(tmpdir(), 'kaizen-shallow-')), 'clone');
    execFileSync(
      'git',
      ['clone', '-q', '--depth=1', '--branch=feature', `file://${repo.dir}`, dir],
      {
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      },
    );
    return { dir, main };
  }

  it('fails with the fetch-depth advice when it may not fetch', async () => {
    const { dir, main } = shallowClone();
    await expect(changedFileVersions(main, ['**/*.json'], { cwd: dir })).rejects.toThrow(
      /This clone is shallow .*`fetch-depth: 0`/,
    );
  });

  it('fetches the base commit and deepens until the merge base is there', async () => {
    const { dir, main } = shallowClone();
    const logged: string[] = [];
    const change = await changedFileVersions(main, ['**/*.json'], {
      cwd: dir,
      deepen: true,
      logger: { info: (m) => logged.push(m), warning: () => undefined, debug: () => undefined },
    });
    expect(change.mergeBase).toBe(forkPoint);
    expect(change.files.map((f) => f.path)).toEqual([
      'dashboards/feature-0.json',
      'dashboards/feature-1.json',
      'dashboards/feature-2.json',
    ]);
    expect(logged[0]).toMatch(/Shallow clone: fetching 1 more commits/);
  });

  it.each(['origin/main', 'main'])(
    'fetches a branch %s the single-branch clone does not have',
    async (ref) => {
      const { dir } = shallowClone();
      const change = await changedFileVersions(ref, ['**/*.json'], { cwd: dir, deepen: true });
      expect(change.mergeBase).toBe(forkPoint);
    },
  );

  it('names a ref that origin does not have either', async () => {
    const { dir } = shallowClone();
    await expect(
      changedFileVersions('origin/no-such-branch', ['**/*.json'], { cwd: dir, deepen: true }),
    ).rejects.toThrow(/neither this shallow clone nor origin knows 'origin\/no-such-branch'/);
  });
});

describe('parseRawDiff', () => {
  it('skips symbolic links and submodules, and reads a copy as an added file', () => {
    const blob = 'a'.repeat(40);
    const none = '0'.repeat(40);
    const raw = [
      `:120000 120000 ${blob} ${none} M`,
      'link.json',
      `:000000 160000 ${none} ${blob} A`,
      'vendor/sub',
      `:100644 100644 ${blob} ${none} C75`,
      'a.json',
      'copy.json',
      `:100644 120000 ${blob} ${none} T`,
      'now-a-link.json',
      '',
    ].join('\0');
    expect(parseRawDiff(raw)).toEqual([
      { path: 'copy.json', status: 'added' },
      { basePath: 'now-a-link.json', baseBlob: blob, status: 'deleted' },
    ]);
  });
});
