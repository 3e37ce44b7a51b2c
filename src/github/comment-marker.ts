/**
 * The hidden header that makes a PR comment "sticky": an HTML comment naming gate and key (how
 * the comment is found again), then one naming the head commit and run that wrote it (how an
 * older run knows not to overwrite a newer report). Both are invisible in rendered Markdown.
 *
 * ```
 * <!-- kaizen-gates:bench:default -->
 * <!-- kaizen-gates-meta {"sha":"0123…","run":123} -->
 * …the rendered comment…
 * ```
 */
import { ConfigurationError } from '../shared/errors.js';
import type { GateName } from '../verdict/types.js';

/** What the second header line records. */
export interface CommentMeta {
  /** Head commit the report is about. */
  sha: string;
  /** `GITHUB_RUN_ID` of the run that wrote it. */
  run: number;
}

/** A comment body split into its header and the rendered content. */
export interface ParsedComment {
  /** The meta line, when present and well-formed (a hand-edited comment may have lost it). */
  meta?: CommentMeta;
  /** Everything after the header, with line endings normalised to `\n`. */
  content: string;
}

/** Keys are restricted so that a marker can neither close the HTML comment nor forge another. */
const KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const GATE_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const META_PATTERN = /^<!-- kaizen-gates-meta (\{[^\n]*\}) -->$/;

/**
 * The first header line for a gate and key, e.g. `<!-- kaizen-gates:bench:default -->`.
 *
 * @throws ConfigurationError when `key` has characters outside `[A-Za-z0-9._-]` or more than 64.
 */
export function commentMarker(gate: GateName, key: string): string {
  if (!GATE_PATTERN.test(gate))
    throw new ConfigurationError(`gate name ${JSON.stringify(gate)} is not valid`);
  assertCommentKey(key);
  return `<!-- kaizen-gates:${gate}:${key} -->`;
}

/**
 * Checks the `key` input: 1 to 64 characters of `[A-Za-z0-9._-]`.
 *
 * @throws ConfigurationError naming the input and echoing the value otherwise.
 */
export function assertCommentKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new ConfigurationError(
      `input key must be 1 to 64 characters of A-Z a-z 0-9 . _ -, got ${JSON.stringify(key.slice(0, 100))}`,
    );
  }
}

/** The whole comment: marker line, meta line, content. */
export function buildCommentBody(marker: string, meta: CommentMeta, content: string): string {
  return `${marker}\n<!-- kaizen-gates-meta ${JSON.stringify({ sha: meta.sha, run: meta.run })} -->\n${content}`;
}

/**
 * Splits a comment written under `marker`, or returns undefined when the comment does not start
 * with it. Only the first line counts: a marker quoted further down (say, in a code block of
 * someone's reply) does not make a comment ours.
 */
export function parseComment(body: string, marker: string): ParsedComment | undefined {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== marker) return undefined;
  const metaMatch = META_PATTERN.exec(lines[1] ?? '');
  if (metaMatch?.[1] === undefined) return { content: lines.slice(1).join('\n') };
  const meta = parseMeta(metaMatch[1]);
  return { ...(meta === undefined ? {} : { meta }), content: lines.slice(2).join('\n') };
}

function parseMeta(json: string): CommentMeta | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const sha = 'sha' in parsed ? parsed.sha : undefined;
  const run = 'run' in parsed ? parsed.run : undefined;
  if (typeof sha !== 'string' || typeof run !== 'number' || !Number.isSafeInteger(run))
    return undefined;
  return { sha, run };
}
