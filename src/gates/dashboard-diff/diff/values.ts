/**
 * Plain-JSON helpers of the diff: a canonical text form (keys sorted) used as a fingerprint, and
 * the normaliser's structural equality. The models are plain JSON by construction, so no cycles,
 * no class instances.
 */
import { isRecord, jsonEqual } from '../model/json.js';

export { isRecord, jsonEqual };

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
