import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fSurvivalPaulson } from '../../src/stats/f-survival.js';
import { num, record, records } from './reference.js';

/** R's pf(f, d1, d2, lower.tail = FALSE) at its own upper quantiles (make-reference-f.R). */
const reference = record(
  JSON.parse(
    readFileSync(fileURLToPath(new URL('./reference/reference-f.json', import.meta.url)), 'utf8'),
  ),
  'reference-f.json',
);
const cases = records(reference['cases'], 'cases').map((c, i) => ({
  d1: num(c['d1'], `cases[${i}].d1`),
  d2: c['d2'] === 'Infinity' ? Number.POSITIVE_INFINITY : num(c['d2'], `cases[${i}].d2`),
  f: num(c['f'], `cases[${i}].f`),
  survival: num(c['survival'], `cases[${i}].survival`),
}));

describe('fSurvivalPaulson', () => {
  it('reads the whole reference grid', () => {
    expect(cases).toHaveLength(5 * 5 * 7);
  });

  it('is within 0.012 of R everywhere', () => {
    for (const c of cases) {
      expect(Math.abs(fSurvivalPaulson(c.f, c.d1, c.d2) - c.survival)).toBeLessThanOrEqual(0.012);
    }
  });

  it('keeps small tails within a factor 1.75 of R once the prior has 10 degrees of freedom, 40% from 30', () => {
    const tails = cases.filter((c) => c.survival <= 0.011 && c.d2 >= 10);
    expect(tails.length).toBeGreaterThan(40);
    for (const c of tails) {
      const ratio = fSurvivalPaulson(c.f, c.d1, c.d2) / c.survival;
      expect(ratio).toBeGreaterThan(1 / 1.75);
      expect(ratio).toBeLessThan(1.75);
      if (c.d2 >= 30) expect(Math.abs(ratio - 1)).toBeLessThan(0.4);
    }
  });

  it('overstates small tails when d2 is small, the direction that flags less', () => {
    const weak = cases.filter((c) => c.d2 === 2 && c.survival <= 0.001);
    expect(weak.length).toBeGreaterThan(0);
    for (const c of weak) expect(fSurvivalPaulson(c.f, c.d1, c.d2)).toBeGreaterThan(c.survival);
  });

  it('gives 1 at or below zero and refuses bad degrees of freedom', () => {
    expect(fSurvivalPaulson(0, 8, 10)).toBe(1);
    expect(fSurvivalPaulson(-1, 8, 10)).toBe(1);
    expect(() => fSurvivalPaulson(Number.NaN, 8, 10)).toThrow(/^fSurvivalPaulson: f/);
    expect(() => fSurvivalPaulson(1, 0, 10)).toThrow(/^fSurvivalPaulson: d1/);
    expect(() => fSurvivalPaulson(1, Number.POSITIVE_INFINITY, 10)).toThrow(
      /^fSurvivalPaulson: d1/,
    );
    expect(() => fSurvivalPaulson(1, 8, -2)).toThrow(/^fSurvivalPaulson: d2/);
  });
});
