/**
 * The change under review in a local checkout, for the CLI: what the working tree changes
 * relative to where it forked from `base` (the merge base, as a pull request compares). The diff
 * is against the working tree, not HEAD, because the linted files are the ones on disk: their
 * line numbers are the working tree's, uncommitted edits included. Untracked files (not ignored)
 * count as wholly new.
 */
import { changedFilesOf, type ChangeLookup, type ChangedLines } from '../diff/changed-lines.js';
import { parseUnifiedDiff } from '../diff/unified-diff.js';
import { ConfigurationError } from '../shared/errors.js';
import { runGit as git } from './git.js';

/**
 * Options that make `git diff` output the same whatever the user's git configuration says:
 * no colour, no external diff or textconv, names unquoted where git allows (UTF-8 stays UTF-8),
 * the standard `a/` and `b/` prefixes (`diff.noprefix` and `diff.mnemonicPrefix` change them),
 * no context lines, and paths relative to the working directory (`--relative`, which also leaves
 * out changes outside it), so they compare with the paths the user gave.
 */
const DIFF_ARGS = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--unified=0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--relative',
];

/**
 * What the working tree in `cwd` changes since its merge base with `base` (e.g. `origin/main`).
 * Never throws: when git cannot tell (not a repository, unknown ref, shallow clone without the
 * merge base), the lookup is `unavailable` with git's reason.
 */
export async function localChanges(
  base: string,
  cwd: string = process.cwd(),
): Promise<ChangeLookup> {
  const unavailable = (reason: string): ChangeLookup => ({
    kind: 'unavailable',
    reason,
    problem: true,
  });
  if (base.startsWith('-')) return unavailable(`'${base}' is not a git ref`);
  const mergeBase = await git(['merge-base', base, 'HEAD'], cwd);
  if (!mergeBase.ok) {
    return unavailable(
      `git found no merge base of '${base}' and HEAD${mergeBase.stderr === '' ? '' : ` (${firstLine(mergeBase.stderr)})`}`,
    );
  }
  const commit = mergeBase.stdout.trim();
  const diff = await git([...DIFF_ARGS, commit, '--'], cwd);
  if (!diff.ok) return unavailable(`git diff ${commit} failed: ${firstLine(diff.stderr)}`);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
  if (!untracked.ok) return unavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
  const entries: { path: string; lines: ChangedLines }[] = [];
  for (const file of parseUnifiedDiff(diff.stdout)) {
    if (file.path === undefined) continue;
    // A binary file's lines are unknown; none of the gates reads binary files anyway.
    entries.push({ path: file.path, lines: file.binary ? 'whole-file' : file.addedLines });
  }
  for (const path of untracked.stdout.split('\0')) {
    if (path !== '') entries.push({ path, lines: 'whole-file' });
  }
  return {
    kind: 'changes',
    changes: changedFilesOf(entries, cwd),
    against: `since ${base}`,
  };
}

/**
 * Checks that `ref` names a commit of the repository in `cwd`, before a gate relies on it. A ref
 * the user typed (the CLI's `--base origin/mian`) that names nothing is their mistake, to be told
 * at once, not a fallback that quietly reports every file; the shallow clone without the merge
 * base, which {@link localChanges} reports as unavailable, is another matter.
 *
 * @param label how the user named the ref (`--base`), for the message.
 * @throws ConfigurationError when `cwd` is not a git repository or `ref` names no commit.
 */
export async function requireCommit(
  ref: string,
  label: string,
  options: {
    /** The ref among git's own (branches, remote branches, tags) that was probably meant. */
    closest?: (typed: string, known: readonly string[]) => string | undefined;
    cwd?: string;
  } = {},
): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  if (ref.startsWith('-')) throw new ConfigurationError(`${label}: '${ref}' is not a git ref.`);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (!inside.ok) {
    throw new ConfigurationError(
      `${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`,
    );
  }
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (!commit.ok) {
    const refs = await git(['for-each-ref', '--format=%(refname:short)'], cwd);
    const known = refs.ok ? refs.stdout.split('\n').filter((name) => name !== '') : [];
    const meant = options.closest?.(ref, known);
    const remote = /^origin\/(.+)$/.exec(ref);
    const hint =
      meant !== undefined
        ? `did you mean '${meant}'?`
        : remote !== null
          ? `a typo, or a branch not fetched: try 'git fetch origin ${remote[1] ?? ''}'`
          : `a typo, or a branch not fetched: try 'git fetch origin ${ref}' and ${label} origin/${ref}`;
    throw new ConfigurationError(`${label}: git knows no commit '${ref}' (${hint}).`);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
