/** Shared helpers of the XML coverage parser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageParser, CoverageReport } from '../../../src/gates/coverage/types.js';

/** Folder of the XML coverage fixtures. */
export const FIXTURES = join(import.meta.dirname, '../../fixtures/coverage');

/** A fixture's text, decoded as the gate decodes it (UTF-8, BOM kept for the parser). */
export function fixture(relative: string): string {
  return readFileSync(join(FIXTURES, relative), 'utf8');
}

/** Feeds `text` to a fresh parser in pieces of the given sizes (the last size repeats). */
export function parseInPieces(
  create: () => CoverageParser,
  text: string,
  sizes: readonly number[],
): CoverageReport {
  const parser = create();
  let offset = 0;
  let index = 0;
  while (offset < text.length) {
    const size = sizes[Math.min(index, sizes.length - 1)] ?? 1;
    parser.write(text.slice(offset, offset + size));
    offset += size;
    index += 1;
  }
  return parser.end();
}

/** Deterministic piece sizes from 1 to `max` (a linear congruential generator, seeded). */
export function randomSizes(seed: number, count: number, max: number): number[] {
  let state = seed >>> 0;
  const sizes: number[] = [];
  for (let i = 0; i < count; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    sizes.push(1 + (state % max));
  }
  return sizes;
}

/** The message of the error `run` throws, or a failure when it throws none. */
export function errorOf(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return { name: error.name, message: error.message };
    throw error;
  }
  throw new Error('expected an error');
}
