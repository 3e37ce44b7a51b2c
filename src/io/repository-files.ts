/**
 * The repository's file list and Go modules, for mapping coverage report paths onto the checkout
 * (src/gates/coverage/paths.ts). Files come from `git ls-files`, not the disk: build outputs,
 * dependencies and other untracked files are never a report path's match.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import { runGit } from './git.js';

/**
 * The top folder of the git checkout that holds `cwd`.
 * @throws ConfigurationError when `cwd` is not inside a git checkout (or git is missing), with
 *   git's reason.
 */
export async function repositoryRoot(cwd: string = process.cwd()): Promise<string> {
  const run = await runGit(['rev-parse', '--show-toplevel'], cwd);
  const root = run.stdout.trim();
  if (!run.ok || root === '') {
    throw new ConfigurationError(
      `coverage: '${cwd}' is not inside a git checkout, so report paths cannot be matched to ` +
        `the repository's files (check out the repository first, e.g. with actions/checkout)` +
        (run.stderr === '' ? '' : `: ${firstLine(run.stderr)}`),
    );
  }
  return root;
}

/**
 * Every file git tracks in the checkout that holds `cwd`, relative to its top folder with forward
 * slashes, whatever folder of the checkout `cwd` is (`-z`: names arrive unquoted, whatever
 * characters they hold). Files staged but deleted from the disk are still listed; untracked files
 * are not.
 * @throws ConfigurationError when `cwd` is not inside a git checkout.
 */
export async function listRepositoryFiles(cwd: string = process.cwd()): Promise<string[]> {
  const root = await repositoryRoot(cwd);
  const run = await runGit(['ls-files', '-z'], root);
  if (!run.ok) {
    throw new ConfigurationError(
      `coverage: git ls-files failed in '${root}': ${firstLine(run.stderr)}`,
    );
  }
  return run.stdout.split('\0').filter((path) => path !== '');
}

/** A `go.mod` of the repository, as read: its folder and its text. */
export interface GoModFile {
  /** Repository-relative folder of the go.mod, `''` at the root. */
  dir: string;
  text: string;
}

/**
 * Reads every `go.mod` among `repoFiles` (as {@link listRepositoryFiles} gives them), for
 * `goModulesOf` (src/gates/coverage/go-modules.ts) to take their module paths; the parsing lives
 * with the gate because shared layers never import a gate. A go.mod listed by git but deleted
 * from the disk is skipped.
 * @throws ConfigurationError when a go.mod exists but cannot be read, or `cwd` is not in a git
 *   checkout (only asked when there is a go.mod to read).
 */
export async function readGoModFiles(
  repoFiles: readonly string[],
  cwd: string = process.cwd(),
): Promise<GoModFile[]> {
  const goModPaths = repoFiles.filter((path) => path === 'go.mod' || path.endsWith('/go.mod'));
  if (goModPaths.length === 0) return [];
  const root = await repositoryRoot(cwd);
  const files: GoModFile[] = [];
  for (const goMod of goModPaths) {
    let text: string;
    try {
      text = await readFile(join(root, goMod), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      throw new ConfigurationError(`coverage: cannot read '${goMod}': ${code ?? String(error)}`);
    }
    files.push({ dir: goMod.slice(0, Math.max(0, goMod.length - '/go.mod'.length)), text });
  }
  return files;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
