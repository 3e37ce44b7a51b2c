/** Shared helpers of the path-mapping tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCoverage, type MergedCoverage } from '../../../src/gates/coverage/parse/merge.js';
import type { CoverageReport, PathMapping } from '../../../src/gates/coverage/types.js';

/** Folder of the coverage fixtures (see SOURCES-*.md there and paths/SOURCES.md). */
export const FIXTURES = join(import.meta.dirname, '../../fixtures/coverage');

/** A fixture's text. */
export function fixture(relative: string): string {
  return readFileSync(join(FIXTURES, relative), 'utf8');
}

/** The lines of a `git ls-files` listing kept as a fixture. */
export function fileList(relative: string): string[] {
  return fixture(relative)
    .split('\n')
    .filter((line) => line !== '');
}

/** One report, merged (the form mapToRepository takes). */
export function merged(...reports: CoverageReport[]): MergedCoverage {
  return mergeCoverage(reports);
}

/** Repository path → the report paths that mapped to it, for compact assertions. */
export function mappedPaths(mapping: PathMapping): Record<string, string[]> {
  return Object.fromEntries(mapping.files.map((file) => [file.path, file.reportPaths]));
}

/** Covered and coverable lines of one mapped file. */
export function lineCounts(mapping: PathMapping, path: string): { covered: number; total: number } {
  const file = mapping.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no mapped file "${path}"`);
  let covered = 0;
  for (const hits of file.lines.values()) if (hits > 0) covered += 1;
  return { covered, total: file.lines.size };
}
