/** The repository's files and go.mod files, from a real git repository. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goModulesOf } from '../../../src/gates/coverage/go-modules.js';
import {
  listRepositoryFiles,
  readGoModFiles,
  repositoryRoot,
} from '../../../src/io/repository-files.js';
import { createTestRepo } from '../../diff/git-repo.js';
import { fixture } from './support.js';

const repo = createTestRepo();
repo.write('README.md', '# demo\n');
repo.write('src/a file with spaces.ts', 'export {};\n');
repo.write('src/ünïcode/naïve.ts', 'export {};\n');
repo.write('svc/go.mod', fixture('paths/go/go-mod/svc.go.mod'));
repo.write('svc/pkg/cart/cart.go', 'package cart\n');
repo.write('testdata/broken/go.mod', 'go 1.19\n');
repo.write('.gitignore', 'build/\n');
repo.write('build/out.js', 'ignored\n');
repo.commit('initial');
repo.write('untracked.ts', 'not added\n');
const outside = mkdtempSync(join(tmpdir(), 'kaizen-not-git-'));

afterAll(() => {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('listRepositoryFiles', () => {
  const tracked = [
    '.gitignore',
    'README.md',
    'src/a file with spaces.ts',
    'src/ünïcode/naïve.ts',
    'svc/go.mod',
    'svc/pkg/cart/cart.go',
    'testdata/broken/go.mod',
  ];

  it('lists the tracked files, unquoted, not the ignored or untracked ones', async () => {
    expect(await listRepositoryFiles(repo.dir)).toEqual(tracked);
  });

  it('lists the whole repository relative to its top, from any folder in it', async () => {
    expect(await listRepositoryFiles(join(repo.dir, 'svc', 'pkg'))).toEqual(tracked);
    expect(await repositoryRoot(join(repo.dir, 'svc'))).toBe(
      repo.git('rev-parse', '--show-toplevel').trim(),
    );
  });

  it('outside a git checkout: a ConfigurationError that says so', async () => {
    const error = await listRepositoryFiles(outside).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ConfigurationError' });
    expect((error as Error).message).toContain(`'${outside}' is not inside a git checkout`);
  });
});

describe('readGoModFiles', () => {
  it('reads every go.mod with its folder; goModulesOf skips the one without a module', async () => {
    const files = await readGoModFiles(await listRepositoryFiles(repo.dir), join(repo.dir, 'src'));
    expect(files.map((file) => file.dir)).toEqual(['svc', 'testdata/broken']);
    expect(goModulesOf(files)).toEqual([{ path: 'github.com/acme/shop', dir: 'svc' }]);
  });

  it('skips a go.mod deleted from the working tree', async () => {
    const listed = await listRepositoryFiles(repo.dir);
    rmSync(join(repo.dir, 'testdata'), { recursive: true });
    try {
      expect((await readGoModFiles(listed, repo.dir)).map((file) => file.dir)).toEqual(['svc']);
    } finally {
      mkdirSync(join(repo.dir, 'testdata/broken'), { recursive: true });
      writeFileSync(join(repo.dir, 'testdata/broken/go.mod'), 'go 1.19\n');
    }
  });

  it('needs no git when there is no go.mod', async () => {
    expect(await readGoModFiles(['a.ts'], outside)).toEqual([]);
  });
});
