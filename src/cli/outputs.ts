/** The verdict's files (`--json`, `--markdown`, `--sarif`), each rendered only when asked for. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReportCommits } from '../report/commits.js';
import { VERSION } from '../version.js';
import type { Verdict } from '../verdict/types.js';

/** The path that means standard output, as for most command-line tools. */
export const STANDARD_OUTPUT = '-';

/** One output the user asked for: what to render, and where (a path, or `-`). */
export interface Output {
  kind: 'json' | 'markdown' | 'sarif';
  path: string;
}

/**
 * Renders and writes `outputs`: files (their folders made), or `stdout` for `-`. Rendered only
 * when asked for, and one at a time: a verdict of 20,000 findings is a large string to build.
 * `commits` are named in the Markdown comment's footer (see {@link localCommits}).
 * @throws the file system's error when a file cannot be written.
 */
export async function writeOutputs(
  verdict: Verdict,
  outputs: readonly Output[],
  stdout: (text: string) => void,
  commits?: ReportCommits,
): Promise<void> {
  for (const { kind, path } of outputs) {
    const text = await render(verdict, kind, commits);
    if (path === STANDARD_OUTPUT) stdout(text);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

async function render(
  verdict: Verdict,
  kind: Output['kind'],
  commits: ReportCommits | undefined,
): Promise<string> {
  switch (kind) {
    case 'json':
      return `${JSON.stringify(verdict, null, 2)}\n`;
    case 'markdown': {
      const { renderComment } = await import('../report/markdown.js');
      return renderComment(verdict, {
        version: VERSION,
        ...(commits === undefined ? {} : { commits }),
      });
    }
    case 'sarif': {
      const { renderSarif } = await import('../report/sarif.js');
      return `${JSON.stringify(renderSarif(verdict, { version: VERSION }), null, 2)}\n`;
    }
  }
}

/**
 * The commits a local run is about, for the Markdown comment: the checkout's HEAD and, when
 * `baseRef` names what the run compared with, its merge base with HEAD, as `git diff
 * REF...HEAD` reads it. A base or head the gate put in its verdict (dashboard-diff's merge base)
 * wins. No links: a local checkout knows no web address for its commits. Git failing (not a
 * repository, no git, an unknown ref) is silent: the line is left out, or names the head alone.
 */
export async function localCommits(
  verdict: Verdict,
  baseRef: string | undefined,
  cwd: string = process.cwd(),
): Promise<ReportCommits | undefined> {
  const [{ headCommit, mergeBaseAncestors }, { verdictBaseSha, verdictHeadSha }] =
    await Promise.all([import('../io/git.js'), import('../report/commits.js')]);
  const head = verdictHeadSha(verdict) ?? (await headCommit(cwd));
  if (head === undefined || head === '') return undefined;
  const base =
    verdictBaseSha(verdict) ??
    // A ref that starts with `-` would reach git as an option.
    (baseRef === undefined || baseRef === '' || baseRef.startsWith('-')
      ? undefined
      : (await mergeBaseAncestors(baseRef, head, 1, cwd))[0]);
  return { head: { sha: head }, ...(base === undefined ? {} : { base: { sha: base } }) };
}
