import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Counts, CoverageParser, CoverageReport } from '../../../src/gates/coverage/types.js';

/** Root of the coverage fixtures; see test/fixtures/coverage/SOURCES-line-formats.md. */
const FIXTURES = fileURLToPath(new URL('../../fixtures/coverage/', import.meta.url));

/** The text of a fixture under test/fixtures/coverage/. */
export function fixtureText(relativePath: string): string {
  return readFileSync(`${FIXTURES}${relativePath}`, 'utf8');
}

/** Feeds `text` to a fresh parser in pieces of the given sizes (cycled), then ends it. */
export function parseInPieces(
  createParser: () => CoverageParser,
  text: string,
  sizes: readonly number[],
): CoverageReport {
  const parser = createParser();
  let offset = 0;
  let index = 0;
  while (offset < text.length) {
    const size = sizes[index % sizes.length] ?? 1;
    parser.write(text.slice(offset, offset + size));
    offset += size;
    index += 1;
  }
  return parser.end();
}

/** Piece sizes from a small seeded generator (1 to 97 characters), so failures reproduce. */
export function randomSizes(seed: number, count = 500): number[] {
  let state = seed >>> 0 || 1;
  const sizes: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // xorshift32: deterministic, good enough to vary the cut points.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    sizes.push((state % 97) + 1);
  }
  return sizes;
}

/** Totals over all files, counted the way `lcov --summary` counts them. */
export function totals(report: CoverageReport): {
  lines: Counts;
  branches: Counts;
  functions: Counts;
} {
  const lines = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  const functions = { covered: 0, total: 0 };
  for (const file of report.files) {
    for (const hits of file.lines.values()) {
      lines.total += 1;
      if (hits > 0) lines.covered += 1;
    }
    for (const counts of file.branches?.values() ?? []) {
      branches.total += counts.total;
      branches.covered += counts.covered;
    }
    for (const fn of file.functions ?? []) {
      functions.total += 1;
      if (fn.hits > 0) functions.covered += 1;
    }
  }
  return { lines, branches, functions };
}

/** The report's file of that path, failing the test when it is missing. */
export function fileNamed(report: CoverageReport, path: string) {
  const file = report.files.find((candidate) => candidate.path === path);
  if (!file)
    throw new Error(`no file "${path}" among ${report.files.map((f) => f.path).join(', ')}`);
  return file;
}
