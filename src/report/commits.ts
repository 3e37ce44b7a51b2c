/**
 * The commits a report is about, as one short line: "Comparing `f95f852`…`ec26c3e` (diff)", each
 * short SHA linked to its commit and the range to the compare view when the links are known. A
 * reviewer who reads a comment written for an older push sees at once which push it judged, as
 * every peer (Codecov, SonarCloud, benchmark bots) shows.
 */
import { isRecord } from '../shared/is-record.js';
import type { Verdict } from '../verdict/types.js';
import { inlineCode } from './escape.js';
import { safeLinkUrl } from './markdown-blocks.js';

/** One commit named in a report. */
export interface CommitRef {
  /** The full (or abbreviated) commit id, hex; anything else is not shown. */
  sha: string;
  /** Its web page, e.g. `https://github.com/o/r/commit/<sha>`; http(s) only. */
  url?: string;
}

/**
 * The commits a report compares: the head judged and, when the run compares with something,
 * the base. Renderers show them as one line; fields that do not validate are left out.
 */
export interface ReportCommits {
  /** What the head is compared with: a PR's base, a push's previous tip, a local merge base. */
  base?: CommitRef;
  /** The commit judged. */
  head: CommitRef;
  /** The compare view of base…head; shown only together with a shown base. */
  compareUrl?: string;
}

/** Git's default abbreviation, and what GitHub shows for a commit. */
export const SHORT_SHA_LENGTH = 7;

/** A commit id: SHA-1 (40 hex digits) or SHA-256 (64), possibly abbreviated to 7 or more. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;

/**
 * The first {@link SHORT_SHA_LENGTH} characters of a commit id, lower case, or `undefined` when
 * `sha` is not 7 to 64 hex digits (a ref name, an empty string, anything hostile).
 *
 * @example shortSha('EC26C3E57CA3A959CA5AAD62DE7213C562F8C821') // 'ec26c3e'
 */
export function shortSha(sha: string): string | undefined {
  return COMMIT_ID.test(sha) ? sha.slice(0, SHORT_SHA_LENGTH).toLowerCase() : undefined;
}

/** The all-zero id git and GitHub use for "no commit" (a push's `before` on a new branch). */
export function isNullSha(sha: string): boolean {
  return /^0+$/.test(sha);
}

/** `` `abc1234` `` or `` [`abc1234`](url) ``; empty when the id does not validate. */
function commitLink(commit: CommitRef | undefined): string {
  if (commit === undefined || isNullSha(commit.sha)) return '';
  const short = shortSha(commit.sha);
  if (short === undefined) return '';
  const code = inlineCode(short);
  const href = commit.url === undefined ? undefined : safeLinkUrl(commit.url);
  return href === undefined ? code : `[${code}](${href})`;
}

/**
 * The commits as a Markdown fragment for a footer: `Comparing [`a`](…)…[`b`](…) ([diff](…))`
 * with a base, `Commit [`b`](…)` with the head alone, and empty when there are no commits or the
 * head does not validate (a line naming only the base would mislead). Links that are not http(s)
 * are dropped, the text kept.
 *
 * @example commitsFragment({ base: { sha: 'f95f852bd8' }, head: { sha: 'ec26c3e57c' } })
 *   // 'Comparing `f95f852`…`ec26c3e`'
 */
export function commitsFragment(commits: ReportCommits | undefined): string {
  const head = commitLink(commits?.head);
  if (commits === undefined || head === '') return '';
  const base = commitLink(commits.base);
  if (base === '') return `Commit ${head}`;
  const compare = commits.compareUrl === undefined ? undefined : safeLinkUrl(commits.compareUrl);
  return `Comparing ${base}…${head}${compare === undefined ? '' : ` ([diff](${compare}))`}`;
}

/**
 * Commit links under a repository's web root (`https://github.com/o/r`): `/commit/<sha>` for
 * each, `/compare/<base>...<head>` for the range (three dots: the changes since the merge base,
 * as a pull request shows them). A null or invalid base is left out.
 */
export function linkedCommits(repositoryUrl: string, head: string, base?: string): ReportCommits {
  const root = repositoryUrl.replace(/\/+$/, '');
  const commit = (sha: string): CommitRef => ({ sha, url: `${root}/commit/${sha}` });
  const usableBase =
    base !== undefined && !isNullSha(base) && shortSha(base) !== undefined ? base : undefined;
  return {
    head: commit(head),
    ...(usableBase === undefined
      ? {}
      : { base: commit(usableBase), compareUrl: `${root}/compare/${usableBase}...${head}` }),
  };
}

/**
 * The base commit a gate put in its verdict (`data.commits.base`, e.g. the merge base
 * dashboard-diff compared with), which is more exact than the event's base: `undefined` when
 * there is none or it is not a commit id. The data is gate-specific and untyped, so it is
 * checked here rather than trusted.
 */
export function verdictBaseSha(verdict: Verdict): string | undefined {
  return verdictCommit(verdict, 'base');
}

/** Like {@link verdictBaseSha}, for the head the gate judged (`data.commits.head`). */
export function verdictHeadSha(verdict: Verdict): string | undefined {
  return verdictCommit(verdict, 'head');
}

function verdictCommit(verdict: Verdict, side: 'base' | 'head'): string | undefined {
  const commits = verdict.data?.['commits'];
  if (!isRecord(commits)) return undefined;
  const sha = commits[side];
  return typeof sha === 'string' && shortSha(sha) !== undefined && !isNullSha(sha)
    ? sha
    : undefined;
}
