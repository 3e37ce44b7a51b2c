/**
 * A run log: one compact JSON line per run of a suite, appended to a file (on a data branch or
 * on disk) and read back for trends, noise estimates or night-over-night comparisons. Pure: text
 * in, text out; the transports are data-branch.ts and history-file.ts.
 *
 * The file is JSON Lines so that an append is a one-line diff and one damaged line never makes
 * the rest unreadable. Lines this version cannot read are kept verbatim on every rewrite: a
 * newer writer's format, or a hand edit, is never destroyed by an older one.
 *
 * Every line is a {@link RunStamp} (which run of which suite at which commit) spread together
 * with the gate's own fields, so a gate's line is a flat object and its schema tag says whose.
 */
import { ConfigurationError } from '../shared/errors.js';
import { isRecord } from '../shared/is-record.js';

/** Default number of readable entries a log keeps (the oldest go first). */
export const DEFAULT_RETENTION = 500;

/**
 * A file over this size is refused: with the default retention a bench suite of 200 benchmarks
 * is about 10 MB, so a larger file was not written by us and parsing it would only waste memory.
 */
export const MAX_LOG_BYTES = 20 * 1024 * 1024;

/** A line over this size is refused for the same reason (one run of one suite is a few kB). */
export const MAX_LOG_LINE_BYTES = 1024 * 1024;

/** What identifies a stored run, whatever the gate. */
export interface RunStamp {
  /** Schema tag of the line, naming the gate and the version of its fields. */
  schema: string;
  /** Suite (or key) the run belongs to: one log per suite. */
  suite: string;
  /** Commit measured. */
  sha: string;
  /** Branch or tag of the run (`refs/heads/main`), when known. */
  ref?: string;
  /** ISO time of the run. */
  createdAt: string;
  /**
   * Workflow run id (`GITHUB_RUN_ID`, without the attempt): with `sha` it identifies the run, so
   * a re-run of the same workflow run does not add a second line.
   */
  runId?: string;
}

/** One line of a log: the stamp and the gate's record `R`, side by side in one object. */
export type LogEntry<R extends object> = RunStamp & R;

/** How a gate's log lines look: the one thing a gate supplies to use the log. */
export interface LogKind<R extends object> {
  /** Schema tag of its lines, e.g. `kaizen-gates/bench-history@1`; other tags are kept, unread. */
  schema: string;
  /** Names the log in messages and commit messages, e.g. `bench history`. */
  noun: string;
  /** The gate's name, the folder of its logs on the data branch, e.g. `bench`. */
  gate: string;
  /**
   * The gate's fields of a line whose stamp is valid, or undefined when they are not readable
   * (the line is then kept verbatim as unreadable). Must not keep the stamp's fields.
   */
  parseRecord(data: Record<string, unknown>): R | undefined;
}

/** The facts of a run beside its suite, commit and time. */
export interface StampExtra {
  ref?: string;
  runId?: string;
}

/** A log read back. */
export interface ParsedLog<E> {
  /** Readable entries, in file order (oldest first). */
  entries: E[];
  /** Lines that are not valid entries, verbatim, with their 1-based line number. */
  unreadable: { line: number; text: string }[];
}

/**
 * Builds a log entry: the stamp's fields first (optional ones only when given), then the
 * record's, so that every writer produces the same bytes for the same run.
 *
 * @example logEntry(kind, { suite: 'nightly', sha, createdAt }, { peakMb: 512 }, { runId: '42' })
 */
export function logEntry<R extends object>(
  kind: LogKind<R>,
  stamp: { suite: string; sha: string; createdAt: string },
  record: R,
  extra: StampExtra = {},
): LogEntry<R> {
  return {
    schema: kind.schema,
    suite: stamp.suite,
    sha: stamp.sha,
    ...(extra.ref === undefined ? {} : { ref: extra.ref }),
    createdAt: stamp.createdAt,
    ...(extra.runId === undefined ? {} : { runId: extra.runId }),
    ...record,
  };
}

/**
 * Reads a log. Blank lines are skipped; every other line that is not a valid entry of `kind` is
 * returned in `unreadable` (never dropped silently), so the caller can warn and a rewrite can
 * keep it.
 *
 * @param what - names the file in error messages, e.g. `kaizen-data:bench/default.jsonl`.
 * @throws {ConfigurationError} when the file is over 20 MB or a line over 1 MB.
 */
export function parseLog<R extends object>(
  kind: LogKind<R>,
  text: string,
  what: string,
): ParsedLog<LogEntry<R>> {
  const parsed: ParsedLog<LogEntry<R>> = { entries: [], unreadable: [] };
  for (const line of readLines(kind, text, what)) {
    if (line.entry === undefined) parsed.unreadable.push({ line: line.number, text: line.text });
    else parsed.entries.push(line.entry);
  }
  return parsed;
}

