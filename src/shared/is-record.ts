/** A plain object (not an array, not null): the first check on parsed JSON, which is `unknown`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
