/**
 * Patch coverage of one file, counted as diff-cover counts it (diff_cover/report_generator.py,
 * `DiffViolations`): the changed lines that count are the added lines of the diff that the
 * report measures (`measured_lines ∩ diff_lines`); of those, a line with no hits is uncovered
 * (`violations ∩ diff_lines`). A changed line the report does not list (blank, comment,
 * declaration) counts for nothing. A new or untracked file (`whole-file`) has every line changed,
 * so every line the report measures counts. Pure.
 *
 * One difference, on purpose: with several reports diff-cover intersects their violations
 * (violations_reporter.py, `_cache_file`), so a line one report measures uncovered and another
 * leaves out counts as covered though no report covers it. Here the reports are merged first
 * (parse/merge.ts): a line is covered when some report covers it, uncovered otherwise.
 */
import type { ChangedLines } from '../../diff/changed-lines.js';
import type { PatchCoverage } from './types.js';

/**
 * Counts the changed coverable lines of a file and collects the uncovered ones as ranges. Two
 * uncovered lines share a range when every line between them was changed too and none of those
 * is coverable (a blank line or comment inside an untested block), so one annotation spans the
 * block; a covered or unchanged coverable line between them splits it.
 *
 * Linear in the smaller of the file's coverable lines and its changed lines (`changed` is
 * ascending and merged, as src/diff/changed-lines.ts builds it).
 * @example patchOf(new Map([[1, 0], [2, 3], [4, 0], [5, 0]]), [{ start: 1, end: 5 }]) // { covered: 1, total: 4, uncovered: [{ start: 1, end: 1 }, { start: 4, end: 5 }] }
 */
export function patchOf(lines: ReadonlyMap<number, number>, changed: ChangedLines): PatchCoverage {
  const counter = createPatchCounter(lines);
  if (changed === 'whole-file') {
    for (const line of ascendingLines(lines)) counter.visit(line, 0);
    return counter.result();
  }
  let changedLength = 0;
  for (const range of changed) changedLength += range.end - range.start + 1;
  if (changedLength <= lines.size) {
    // Fewer changed lines than coverable ones (the usual pull request): look each one up.
    changed.forEach((range, index) => {
      for (let line = range.start; line <= range.end; line += 1) {
        if (lines.has(line)) counter.visit(line, index);
      }
    });
    return counter.result();
  }
  let rangeIndex = 0;
  for (const line of ascendingLines(lines)) {
    while (rangeIndex < changed.length && (changed[rangeIndex]?.end ?? 0) < line) rangeIndex += 1;
    const range = changed[rangeIndex];
    if (range !== undefined && range.start <= line) counter.visit(line, rangeIndex);
    else counter.skip();
  }
  return counter.result();
}

/** The coverable lines ascending; parsers mostly insert them in order, so a sort is rarely needed. */
function ascendingLines(lines: ReadonlyMap<number, number>): number[] {
  const keys = [...lines.keys()];
  for (let index = 1; index < keys.length; index += 1) {
    if ((keys[index - 1] ?? 0) > (keys[index] ?? 0)) return keys.sort((a, b) => a - b);
  }
  return keys;
}

/** Counts changed coverable lines visited in ascending order and gathers the uncovered runs. */
function createPatchCounter(lines: ReadonlyMap<number, number>) {
  const uncovered: { start: number; end: number }[] = [];
  let covered = 0;
  let total = 0;
  /** The changed range of the open uncovered run, or -1 when no run is open. */
  let runRange = -1;
  return {
    /** A changed coverable line, in changed range number `range`. */
    visit(line: number, range: number): void {
      total += 1;
      if ((lines.get(line) ?? 0) > 0) {
        covered += 1;
        runRange = -1;
        return;
      }
      const open = uncovered.at(-1);
      if (open !== undefined && runRange === range) open.end = line;
      else uncovered.push({ start: line, end: line });
      runRange = range;
    },
    /** A coverable line the change did not touch: it ends any run. */
    skip(): void {
      runRange = -1;
    },
    result(): PatchCoverage {
      return { covered, total, uncovered };
    },
  };
}
