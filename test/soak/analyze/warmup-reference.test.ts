import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWarmup } from '../../../src/gates/soak/analyze/index.js';

/**
 * detectWarmup against the rule written independently in base R from its description
 * (reference/make-reference-warmup.R; R 4.2.2): deterministic series, so the cut must agree
 * exactly.
 */
const reference: unknown = JSON.parse(
  readFileSync(new URL('./reference/reference-warmup.json', import.meta.url), 'utf8'),
);

interface Case {
  t: number[];
  v: number[];
  warmup: number;
}

function cases(): [string, Case][] {
  if (typeof reference !== 'object' || reference === null) throw new Error('bad reference file');
  return Object.entries(reference).map(([name, value]) => {
    const { t, v, warmup } = value as Record<string, unknown>;
    if (!Array.isArray(t) || !Array.isArray(v) || typeof warmup !== 'number') {
      throw new Error(`bad reference case ${name}`);
    }
    return [name, { t: t.map(Number), v: v.map(Number), warmup }];
  });
}

describe('detectWarmup matches the R reference', () => {
  it.each(cases())('%s', (_name, { t, v, warmup }) => {
    const points = t.map((time, i) => ({ t: time, v: v[i] as number }));
    expect(detectWarmup(points)).toBe(warmup);
  });

  it('covers a ramp, a ramp under a leak and a step, each trimmed', () => {
    const found = Object.fromEntries(cases().map(([name, c]) => [name, c.warmup]));
    expect(Object.keys(found)).toEqual(['flat', 'leak', 'step']);
    for (const warmup of Object.values(found)) expect(warmup).toBeGreaterThan(0);
  });
});
