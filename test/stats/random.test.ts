import { describe, expect, it } from 'vitest';
import { createRandom, normalSample } from '../../src/stats/index.js';

describe('createRandom', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('draws uniformly in [0, 1): 100,000 draws pass a 20-bin chi-square test at 0.1%', () => {
    const random = createRandom(20261123);
    const bins = new Array<number>(20).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      min = Math.min(min, u);
      max = Math.max(max, u);
      bins[Math.floor(u * 20)] = (bins[Math.floor(u * 20)] as number) + 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const expected = 5000;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // qchisq(0.999, 19) = 43.82 (R).
    expect(chiSquare).toBeLessThan(43.82);
  });

  it('small seeds do not start with a degenerate draw', () => {
    for (let seed = 0; seed < 50; seed++) {
      const u = createRandom(seed)();
      expect(u).toBeGreaterThan(1e-6);
      expect(u).toBeLessThan(1 - 1e-6);
    }
  });

  it('rejects a seed that is not a safe integer', () => {
    expect(() => createRandom(1.5)).toThrow(/^createRandom: /);
    expect(() => createRandom(Number.NaN)).toThrow(/^createRandom: /);
  });
});

describe('normalSample', () => {
  it('has mean 0 and standard deviation 1 within sampling error over 50,000 draws', () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 50_000 }, () => normalSample(random));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const variance = draws.reduce((s, v) => s + (v - mean) ** 2, 0) / (draws.length - 1);
    // Standard errors: 1/√50000 = 0.0045 for the mean, √(2/50000) = 0.0063 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    // 2.5% of a standard normal lies below −1.96.
    const below = draws.filter((v) => v < -1.959964).length / draws.length;
    expect(Math.abs(below - 0.025)).toBeLessThan(0.003);
  });

  it('scales by mean and sd and rejects a negative sd', () => {
    const a = normalSample(createRandom(1));
    expect(normalSample(createRandom(1), 10, 2)).toBeCloseTo(10 + 2 * a, 12);
    expect(() => normalSample(createRandom(1), 0, -1)).toThrow(/^normalSample: /);
  });
});
