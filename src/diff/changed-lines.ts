/**
 * The change under review as a gate needs it: which files it touched and which of their lines it
 * added, so each finding can be placed on a changed line, elsewhere in a changed file, or in a
 * file the change did not touch. Pure.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { LineRange } from './unified-diff.js';

/** The lines of one file a change added, or the whole file when the diff could not say. */
export type ChangedLines = readonly LineRange[] | 'whole-file';

/** Every file a change touched (deleted files excepted: they have no lines to place findings on). */
export interface ChangedFiles {
  /** Normalised path (see {@link normalizeChangePath}) → its added lines, ascending and merged. */
  readonly files: ReadonlyMap<string, ChangedLines>;
  /**
   * Absolute directory the paths are relative to; lets absolute finding paths be matched.
   * Relative finding paths are taken as relative to it too.
   */
  readonly root?: string;
}

/** Where a finding lies relative to a change. */
export type ChangePlace = 'changed-lines' | 'changed-file' | 'unchanged-file';

/**
 * The outcome of asking for the change under review: the change, or why there is none. A
 * `problem` is a failure worth a warning (an API error, a bad git ref); without one the run
 * simply has no change to compare with (not a pull request).
 */
export type ChangeLookup =
  | {
      kind: 'changes';
      changes: ChangedFiles;
      /** What the change is, completing "changed …" for the reader: `by pull request #12`, `since main`. */
      against: string;
    }
  | { kind: 'unavailable'; reason: string; problem: boolean };

/**
 * A path in the one spelling used as a key: forward slashes, no `./` or empty segments, `..`
 * resolved where it can be. `./rules//a.yml` and `rules\a.yml` both become `rules/a.yml`.
 */
export function normalizeChangePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/**
 * Builds the lookup from files and their added lines (ranges are sorted and merged here; the
 * same path twice merges its lines, and `whole-file` wins).
 * @example changedFilesOf([{ path: './a.yml', lines: [{ start: 3, end: 4 }] }]).files.get('a.yml') // [{ start: 3, end: 4 }]
 */
export function changedFilesOf(
  entries: Iterable<{ path: string; lines: ChangedLines }>,
  root?: string,
): ChangedFiles {
  const files = new Map<string, ChangedLines>();
  for (const entry of entries) {
    const key = normalizeChangePath(entry.path);
    const before = files.get(key);
    if (before === 'whole-file' || entry.lines === 'whole-file') {
      files.set(key, 'whole-file');
    } else {
      files.set(key, mergeRanges([...(before ?? []), ...entry.lines]));
    }
  }
  return root === undefined ? { files } : { files, root };
}

/** Whether any line from `line` to `endLine` (inclusive) was added by the change. */
function touches(ranges: readonly LineRange[], line: number, endLine: number): boolean {
  // The first range that ends at or after `line`, by bisection: diffs of big files have many.
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle]?.end ?? 0) < line) low = middle + 1;
    else high = middle;
  }
  const candidate = ranges[low];
  return candidate !== undefined && candidate.start <= endLine;
}

/**
 * Places a finding spanning `line` to `endLine` of `path`: on a changed line when any of its
 * lines was added, in a changed file when the file was touched elsewhere, else in an unchanged
 * file.
 * @example placeInChange(changes, 'a.yml', 3) // 'changed-lines' for the example of changedFilesOf
 */
export function placeInChange(
  changes: ChangedFiles,
  path: string,
  line: number,
  endLine: number = line,
): ChangePlace {
  const lines = changes.files.get(changeKey(changes, path));
  if (lines === undefined) return 'unchanged-file';
  if (lines === 'whole-file') return 'changed-lines';
  return touches(lines, line, Math.max(line, endLine)) ? 'changed-lines' : 'changed-file';
}

/** True when the change touched `path` at all. */
export function isChangedFile(changes: ChangedFiles, path: string): boolean {
  return changes.files.has(changeKey(changes, path));
}

function changeKey(changes: ChangedFiles, path: string): string {
  if (changes.root !== undefined && isAbsolute(path)) {
    return normalizeChangePath(relative(changes.root, path).split(sep).join('/'));
  }
  return normalizeChangePath(path);
}

function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
