/**
 * The two versions of every file a change touches, read from git: the files that differ between
 * the merge base of a ref and the working tree (uncommitted edits and untracked files included,
 * renames and moves followed), the base side's text of each, and a checkout of the merge base for
 * tools that must see the base side's whole tree (a render command resolving imports). Used by
 * the dashboard-diff gate; nothing here knows about dashboards.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** One file the change touches. */
export interface ChangedFile {
  /** Path in the working tree, relative to the working directory; absent when deleted. */
  path?: string;
  /** Path at the merge base, relative to the working directory; absent when added. */
  basePath?: string;
  /** The base side's blob, for {@link ChangedFileVersions.readBaseTexts}; absent when added. */
  baseBlob?: string;
  /** What git says happened (a rename with edits is `renamed`). */
  status: 'added' | 'deleted' | 'modified' | 'renamed';
}

/** The change between the merge base of a ref and the working tree. */
export interface ChangedFileVersions {
  /** The ref as given, e.g. `origin/main`. */
  ref: string;
  /** The merge base of the ref and HEAD: the commit the base side is read from. */
  mergeBase: string;
  /** HEAD's commit. */
  head: string;
  /** Changed files in path order. */
  files: ChangedFile[];
  /** The base texts of `files` (by {@link ChangedFile.baseBlob}), in one git process. */
  readBaseTexts(files: readonly ChangedFile[]): Promise<Map<string, string>>;
  /**
   * Runs `use` with a temporary checkout of the merge base (a detached `git worktree`), passing
   * the directory that corresponds to the working directory; the checkout is removed afterwards,
   * whatever `use` does.
   */
  withBaseCheckout<T>(use: (directory: string) => Promise<T>): Promise<T>;
  /**
   * Every file of the working tree matching `patterns` (as in {@link changedFileVersions}),
   * changed or not: tracked and untracked, ignored ones left out, as git lists them.
   */
  listFiles(patterns: readonly string[]): Promise<string[]>;
}

/** How {@link changedFileVersions} may reach the merge base. */
export interface ChangedFileOptions {
  /** Repository directory (default: the working directory). */
  cwd?: string;
  /**
   * In a shallow clone, fetch more history from `origin` until the merge base is there (the
   * action, on a checkout made with the default fetch-depth: 1). Without it a shallow clone that
   * lacks the merge base is an error that says how to fetch it.
   */
  deepen?: boolean;
  logger?: Logger;
  /**
   * What names the ref in messages, as the user gave it: `Input 'base-ref'` (the default; the
   * CLI turns it into `--base-ref`), `Input 'base'`, or `The pull request's base`.
   */
  refLabel?: string;
}

/** What names the ref in messages unless told: the input of dashboard-diff and coverage. */
const DEFAULT_REF_LABEL = "Input 'base-ref'";

/**
 * How far `git fetch --deepen` goes at each attempt: one commit finds the base of a pull request's
 * merge commit (actions/checkout's default), the others a branch that forked longer ago.
 */
const DEEPEN_STEPS = [1, 10, 100, 1000];

/** The shallow-clone advice, in the words of the workflow setting that fixes it. */
const FETCH_DEPTH_ADVICE =
  'fetch the history first (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';

/**
 * The files that differ between the merge base of `ref` and HEAD and the working tree, limited
 * to `patterns` (globs relative to the working directory, as git's `:(glob)` pathspecs read them:
 * `**` crosses folders, `*` does not), renames and moves followed by git's rename detection.
 *
 * @throws ConfigurationError when the directory is not a git repository, `ref` names no commit,
 *   or the merge base cannot be found (a shallow clone without `deepen`, unrelated histories).
 */
