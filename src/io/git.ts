/** The few git facts the gates need, from the local checkout. */
import { getExecOutput } from '@actions/exec';

/** One git run: whether it succeeded, its output, and its stderr for the reason shown to users. */
export interface GitRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git with output captured; never throws (git not installed is a failed run). */
export async function runGit(args: readonly string[], cwd: string): Promise<GitRun> {
  try {
    const { exitCode, stdout, stderr } = await getExecOutput('git', [...args], {
      cwd,
      silent: true,
      ignoreReturnCode: true,
    });
    return { ok: exitCode === 0, stdout, stderr: stderr.trim() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, stdout: '', stderr: `git could not run: ${message}` };
  }
}

/** git's trimmed output, or undefined when it failed (outside a repository, no git). */
async function git(args: readonly string[], cwd: string): Promise<string | undefined> {
  const run = await runGit(args, cwd);
  return run.ok ? run.stdout.trim() : undefined;
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
