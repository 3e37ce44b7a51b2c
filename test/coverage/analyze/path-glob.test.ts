import { describe, expect, it } from 'vitest';
import { compilePathGlob } from '../../../src/gates/coverage/path-glob.js';
import { createTestRepo } from '../../diff/git-repo.js';

/** Files of the repository the patterns are matched against (odd names included). */
const FILES = [
  'top.ts',
  'README.md',
  'src/x.ts',
  'src/x.test.ts',
  'src/a/y.ts',
  'src/a/b/z.ts',
  'src/legacy/old.js',
  'src/legacy.ts',
  'srcx/w.ts',
  'lib/[id].ts',
  'lib/a-b.ts',
  'lib/a]b.ts',
  'pkg/src/deep/q.go',
];

/** Patterns of every kind git's `:(glob)` pathspecs know. */
const PATTERNS = [
  'src',
  'src/',
  'src/a',
  'src/*',
  'src/*.ts',
  '*.ts',
  '*',
  '**',
  '**/*.ts',
  'src/**',
  'src/**/z.ts',
  'src/**/*.ts',
  'src/***/z.ts',
  '**/src/**',
  's?c/x.ts',
  's?c',
  'src/a*',
  'src/[ab]/y.ts',
  'src/[!x]/y.ts',
  'src/[^x]/y.ts',
  'lib/[[]id].ts',
  'lib/a[-]b.ts',
  'lib/a[]]b.ts',
  'lib/\\[id\\].ts',
  'src/legacy',
  'src/legacy/**',
  'src/*/y.ts',
  'pkg/**/deep/*.go',
  '**/q.go',
  'src/x.*.ts',
];

describe('compilePathGlob', () => {
  it("matches what git's :(glob) pathspecs match", () => {
    // The reference is git itself: `git ls-files ':(glob)PATTERN'` in a repository of FILES.
    const repo = createTestRepo();
    for (const file of FILES) repo.write(file, 'x\n');
    repo.commit('files');
    for (const pattern of PATTERNS) {
      const expected = repo
        .git('ls-files', '-z', `:(glob)${pattern}`)
        .split('\0')
        .filter((path) => path !== '')
        .sort();
      const matches = compilePathGlob(pattern);
      const actual = FILES.filter((path) => matches(path)).sort();
      expect({ pattern, files: actual }).toEqual({ pattern, files: expected });
    }
  });

  it('reads a leading ./ as the root', () => {
    expect(compilePathGlob('./src/*.ts')('src/x.ts')).toBe(true);
  });
});
