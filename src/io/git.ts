/** The few git facts the gates need, from the local checkout. */
import { getExecOutput } from '@actions/exec';

async function git(args: readonly string[], cwd: string): Promise<string | undefined> {
  try {
    const { exitCode, stdout } = await getExecOutput('git', [...args], {
      cwd,
      silent: true,
      ignoreReturnCode: true,
    });
    return exitCode === 0 ? stdout.trim() : undefined;
  } catch {
    // git is not installed: the same as not being in a repository.
    return undefined;
  }
}

/** The commit HEAD points at, or undefined outside a repository. */
export function headCommit(cwd: string = process.cwd()): Promise<string | undefined> {
  return git(['rev-parse', 'HEAD'], cwd);
}

/**
 * The merge base of `head` with `baseRef` and its first-parent ancestors, nearest first; only
 * the first-parent chain, because that is the sequence of commits the default branch stored
 * baselines for. Empty when git cannot tell (not a repository, or a shallow clone without them).
 */
export async function mergeBaseAncestors(
  baseRef: string,
  head = 'HEAD',
  depth = 50,
  cwd: string = process.cwd(),
): Promise<string[]> {
  const mergeBase = await git(['merge-base', baseRef, head], cwd);
  if (!mergeBase) return [];
  const list = await git(['rev-list', '--first-parent', `--max-count=${depth}`, mergeBase], cwd);
  return list ? list.split('\n').filter((s) => s !== '') : [mergeBase];
}
