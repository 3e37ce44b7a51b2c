/**
 * Collects per-file coverage while an XML report streams by. One source file may appear several
 * times in a report (a Cobertura class per inner class, a Clover file per package); its records
 * merge, a line taking the highest hit count any record gives it, because the records describe
 * the same run of the same line and summing would count its executions twice.
 */
import type { Counts, CoverageParser, FileCoverage } from '../types.js';

/** A growing set of files, keyed by the report's path. */
export class FileCollector {
  private readonly files = new Map<string, FileCoverage>();

  /** The record of `path`, created on first use. */
  file(path: string): FileCoverage {
    let file = this.files.get(path);
    if (file === undefined) {
      file = { path, lines: new Map() };
      this.files.set(path, file);
    }
    return file;
  }

  /** Records `hits` for a line, keeping the highest count seen. */
  line(path: string, line: number, hits: number): void {
    const lines = this.file(path).lines;
    const before = lines.get(line);
    if (before === undefined || hits > before) lines.set(line, hits);
  }

  /** Records the branches of a line, keeping the record with the most branches covered. */
  branches(path: string, line: number, counts: Counts): void {
    const file = this.file(path);
    file.branches ??= new Map();
    const before = file.branches.get(line);
    if (
      before === undefined ||
      counts.total > before.total ||
      (counts.total === before.total && counts.covered > before.covered)
    ) {
      file.branches.set(line, counts);
    }
  }

  /** Records a function (method); the same name on the same line merges to the highest hits. */
  func(path: string, name: string, line: number | undefined, hits: number): void {
    const file = this.file(path);
    file.functions ??= [];
    const same = file.functions.find((f) => f.name === name && f.line === line);
    if (same === undefined) {
      file.functions.push(line === undefined ? { name, hits } : { name, line, hits });
    } else if (hits > same.hits) {
      same.hits = hits;
    }
  }

  /** The files in the order they first appeared. */
  list(): FileCoverage[] {
    return [...this.files.values()];
  }
}

/** Totals a report states about itself, to check a parse against the tool's own numbers. */
export interface StatedTotals {
  lines?: Counts;
  branches?: Counts;
  functions?: Counts;
  /** Clover's statements (its unit of line coverage). */
  statements?: Counts;
  /** Cobertura's `line-rate` and `branch-rate`, as fractions (0.8792). */
  lineRate?: number;
  branchRate?: number;
}

/** Line, branch and function totals computed from parsed files. */
export function totalsOf(files: readonly FileCoverage[]): {
  lines: Counts;
  branches: Counts;
  functions: Counts;
} {
  const lines = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  const functions = { covered: 0, total: 0 };
  for (const file of files) {
    for (const hits of file.lines.values()) {
      lines.total += 1;
      if (hits > 0) lines.covered += 1;
    }
    for (const counts of file.branches?.values() ?? []) {
      branches.total += counts.total;
      branches.covered += counts.covered;
    }
    for (const f of file.functions ?? []) {
      functions.total += 1;
      if (f.hits > 0) functions.covered += 1;
    }
  }
  return { lines, branches, functions };
}

/** An XML parser that also exposes the totals the report states about itself, once read. */
export interface XmlCoverageParser extends CoverageParser {
  readonly stated: StatedTotals;
}
