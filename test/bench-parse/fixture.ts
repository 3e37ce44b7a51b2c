import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../../src/gates/bench/types.js';

/** Root of the bench fixtures; see test/fixtures/bench/SOURCES.md for where each file comes from. */
const FIXTURES = fileURLToPath(new URL('../fixtures/bench/', import.meta.url));

/** A fixture as the parsers receive it: the path (relative, as a user would give it) and the text. */
export function fixture(relativePath: string): { path: string; text: string } {
  return {
    path: `fixtures/bench/${relativePath}`,
    text: readFileSync(`${FIXTURES}${relativePath}`, 'utf8'),
  };
}

/** Parses a fixture with format detection (or the given format). */
export function parseFixture(
  relativePath: string,
  format?: Parameters<typeof parseBenchFile>[1],
): ParsedBenchFile {
  return parseBenchFile(fixture(relativePath), format);
}

/** The series of that name, failing the test when it is missing. */
export function seriesNamed(file: ParsedBenchFile, name: string): BenchmarkSeries {
  const series = file.benchmarks.find((candidate) => candidate.name === name);
  if (!series)
    throw new Error(`no series "${name}" among ${file.benchmarks.map((s) => s.name).join(', ')}`);
  return series;
}

/** The text of a fixture with one substring replaced, to make a broken variant of real output. */
export function fixtureWith(
  relativePath: string,
  search: string | RegExp,
  replacement: string,
): { path: string; text: string } {
  const input = fixture(relativePath);
  const text = input.text.replace(search, replacement);
  if (text === input.text)
    throw new Error(`fixtureWith: "${String(search)}" not found in ${relativePath}`);
  return { path: input.path, text };
}