export async function changedFileVersions(
  ref: string,
  patterns: readonly string[],
  options: ChangedFileOptions = {},
): Promise<ChangedFileVersions> {
  const cwd = options.cwd ?? process.cwd();
  const label = options.refLabel ?? DEFAULT_REF_LABEL;
  if (ref === '' || ref.startsWith('-')) {
    throw new ConfigurationError(`${label}: '${ref}' is not a git ref.`);
  }
  const inside = await git(['rev-parse', '--show-prefix'], cwd);
  if (!inside.ok) {
    throw new ConfigurationError(
      `${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`,
    );
  }
  const head = (await gitOrThrow(['rev-parse', '--verify', 'HEAD^{commit}'], cwd)).trim();
  const mergeBase = await findMergeBase(ref, head, cwd, options);
  const pathspecs = patterns.map((pattern) => `:(glob)${pattern}`);
  const files = await diffAgainstWorkingTree(mergeBase, pathspecs, cwd);
  return {
    ref,
    mergeBase,
    head,
    files,
    readBaseTexts: (changed) =>
      readBlobs(
        changed.flatMap((file) => (file.baseBlob === undefined ? [] : [file.baseBlob])),
        cwd,
      ),
    withBaseCheckout: (use) => withCheckout(mergeBase, inside.stdout.trim(), cwd, use),
    listFiles: async (listed) => {
      const output = await gitOrThrow(
        [
          'ls-files',
          '-z',
          '--cached',
          '--others',
          '--exclude-standard',
          '--deduplicate',
          '--',
          ...listed.map((pattern) => `:(glob)${pattern}`),
        ],
        cwd,
      );
      return [...new Set(output.split('\0').filter((path) => path !== ''))].sort(compare);
    },
  };
}

async function findMergeBase(
  ref: string,
  head: string,
  cwd: string,
  options: ChangedFileOptions,
): Promise<string> {
  const resolve = async (name: string): Promise<string | undefined> => {
    const resolved = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd);
    return resolved.ok ? resolved.stdout.trim() : undefined;
  };
  const mergeBaseWith = async (commit: string | undefined): Promise<string | undefined> => {
    if (commit === undefined) return undefined;
    const base = await git(['merge-base', commit, head], cwd);
    return base.ok ? base.stdout.trim() : undefined;
  };
  let commit = await resolve(ref);
  const found = await mergeBaseWith(commit);
  if (found !== undefined) return found;
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd)).stdout.trim();
  if (shallow !== 'true') {
    const branch = ref.replace(/^origin\//, '');
    throw new ConfigurationError(
      commit !== undefined
        ? `'${ref}' and HEAD have no common ancestor: there is no merge base to compare with.`
        : `${options.refLabel ?? DEFAULT_REF_LABEL}: git knows no commit '${ref}' (a typo, or a branch not fetched: try 'git fetch origin ${branch}' and 'origin/${branch}').`,
    );
  }
  if (options.deepen !== true) {
    throw new ConfigurationError(
      `This clone is shallow and lacks the merge base of '${ref}' and HEAD: ${FETCH_DEPTH_ADVICE}.`,
    );
  }
  // A ref that is not here yet (the base commit of a pull request, in a checkout of its head)
  // is fetched first, by the name the remote knows it by; then both commits are deepened, by
  // id, until their histories meet.
  if (commit === undefined) {
    const remoteName = ref.replace(/^(refs\/remotes\/)?origin\//, '');
    const fetched = await git(
      ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', remoteName],
      cwd,
    );
    commit = fetched.ok ? ((await resolve(ref)) ?? (await resolve('FETCH_HEAD'))) : undefined;
    if (commit === undefined) {
      throw new ConfigurationError(
        `${options.refLabel ?? DEFAULT_REF_LABEL}: neither this shallow clone nor origin knows '${ref}'${fetched.ok ? '' : ` (${firstLine(fetched.stderr)})`}.`,
      );
    }
  }
  for (const depth of DEEPEN_STEPS) {
    options.logger?.info(`Shallow clone: fetching ${depth} more commits to find the merge base`);
    const fetched = await git(
      ['fetch', '--quiet', '--no-tags', `--deepen=${depth}`, 'origin', commit, head],
      cwd,
    );
    if (!fetched.ok) {
      throw new ConfigurationError(
        `This clone is shallow and 'git fetch --deepen' failed (${firstLine(fetched.stderr)}): ${FETCH_DEPTH_ADVICE}.`,
      );
    }
    const deepened = await mergeBaseWith(commit);
    if (deepened !== undefined) return deepened;
  }
  throw new ConfigurationError(
    `This clone is shallow and the merge base of '${ref}' and HEAD is not within ${DEEPEN_STEPS.reduce((a, b) => a + b)} commits: ${FETCH_DEPTH_ADVICE}.`,
  );
}

/**
 * `git diff --raw -M` of the merge base against the working tree. Untracked files take part
 * (so a file moved with `mv` rather than `git mv` is a rename, not a deletion and an addition)
 * through a copy of the index in which they are marked intent-to-add: the user's own index is
 * never written.
 */
async function diffAgainstWorkingTree(
  mergeBase: string,
  pathspecs: readonly string[],
  cwd: string,
): Promise<ChangedFile[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'kaizen-index-'));
  try {
    const index = join(scratch, 'index');
    const indexPath = (await gitOrThrow(['rev-parse', '--git-path', 'index'], cwd)).trim();
    await copyFile(resolve(cwd, indexPath), index).catch(() => undefined); // a repository without commits has none
    const env = { GIT_INDEX_FILE: index };
    const untracked = await gitOrThrow(
      ['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs],
      cwd,
    );
    if (untracked !== '') {
      await gitOrThrow(
        ['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'],
        cwd,
        { env, input: untracked },
      );
    }
    const raw = await gitOrThrow(
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '--raw',
        '-z',
        '-M',
        '--no-abbrev',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        mergeBase,
        '--',
        ...pathspecs,
      ],
      cwd,
      { env },
    );
    return parseRawDiff(raw);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Modes of a regular file (a symbolic link, 120000, or a submodule, 160000, is not read). */
const REGULAR_FILE = /^100[0-7]{3}$/;

/**
 * Parses `git diff --raw -z` output: `:<mode> <mode> <blob> <blob> <status>\0<path>\0` and, for
 * renames and copies, a second path. Written by hand because no library reads git's raw format.
 */
export function parseRawDiff(raw: string): ChangedFile[] {
  const fields = raw.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const header = fields[i++] ?? '';
    if (header === '') continue;
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
    if (!match) throw new Error(`unexpected git diff --raw record '${header}'`);
    const [, baseMode = '', headMode = '', baseBlob = '', , letter = ''] = match;
    const first = fields[i++] ?? '';
    const second = letter === 'R' || letter === 'C' ? (fields[i++] ?? '') : first;
    const baseRegular = REGULAR_FILE.test(baseMode);
    const headRegular = REGULAR_FILE.test(headMode);
    if (!baseRegular && !headRegular) continue;
    if (letter === 'C') {
      // A copy leaves its source as it was: the new file is what changed.
      files.push({ path: second, status: 'added' });
      continue;
    }
    const file: ChangedFile = {
      status: !baseRegular
        ? 'added'
        : !headRegular
          ? 'deleted'
          : letter === 'R'
            ? 'renamed'
            : 'modified',
    };
    if (headRegular) file.path = second;
    if (baseRegular) {
      file.basePath = first;
      file.baseBlob = baseBlob;
    }
    files.push(file);
  }
  return files.sort((a, b) => compare(a.path ?? a.basePath ?? '', b.path ?? b.basePath ?? ''));
}

