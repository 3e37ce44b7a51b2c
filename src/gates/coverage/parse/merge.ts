import { ConfigurationError } from '../../../shared/errors.js';
import type { Counts, CoverageFormat, CoverageReport, FileCoverage } from '../types.js';

/** Several reports merged: a report whose parts may come from several formats. */
export interface MergedCoverage extends Omit<CoverageReport, 'format'> {
  /** The formats of the merged reports, each once, in the order first seen. */
  formats: CoverageFormat[];
}

type FunctionCoverage = NonNullable<FileCoverage['functions']>[number];

/** A file being merged: functions keyed by name and line until the merge ends. */
export interface MergingFile {
  lines: Map<number, number>;
  branches?: Map<number, Counts>;
  functions?: Map<string, FunctionCoverage>;
}

/**
 * Merges reports of matrix shards or monorepo components (of any formats) by path, as the report
 * names it (mapping paths to the repository comes later, so two spellings of one file stay two):
 *
 * - lines: a line is coverable when any report counts it, and its hits are the sum, so it is
 *   covered when any report covers it;
 * - branches: per line, the larger covered count and the larger total. Reports give only counts
 *   per line, not which arm was taken, so the union of arms is unknown: summing would count the
 *   same arms twice when shards run the same code, while the maximum never claims more than one
 *   report saw (it may under-count arms that different shards took, the safe side for a gate);
 * - functions: by name and line, hits summed.
 *
 * Nothing is mutated: a file that only one report names keeps that report's maps (copying them
 * would double the memory of a one-report run, 2.3 million lines in a 30 MB LCOV), and a file
 * that several name gets fresh ones.
 * @throws ConfigurationError when a totals-only report (coverage-summary.json) would be merged with
 *   another, since totals of overlapping runs cannot be combined without counting lines twice.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): MergedCoverage {
  const totalsOnly = reports.filter((report) => report.totalsOnly !== undefined);
  if (totalsOnly.length > 0 && reports.length > 1) {
    throw new ConfigurationError(
      'coverage: a coverage-summary.json holds totals only and cannot be merged with other ' +
        'reports (the same lines would count twice); pass coverage-final.json instead',
    );
  }
  const formats: CoverageFormat[] = [];
  const sourceRoots: string[] = [];
  const warnings: string[] = [];
  // Each path's first file, in the order first seen; the merge of its files when several name it.
  const firsts = new Map<string, FileCoverage>();
  const merges = new Map<string, MergingFile>();
  for (const report of reports) {
    if (!formats.includes(report.format)) formats.push(report.format);
    for (const root of report.sourceRoots) if (!sourceRoots.includes(root)) sourceRoots.push(root);
    warnings.push(...report.warnings);
    for (const file of report.files) {
      const first = firsts.get(file.path);
      if (first === undefined) {
        firsts.set(file.path, file);
        continue;
      }
      let merging = merges.get(file.path);
      if (merging === undefined) {
        merging = { lines: new Map() };
        mergeFile(merging, first);
        merges.set(file.path, merging);
      }
      mergeFile(merging, file);
    }
  }
  const merged: MergedCoverage = {
    formats,
    files: [...firsts].map(([path, first]) => {
      const merging = merges.get(path);
      if (merging === undefined) return first;
      const result: FileCoverage = { path, lines: merging.lines };
      if (merging.branches) result.branches = merging.branches;
      if (merging.functions) result.functions = [...merging.functions.values()];
      return result;
    }),
    sourceRoots,
    warnings,
  };
  const single = totalsOnly[0]?.totalsOnly;
  if (single) merged.totalsOnly = single;
  return merged;
}

/** Adds `file`'s coverage into `into` by the rules of {@link mergeCoverage}. */
export function mergeFile(into: MergingFile, file: FileCoverage): void {
  for (const [line, hits] of file.lines) into.lines.set(line, (into.lines.get(line) ?? 0) + hits);
  if (file.branches) {
    into.branches ??= new Map();
    for (const [line, counts] of file.branches) {
      const known = into.branches.get(line);
      into.branches.set(
        line,
        known
          ? {
              covered: Math.max(known.covered, counts.covered),
              total: Math.max(known.total, counts.total),
            }
          : { ...counts },
      );
    }
  }
  if (file.functions) {
    into.functions ??= new Map();
    for (const fn of file.functions) {
      const key = `${fn.name}@${fn.line ?? ''}`;
      const known = into.functions.get(key);
      if (known) known.hits += fn.hits;
      else into.functions.set(key, { ...fn });
    }
  }
}
