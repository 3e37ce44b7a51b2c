/**
 * Building analysis inputs for tests: reports parsed by the real parsers and merged by the real
 * merge, their paths taken as repository paths (the fixtures name files relative to the root;
 * path mapping itself is tested with src/gates/coverage/paths.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeCoverage } from '../../../src/gates/coverage/parse/merge.js';
import type {
  CoverageReport,
  PathMapping,
  RepoFileCoverage,
} from '../../../src/gates/coverage/types.js';

/** Root of the coverage fixtures; see test/fixtures/coverage/SOURCES-*.md. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/coverage/', import.meta.url));

/** The text of a fixture under test/fixtures/coverage/. */
export function fixtureText(relativePath: string): string {
  return readFileSync(`${FIXTURES}${relativePath}`, 'utf8');
}

/** The reports merged, each report path taken as the repository path. */
export function mappingOf(...reports: CoverageReport[]): PathMapping {
  const merged = mergeCoverage(reports);
  const files = merged.files
    .map((file): RepoFileCoverage => ({ ...file, reportPaths: [file.path] }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, unmatched: [], ambiguous: [] };
}

/** A file with the given hits per line (`{ 3: 0, 4: 2 }`: line 3 uncovered, line 4 covered). */
export function fileOf(path: string, hits: Record<number, number>): RepoFileCoverage {
  return {
    path,
    reportPaths: [path],
    lines: new Map(Object.entries(hits).map(([line, count]) => [Number(line), count])),
  };
}
