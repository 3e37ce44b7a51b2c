import { describe, expect, it } from 'vitest';
import {
  droppedMoreThan,
  formatPercent,
  formatPoints,
  meetsMinimum,
  percentOf,
} from '../../../src/gates/coverage/percent.js';

describe('percentOf', () => {
  it('divides once, so whole percents stay whole', () => {
    // 29 / 100 * 100 is 28.999999999999996 in doubles; one division is exact here.
    expect(percentOf({ covered: 29, total: 100 })).toBe(29);
    expect(percentOf({ covered: 5, total: 7 })).toBeCloseTo(71.428571, 5);
  });

  it('is undefined when nothing is coverable', () => {
    expect(percentOf({ covered: 0, total: 0 })).toBeUndefined();
  });
});

describe('meetsMinimum', () => {
  it.each([
    // [covered, total, minimum, expected]: worked by hand.
    [9_999, 10_000, 100, false], // 99.99% is not 100%
    [10_000, 10_000, 100, true],
    [9_999, 10_000, 99.99, true], // exactly the limit
    [99_989, 100_000, 99.99, false], // 99.989%
    [1, 3, 33.33, true], // 33.333…%
    [1, 3, 33.34, false],
    [2, 3, 66.67, false], // 66.666…%
    [29, 100, 29, true], // the double trap of 29/100*100
    [7, 10, 70, true],
    [1, 1_000, 0.1, true],
    [0, 1, 0, true],
    [0, 0, 100, true], // nothing coverable, nothing missed
  ])('%i of %i against %d%% is %s', (covered, total, minimum, expected) => {
    expect(meetsMinimum({ covered, total }, minimum)).toBe(expected);
  });

  it('agrees with integer arithmetic on limits with two decimals', () => {
    // Independent of the decimal parsing: limit = hundredths / 100, so the exact comparison is
    // covered * 100 * 100 >= hundredths * total, all small integers (exact in doubles).
    let state = 12345;
    const next = (bound: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % bound;
    };
    for (let i = 0; i < 5_000; i += 1) {
      const total = 1 + next(5_000);
      const covered = next(total + 1);
      const hundredths = next(10_001);
      const limit = hundredths / 100;
      expect(meetsMinimum({ covered, total }, limit)).toBe(covered * 10_000 >= hundredths * total);
    }
  });
});

describe('droppedMoreThan', () => {
  it.each([
    // [base covered, base total, head covered, head total, max drop, expected]
    [81, 100, 80, 100, 1, false], // exactly 1 point
    [81, 100, 799, 1_000, 1, true], // 1.1 points
    [2, 3, 663, 1_000, 0.3, true], // 66.666… − 66.3 = 0.366… points
    [2, 3, 663, 1_000, 0.37, false],
    [50, 100, 60, 100, 0, false], // a rise
    [50, 100, 4_999, 10_000, 0, true], // 0.01 points with no drop allowed
    [0, 0, 1, 2, 0, false], // no base figure
  ])('%i/%i → %i/%i with %d allowed is %s', (bc, bt, hc, ht, maxDrop, expected) => {
    expect(droppedMoreThan({ covered: bc, total: bt }, { covered: hc, total: ht }, maxDrop)).toBe(
      expected,
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [71.42857142857143, '71.4%'],
    [71.49999, '71.4%'], // floored, never rounded up
    [99.999, '99.99%'],
    [99.95, '99.95%'],
    [99.9, '99.9%'],
    [100, '100%'],
    [50, '50%'],
    [0, '0%'],
    [0.05, '0.05%'],
    [0.0004, '0.0004%'],
    [12.5, '12.5%'],
  ])('%d reads %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it('adds digits until a value that misses its limit prints below it', () => {
    expect(formatPercent(79.99, { against: 80 })).toBe('79.9%');
    expect(formatPercent(79.994, { against: 79.995 })).toBe('79.994%');
    expect(formatPercent(80.04, { against: 80 })).toBe('80.04%');
  });

  it('never prints a failing value as its limit, nor 100% short of 100', () => {
    let state = 777;
    const next = (bound: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % bound;
    };
    for (let i = 0; i < 5_000; i += 1) {
      const total = 1 + next(100_000);
      const covered = total - next(Math.min(total + 1, 4));
      const limit = next(10_001) / 100;
      const actual = percentOf({ covered, total }) ?? 0;
      const shown = Number(formatPercent(actual, { against: limit }).slice(0, -1));
      if (!meetsMinimum({ covered, total }, limit)) expect(shown).toBeLessThan(limit);
      if (covered < total) expect(formatPercent(actual)).not.toBe('100%');
    }
  });

  it('throws on a non-finite value', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(/formatPercent/);
  });
});

describe('formatPoints', () => {
  it.each([
    [-1.25, {}, '-1.3'], // floored towards −∞: a fall never looks smaller
    [0.4, {}, '+0.4'],
    [0, {}, '0'],
    [-0.04, {}, '-0.04'],
    [1.04, { against: 1 }, '+1.04'],
    [1, { against: 1 }, '+1'],
  ])('%d reads %s', (value, options, text) => {
    expect(formatPoints(value, options)).toBe(text);
  });
});
