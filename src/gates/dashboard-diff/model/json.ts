/**
 * Small helpers for walking parsed JSON, which stays `unknown` until a check narrows it.
 */

import { isRecord } from '../../../shared/is-record.js';

export { isRecord };

/** The value as a record, or an empty one: for optional sub-objects read field by field. */
export function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The value as an array, or an empty one. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is a finite number, or a numeric string (Grafana accepts `"39"` for 39). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

/**
 * A deep copy with every object's keys sorted (code-unit order), arrays kept in order: two
 * canonical values are equal exactly when their `JSON.stringify` texts are. `undefined`
 * properties are left out, as JSON would.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== undefined) out[key] = canonical(item);
  }
  return out;
}

/**
 * Structural equality of two JSON values; object key order does not matter, array order does.
 * `undefined` properties count as absent.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    // Counting instead of collecting keys: the diff runs this on every property of every panel pair.
    let definedInA = 0;
    for (const key in a) {
      if (a[key] === undefined) continue;
      definedInA += 1;
      if (!jsonEqual(a[key], b[key])) return false;
    }
    let definedInB = 0;
    for (const key in b) if (b[key] !== undefined) definedInB += 1;
    return definedInA === definedInB;
  }
  // Numbers, strings, booleans and null compare by value (JSON has no NaN).
  return false;
}

/** The object without the named keys (a shallow copy). */
export function omitKeys(
  value: Record<string, unknown>,
  keys: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!keys.has(key)) out[key] = item;
  }
  return out;
}
