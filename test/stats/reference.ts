/**
 * Loader of the reference values computed by R (make-reference.R) and SciPy (make-reference.py).
 * The JSON is `unknown` until these readers check each field, as for any parsed file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Alternative } from '../../src/stats/index.js';

/** Parsed JSON of a reference file, checked field by field by the readers below. */
export function loadReference(
  file:
    | 'reference-r.json'
    | 'reference-scipy.json'
    | 'reference-robust.json'
    | 'reference-hamed-rao.json',
): Record<string, unknown> {
  const path = fileURLToPath(new URL(`./reference/${file}`, import.meta.url));
  return record(JSON.parse(readFileSync(path, 'utf8')), file);
}

export function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`reference: ${where} is not an object`);
  }
  return value as Record<string, unknown>;
}

export function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`reference: ${where} is not an array`);
  return value;
}

export function records(value: unknown, where: string): Record<string, unknown>[] {
  return list(value, where).map((item, i) => record(item, `${where}[${i}]`));
}

export function num(value: unknown, where: string): number {
  if (typeof value !== 'number') throw new Error(`reference: ${where} is not a number`);
  return value;
}

/** R writes vectors of length one as scalars: both shapes give an array. */
export function nums(value: unknown, where: string): number[] {
  if (typeof value === 'number') return [value];
  return list(value, where).map((item, i) => num(item, `${where}[${i}]`));
}

export function str(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`reference: ${where} is not a string`);
  return value;
}

/** Asserts |actual − expected| ≤ tolerance · max(|expected|, floor). */
export function expectClose(
  actual: number,
  expected: number,
  tolerance = 1e-12,
  floor = 1e-300,
): void {
  const scale = Math.max(Math.abs(expected), floor);
  if (!(Math.abs(actual - expected) <= tolerance * scale)) {
    expect.fail(`expected ${actual} to be within ${tolerance} (relative) of ${expected}`);
  }
}

/** A deep-frozen copy, to prove a function does not mutate its input. */
export function frozen(values: readonly number[]): readonly number[] {
  return Object.freeze([...values]);
}

/** A test direction read from a reference file. */
export function alternativeOf(value: unknown): Alternative {
  const text = str(value, 'alternative');
  if (text !== 'two-sided' && text !== 'less' && text !== 'greater')
    throw new Error(`bad alternative ${text}`);
  return text;
}
