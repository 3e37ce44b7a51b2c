/**
 * Which lines of the new version a unified diff adds: the facts a gate needs to put findings (or
 * coverage) on the lines a change touched. Parsing is jsdiff's `parsePatch` (the `diff` package),
 * which knows git's dialect: `a/`/`b/` prefixes, C-quoted names, renames, binary files,
 * `/dev/null` for created and deleted files, and hunks checked against their line counts, so a
 * removed line that reads `---` is never taken for a file header. Pure: text in, ranges out.
 */
import { parsePatch, type StructuredPatch } from 'diff';

/** A run of consecutive lines, 1-based, `end` inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** What a diff says about one file. */
export interface FileDiff {
  /** Path in the new version, without git's `b/` prefix; undefined when the diff deletes the file. */
  path: string | undefined;
  /** Path in the old version, without git's `a/` prefix; undefined when the diff creates the file. */
  previousPath: string | undefined;
  /**
   * Lines of the new version that the diff adds (new lines, and the new side of modified ones),
   * merged and ascending. Context and removed lines are not in it.
   */
  addedLines: LineRange[];
  /** A binary file: the diff says it changed, not which lines. */
  binary: boolean;
}

/**
 * Reads a multi-file diff as `git diff` writes it (with `a/` and `b/` prefixes, any number of
 * context lines). Files without hunks (a pure rename, a mode change, a binary file) are kept,
 * with no added lines.
 *
 * @throws Error starting with `parseUnifiedDiff` when a hunk does not match its header's counts
 *   or the text is not a diff.
 * @example parseUnifiedDiff('diff --git a/r.yml b/r.yml\n--- a/r.yml\n+++ b/r.yml\n@@ -2 +2,2 @@\n-x\n+y\n+z\n')
 *   // [{ path: 'r.yml', previousPath: 'r.yml', addedLines: [{ start: 2, end: 3 }], binary: false }]
 */
export function parseUnifiedDiff(text: string): FileDiff[] {
  if (text.trim() === '') return [];
  return parse(text, 'parseUnifiedDiff')
    .filter((patch) => patch.oldFileName !== undefined || patch.newFileName !== undefined)
    .map((patch) => ({
      path: withoutPrefix(patch.newFileName, 'b/'),
      previousPath: withoutPrefix(patch.oldFileName, 'a/'),
      addedLines: addedLinesOf(patch),
      binary: patch.isBinary === true,
    }));
}

/**
 * The added lines of one file's hunks without file headers, the form of the `patch` field of
 * GitHub's "list pull request files" answer (`@@ -1,3 +1,4 @@` and the lines under it).
 *
 * @throws Error starting with `addedLinesOfPatch` when a hunk does not match its header.
 * @example addedLinesOfPatch('@@ -1,2 +1,3 @@\n a\n+b\n c') // [{ start: 2, end: 2 }]
 */
export function addedLinesOfPatch(patch: string): LineRange[] {
  if (patch.trim() === '') return [];
  return parse(patch, 'addedLinesOfPatch').flatMap(addedLinesOf);
}

function parse(text: string, caller: string): StructuredPatch[] {
  try {
    return parsePatch(text);
  } catch (error) {
    throw new Error(`${caller}: not a unified diff: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** `b/x.yml` → `x.yml`; `/dev/null` (no such side) → undefined. */
function withoutPrefix(name: string | undefined, prefix: string): string | undefined {
  if (name === undefined || name === '/dev/null') return undefined;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** Walks each hunk on its new side: context and `+` lines advance, `-` lines do not. */
function addedLinesOf(patch: StructuredPatch): LineRange[] {
  const ranges: LineRange[] = [];
  for (const hunk of patch.hunks) {
    let line = hunk.newStart;
    for (const text of hunk.lines) {
      const kind = text[0];
      if (kind === '+') {
        const last = ranges.at(-1);
        if (last !== undefined && last.end === line - 1) last.end = line;
        else ranges.push({ start: line, end: line });
        line++;
      } else if (kind === ' ' || kind === undefined) {
        line++;
      }
      // '-' lines exist only on the old side; '\' is "No newline at end of file".
    }
  }
  return ranges;
}
