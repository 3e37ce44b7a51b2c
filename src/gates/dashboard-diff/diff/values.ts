/**
 * Plain-JSON helpers of the diff: structural equality and a canonical text form (keys sorted) used
 * as a fingerprint. The models are plain JSON by construction, so no cycles, no class instances.
 */

/** Whether a value is a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    // Counting instead of collecting keys: this runs on every property of every panel pair.
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
  // NaN never reaches here from JSON; numbers, strings, booleans and null compare by value.
  return false;
}

/** JSON text with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Thresholds with the first step's value left out: Grafana draws the first step from -Infinity
 * whatever is stored there (it saves `null`; older versions left `value` out), so two threshold
 * lists that differ only there are the same. Other values are returned as they are.
 */
export function withoutBaseStep(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.steps)) return value;
  const [first, ...rest] = value.steps;
  if (!isRecord(first)) return value;
  const base = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'value'));
  return { ...value, steps: [base, ...rest] };
}
