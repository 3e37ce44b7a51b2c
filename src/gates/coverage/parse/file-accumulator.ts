import type { Counts, FileCoverage } from '../types.js';
import { LineHits } from './line-hits.js';

/**
 * Files with at most this many coverable lines are given as a plain Map: it costs little there,
 * and lookups stay O(1).
 */
const SMALL_FILE_LINES = 32;

/**
 * Collects the coverage of one file from records that may repeat (an LCOV file with several `SF`
 * blocks for the same source, Go blocks of several packages' tests), summing hits as they come.
 */
export class FileAccumulator {
  /** Line → hits, compact while lines come in ascending order (see line-hits.ts). */
  private readonly lines = new LineHits();
  /**
   * `line,branch identity` → times taken. One flat map rather than a map per line: a Map costs
   * some 200 bytes empty, which for a 50 MB LCOV with 440,000 branch lines was half the heap.
   */
  private readonly branches = new Map<string, number>();
  /** `name@line` → the function, so repeated records add up. */
  private readonly functions = new Map<string, { name: string; line?: number; hits: number }>();

  constructor(readonly path: string) {}

  /** Adds `hits` to the line (a line seen with 0 hits is coverable and not covered). */
  addLine(line: number, hits: number): void {
    this.lines.set(line, (this.lines.get(line) ?? 0) + hits);
  }

  /** Sets the line's hits to the larger of the current and `hits`. */
  maxLine(line: number, hits: number): void {
    const current = this.lines.get(line);
    if (current === undefined || hits > current) this.lines.set(line, hits);
  }

  /** Adds `taken` to the branch `key` of the line. */
  addBranch(line: number, key: string, taken: number): void {
    const id = `${line},${key}`;
    this.branches.set(id, (this.branches.get(id) ?? 0) + taken);
  }

  /** Adds `hits` to the function of that name and line. */
  addFunction(name: string, line: number | undefined, hits: number): void {
    const key = `${name}@${line ?? ''}`;
    const known = this.functions.get(key);
    if (known) known.hits += hits;
    else this.functions.set(key, line === undefined ? { name, hits } : { name, line, hits });
  }

  /** The file as the domain types describe it; branches and functions only when there were any. */
  toFileCoverage(): FileCoverage {
    const lines = this.lines.size <= SMALL_FILE_LINES ? new Map(this.lines) : this.lines;
    const file: FileCoverage = { path: this.path, lines };
    if (this.branches.size > 0) {
      const branches = new Map<number, Counts>();
      for (const [id, taken] of this.branches) {
        const line = Number(id.slice(0, id.indexOf(',')));
        const counts = branches.get(line);
        if (counts) {
          counts.total += 1;
          if (taken > 0) counts.covered += 1;
        } else branches.set(line, { covered: taken > 0 ? 1 : 0, total: 1 });
      }
      file.branches = new Map([...branches].sort((a, b) => a[0] - b[0]));
    }
    if (this.functions.size > 0) file.functions = [...this.functions.values()];
    return file;
  }
}

/** Line counts of a file: coverable lines and those hit at least once. */
export function lineCounts(lines: ReadonlyMap<number, number>): Counts {
  let covered = 0;
  for (const hits of lines.values()) if (hits > 0) covered += 1;
  return { covered, total: lines.size };
}

/** Echoes a bad value in an error message, cut so that a huge line does not flood the log. */
export function echo(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * A copy of `text` that does not keep alive the piece of the report it was cut from. V8 makes a
 * slice of 13 characters or more a view into its parent, so one path kept from each 1 MiB piece
 * kept every piece: 30 MB of a 30 MB report. Appending a character and cutting it off again makes
 * V8 flatten the pair into a fresh string, which the result is a view into instead.
 */
export function detached(text: string): string {
  return `${text} `.slice(0, -1);
}
