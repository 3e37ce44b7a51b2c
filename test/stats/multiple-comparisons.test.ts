import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, holm } from '../../src/stats/index.js';
import { expectClose, frozen, loadReference, nums, records } from './reference.js';

// Expected values: R 4.2.2 p.adjust(p, "holm") and p.adjust(p, "BH"); see make-reference.R.
const sets = records(loadReference('reference-r.json').pAdjust, 'pAdjust');

describe.each(sets.map((s, i) => [i, nums(s.p, 'p').length, s] as const))(
  'p-value set %d (%d values)',
  (_, __, s) => {
    const p = frozen(nums(s.p, 'p'));
    it('Holm matches p.adjust(p, "holm") in input order', () => {
      const expected = nums(s.holm, 'holm');
      holm(p).forEach((value, i) => expectClose(value, expected[i] as number, 1e-12, 1e-300));
    });
    it('Benjamini–Hochberg matches p.adjust(p, "BH") in input order', () => {
      const expected = nums(s.bh, 'bh');
      benjaminiHochberg(p).forEach((value, i) =>
        expectClose(value, expected[i] as number, 1e-12, 1e-300),
      );
    });
  },
);

describe('multiple-comparison input checks', () => {
  it.each([
    ['holm', () => holm([])],
    ['holm', () => holm([0.5, 1.5])],
    ['holm', () => holm([Number.NaN])],
    ['benjaminiHochberg', () => benjaminiHochberg([-0.1])],
    ['benjaminiHochberg', () => benjaminiHochberg([Infinity])],
  ] as const)('%s rejects bad p-values with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
