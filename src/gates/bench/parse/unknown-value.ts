/**
 * Small readers for parsed JSON/XML, which stays `unknown` until checked: each returns the value
 * when it has the expected type and `undefined` otherwise, so parsers never cast.
 */

import { isRecord } from '../../../shared/is-record.js';

export { isRecord };

/** `record[key]` when it is a string. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** `record[key]` when it is a number (finite or not: validation of values happens later). */
export function numberField(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' ? value : undefined;
}

/** `record[key]` when it is an array. */
export function arrayField(record: Record<string, unknown>, key: string): unknown[] | undefined {
  const value = record[key];
  return Array.isArray(value) ? value : undefined;
}

/** `record[key]` when it is a plain object. */
export function recordField(
  record: Record<string, unknown>,
  key: string,
): Record<string, unknown> | undefined {
  const value = record[key];
  return isRecord(value) ? value : undefined;
}

/** The array when every element is a number, else `undefined`. */
export function numberArray(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const numbers: number[] = [];
  for (const element of value) {
    if (typeof element !== 'number') return undefined;
    numbers.push(element);
  }
  return numbers;
}

/** Parses a number as tools print it, with thousands separators (`1,234.5`); `undefined` if it is not one. */
export function parsePrintedNumber(text: string): number | undefined {
  const cleaned = text.replace(/,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(NaN|Inf|Infinity)$/.test(cleaned))
    return undefined;
  if (/NaN/.test(cleaned)) return Number.NaN;
  if (/Inf/.test(cleaned)) return cleaned.startsWith('-') ? -Infinity : Infinity;
  return Number(cleaned);
}
