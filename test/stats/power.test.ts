import { describe, expect, it } from 'vitest';
import { detectableChange, requiredSampleSize } from '../../src/stats/index.js';
import { expectClose, loadReference, num, records } from './reference.js';

// Expected values: R 4.2.2 power.t.test (strict = FALSE) on the log scale, sd = sqrt(log(1 + cv^2)); the delta
// it solves is turned into a relative change with expm1. See make-reference.R.
const reference = loadReference('reference-r.json');

describe('detectableChange against R power.t.test (noncentral t, solved exactly)', () => {
  for (const c of records(reference.detectableChange, 'detectableChange')) {
    const n = num(c.n, 'n');
    const cv = num(c.cv, 'cv');
    const alpha = num(c.alpha, 'alpha');
    const power = num(c.power, 'power');
    const expected = num(c.change, 'change');
    it(`n = ${n}, cv = ${cv}, α = ${alpha}, power = ${power}`, () => {
      expectClose(detectableChange({ n, cv, alpha, power }), expected, 1e-7);
    });
  }
});

describe('requiredSampleSize against ceiling(power.t.test(delta = log(1 + change))$n)', () => {
  for (const c of records(reference.requiredSampleSize, 'requiredSampleSize')) {
    const change = num(c.change, 'change');
    const cv = num(c.cv, 'cv');
    const power = num(c.power, 'power');
    const expected = num(c.n, 'n');
    it(`change ${change}, cv ${cv}, power ${power}: R says ${expected}`, () => {
      const actual = requiredSampleSize({ change, cv, power });
      expect(actual).toBe(Math.max(2, expected));
      // Consistent with detectableChange: n detects the change, n − 1 does not.
      const target = Math.abs(Math.log1p(change));
      expect(Math.log1p(detectableChange({ n: actual, cv, power }))).toBeLessThanOrEqual(
        target * (1 + 1e-9),
      );
      if (actual > 2) {
        expect(Math.log1p(detectableChange({ n: actual - 1, cv, power }))).toBeGreaterThan(target);
      }
    });
  }

  it.each([
    ['detectableChange', () => detectableChange({ n: 1, cv: 0.1 })],
    ['detectableChange', () => detectableChange({ n: 10, cv: 0 })],
    ['detectableChange', () => detectableChange({ n: 10, cv: Number.NaN })],
    ['detectableChange', () => detectableChange({ n: 10, cv: 0.1, power: 1 })],
    ['requiredSampleSize', () => requiredSampleSize({ change: 0, cv: 0.1 })],
    ['requiredSampleSize', () => requiredSampleSize({ change: -1, cv: 0.1 })],
    ['requiredSampleSize', () => requiredSampleSize({ change: 1e-9, cv: 0.5 })],
  ] as const)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
