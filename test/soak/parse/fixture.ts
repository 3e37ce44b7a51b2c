import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSoakParser } from '../../../src/gates/soak/parse/index.js';
import type { K6NdjsonOptions } from '../../../src/gates/soak/parse/index.js';
import type { SoakFormat, SoakRun, SoakSeries } from '../../../src/gates/soak/types.js';

/** Root of the soak fixtures; see test/fixtures/soak/SOURCES.md for where each file comes from. */
const FIXTURES = fileURLToPath(new URL('../../fixtures/soak/', import.meta.url));

/** The text of a fixture. */
export function fixtureText(relativePath: string): string {
  return readFileSync(`${FIXTURES}${relativePath}`, 'utf8');
}

/** Parses `text` fed in pieces of `chunkSize` characters (whole when omitted). */
export function parseInChunks(
  format: SoakFormat,
  text: string,
  source: string,
  chunkSize = text.length,
  options: K6NdjsonOptions = {},
): SoakRun {
  const parser = createSoakParser(format, source, options);
  for (let i = 0; i < text.length; i += Math.max(1, chunkSize)) {
    parser.write(text.slice(i, i + Math.max(1, chunkSize)));
  }
  return parser.end();
}

/** The series of that name (and labels, when given), failing the test when it is missing. */
export function seriesNamed(
  run: SoakRun,
  name: string,
  labels?: Record<string, string>,
): SoakSeries {
  const found = run.series.find(
    (s) => s.name === name && JSON.stringify(s.labels) === JSON.stringify(labels),
  );
  if (!found) {
    throw new Error(
      `no series ${name} ${JSON.stringify(labels)} among ${run.series.map((s) => s.name).join(', ')}`,
    );
  }
  return found;
}

/** Points as `[t, v]` pairs, `t` rounded to the microsecond (a double near 1.8e9 holds no more). */
export function pairs(series: SoakSeries): [number, number][] {
  return series.points.map((p) => [Number(p.t.toFixed(6)), p.v]);
}
