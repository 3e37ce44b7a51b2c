import { describe, expect, it } from 'vitest';
import { adjustPValues, adjustSelectedPValues, loneLevel } from '../../src/stats/index.js';

// Reference values: R 4, `p.adjust(c(0.01, 0.04, 0.03), "holm")` → 0.03 0.06 0.06 and
// `p.adjust(c(0.01, 0.04, 0.03), "BH")` → 0.03 0.04 0.04.
describe('adjustPValues', () => {
  it('adjusts by the correction named, as R’s p.adjust does', () => {
    const p = [0.01, 0.04, 0.03];
    expect(adjustPValues(p, 'holm').map((v) => +v.toFixed(12))).toEqual([0.03, 0.06, 0.06]);
    expect(adjustPValues(p, 'bh').map((v) => +v.toFixed(12))).toEqual([0.03, 0.04, 0.04]);
    expect(adjustPValues(p, 'none')).toEqual(p);
    expect(adjustPValues([], 'holm')).toEqual([]);
  });
});

describe('adjustSelectedPValues', () => {
  it('corrects among the selected p-values only; the others are 1', () => {
    // Among the three selected, exactly as p.adjust over them alone.
    const { adjusted, selected } = adjustSelectedPValues(
      [0.01, undefined, 0.04, undefined, 0.03],
      'holm',
    );
    expect(selected).toBe(3);
    expect(adjusted.map((v) => +v.toFixed(12))).toEqual([0.03, 1, 0.06, 1, 0.06]);
    expect(adjustSelectedPValues([undefined, undefined], 'bh')).toEqual({
      adjusted: [1, 1],
      selected: 0,
    });
  });
});

describe('loneLevel', () => {
  it('is the level over the family under Holm and BH, the level itself without correction', () => {
    expect(loneLevel(0.05, 10, 'holm')).toBeCloseTo(0.005, 15);
    expect(loneLevel(0.05, 10, 'bh')).toBeCloseTo(0.005, 15);
    expect(loneLevel(0.05, 10, 'none')).toBe(0.05);
    expect(loneLevel(0.05, 0, 'holm')).toBe(0.05);
  });
});
