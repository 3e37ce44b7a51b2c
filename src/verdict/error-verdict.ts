/** The verdict of a gate that could not decide: status `error`, never a silent pass. */
import type { GateName, Verdict } from './types.js';

/** Builds an error verdict whose headline is the (user-facing) message. */
export function errorVerdict(gate: GateName, key: string, message: string): Verdict {
  return {
    schemaVersion: 1,
    gate,
    key,
    status: 'error',
    headline: `The ${gate} gate could not run: ${message}`,
    metrics: [],
    tables: [],
    findings: [],
    notes: [],
    charts: [],
  };
}