/**
 * The log with `entry` appended: existing lines stay in order (unreadable ones too), then the
 * oldest readable entries beyond `retention` are dropped. Appending a run already present (same
 * `sha` and `runId`, or same `sha` and both without `runId`) returns `text` unchanged, so a
 * re-run adds nothing. Output lines end with `\n`; blank lines are not kept.
 *
 * @param retention - readable entries kept, a positive integer (default 500).
 * @param what - names the file in error messages.
 * @throws {ConfigurationError} on a hostile file (see {@link parseLog}).
 * @throws {Error} `appendToLog: ...` when `retention` is not a positive integer.
 * @example appendToLog(kind, current ?? '', entry, 500, 'history.jsonl')
 */
export function appendToLog<R extends object>(
  kind: LogKind<R>,
  text: string,
  entry: LogEntry<R>,
  retention = DEFAULT_RETENTION,
  what = kind.noun,
): string {
  if (!Number.isInteger(retention) || retention < 1) {
    throw new Error(`appendToLog: retention must be a positive integer, got ${retention}`);
  }
  const lines = readLines(kind, text, what);
  if (lines.some((line) => line.entry !== undefined && sameRun(line.entry, entry))) return text;
  lines.push({ number: lines.length + 1, text: JSON.stringify(entry), entry });
  let excess = lines.filter((line) => line.entry !== undefined).length - retention;
  const kept = lines.filter((line) => {
    if (excess > 0 && line.entry !== undefined) {
      excess -= 1;
      return false;
    }
    return true;
  });
  return kept.map((line) => `${line.text}\n`).join('');
}

/**
 * Path of a suite's log on the data branch: `<gate>/<suite>.jsonl`, any suite name made safe.
 *
 * @example logFilePath(kind, 'api/v2') // 'bench/api%2Fv2.jsonl' for the bench kind
 */
export function logFilePath(kind: Pick<LogKind<object>, 'gate'>, suite: string): string {
  // encodeURIComponent is injective and leaves no `/`, so every suite gets its own file at the
  // same depth whatever its name.
  return `${kind.gate}/${encodeURIComponent(suite)}.jsonl`;
}

/**
 * The logged run of the nearest of `ancestors` (the merge base first, then its first-parent
 * ancestors): what a pull request compares against when the log is its baseline. Of several
 * runs of that commit the last stored wins (a re-run after a flaky night replaces it).
 *
 * @returns undefined when no ancestor was logged; `distance` 0 is the merge base itself.
 */
export function nearestLogEntry<E extends RunStamp>(
  entries: readonly E[],
  ancestors: readonly string[],
): { entry: E; distance: number } | undefined {
  const latest = new Map<string, E>();
  for (const entry of entries) latest.set(entry.sha, entry);
  for (const [distance, sha] of ancestors.entries()) {
    const entry = latest.get(sha);
    if (entry !== undefined) return { entry, distance };
  }
  return undefined;
}

interface LogLine<E> {
  number: number;
  text: string;
  entry: E | undefined;
}

function readLines<R extends object>(
  kind: LogKind<R>,
  text: string,
  what: string,
): LogLine<LogEntry<R>>[] {
  const size = utf8Length(text, MAX_LOG_BYTES);
  if (size > MAX_LOG_BYTES) {
    throw new ConfigurationError(
      `The ${kind.noun} ${what} is over ${MAX_LOG_BYTES / 1024 / 1024} MB; it was not written by kaizen-gates. Remove or shorten it.`,
    );
  }
  const lines: LogLine<LogEntry<R>>[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    if (utf8Length(raw, MAX_LOG_LINE_BYTES) > MAX_LOG_LINE_BYTES) {
      throw new ConfigurationError(
        `The ${kind.noun} ${what} has a line over 1 MB (line ${index + 1}); it was not written by kaizen-gates.`,
      );
    }
    lines.push({ number: index + 1, text: raw, entry: parseLine(kind, raw) });
  });
  return lines;
}

/**
 * UTF-8 size of `text`, exact up to `limit` (beyond, any value over it). A string is never
 * encoded when its length alone decides: each UTF-16 unit is 1 to 3 bytes.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function sameRun(a: RunStamp, b: RunStamp): boolean {
  return a.sha === b.sha && a.runId === b.runId;
}

function parseLine<R extends object>(kind: LogKind<R>, line: string): LogEntry<R> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['schema'] !== kind.schema) return undefined;
  const { suite, sha, ref, createdAt, runId } = data;
  if (
    typeof suite !== 'string' ||
    typeof sha !== 'string' ||
    sha === '' ||
    typeof createdAt !== 'string' ||
    (ref !== undefined && typeof ref !== 'string') ||
    (runId !== undefined && typeof runId !== 'string')
  ) {
    return undefined;
  }
  const record = kind.parseRecord(data);
  if (record === undefined) return undefined;
  return logEntry(kind, { suite, sha, createdAt }, record, {
    ...(ref === undefined ? {} : { ref }),
    ...(runId === undefined ? {} : { runId }),
  });
}
