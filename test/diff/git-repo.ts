/**
 * Throw-away git repositories for tests that need real `git diff` output: git runs with no user
 * or system configuration, so the output is git's own whatever the machine's settings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary repository. */
export interface TestRepo {
  dir: string;
  /** Runs git in the repository and returns its standard output. */
  git(...args: string[]): string;
  /** Writes a file (creating folders). */
  write(path: string, text: string): void;
  /** Stages everything and commits; returns the commit. */
  commit(message: string): string;
}

const ISOLATED_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** Creates an empty repository on branch `main`. */
export function createTestRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'kaizen-git-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: ISOLATED_ENV, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

/**
 * The hunks of one file's `git diff` with the default 3 lines of context, headers stripped:
 * the form of the `patch` field of GitHub's pull-request files.
 */
export function githubStylePatch(repo: TestRepo, from: string, to: string, path: string): string {
  const diff = repo.git('diff', '--no-color', from, to, '--', path);
  const start = diff.indexOf('\n@@');
  return start < 0 ? '' : diff.slice(start + 1).replace(/\n$/, '');
}