/** Reads blobs through one `git cat-file --batch` (a process per file would dominate a 100-file PR). */
async function readBlobs(blobs: readonly string[], cwd: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const wanted = [...new Set(blobs)];
  if (wanted.length === 0) return texts;
  const output = await new Promise<Buffer>((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(Buffer.concat(chunks))
        : reject(new ConfigurationError(`git cat-file failed: ${firstLine(stderr)}`)),
    );
    child.stdin.end(`${wanted.join('\n')}\n`);
  });
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!match) throw new ConfigurationError(`git cat-file cannot read ${header}`);
    const size = Number(match[2]);
    texts.set(match[1] ?? '', output.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
  }
  return texts;
}

async function withCheckout<T>(
  commit: string,
  prefix: string,
  cwd: string,
  use: (directory: string) => Promise<T>,
): Promise<T> {
  const parent = await mkdtemp(join(tmpdir(), 'kaizen-base-'));
  const tree = join(parent, 'tree');
  try {
    await gitOrThrow(['worktree', 'add', '--detach', '--quiet', tree, commit], cwd);
    return await use(join(tree, prefix));
  } finally {
    await git(['worktree', 'remove', '--force', tree], cwd);
    await rm(parent, { recursive: true, force: true });
    // What `remove` could not tidy (the folder was already gone) is pruned.
    await git(['worktree', 'prune'], cwd);
  }
}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git with an argument array (never a shell); never throws. */
function git(
  args: readonly string[],
  cwd: string,
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<GitResult> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      'git',
      [...args],
      {
        cwd,
        env: { ...process.env, ...options.env },
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) =>
        resolvePromise({
          ok: error === null,
          stdout,
          stderr: stderr.trim() || (error?.message ?? ''),
        }),
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

async function gitOrThrow(
  args: readonly string[],
  cwd: string,
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<string> {
  const run = await git(args, cwd, options);
  if (!run.ok) {
    throw new ConfigurationError(`git ${args[0] ?? ''} failed: ${firstLine(run.stderr)}`);
  }
  return run.stdout;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
