import { describe, expect, it } from 'vitest';
import { detectWarmup } from '../../../src/gates/soak/analyze/index.js';
import type { SeriesPoint } from '../../../src/gates/soak/types.js';
import { createRandom } from '../../../src/stats/index.js';
import { drawMemoryModel, simulateMemory } from './simulate.js';

const SEEDS = Array.from({ length: 40 }, (_, i) => 100 + i);

describe('detectWarmup (MSER-5 around the steady drift)', () => {
  it('cuts a memory ramp until what is left of it is within the noise, on seeded runs', () => {
    const leftovers: number[] = [];
    for (const seed of SEEDS) {
      const random = createRandom(seed);
      const model = drawMemoryModel(random, { leakPercentPerHour: 0, phi: 0.9, noise: 0.0025 });
      const points = simulateMemory(random, model);
      const warmup = detectWarmup(points);
      expect(warmup).toBeLessThanOrEqual(1801);
      // What is left of the ramp at the cut, as a fraction of the level.
      leftovers.push(model.warmupDepth * Math.exp(-warmup / model.warmupTauSeconds));
    }
    leftovers.sort((a, b) => a - b);
    // The ramp starts 30–50% below the level; at the median cut less than 1% of it is left,
    // and never more than 2% (the noise's σ is 0.25% and the GC sawtooth 2–4% peak to peak).
    expect(leftovers[leftovers.length / 2]).toBeLessThan(0.01);
    expect(leftovers[leftovers.length - 1]).toBeLessThan(0.02);
  });

  it('does not take a steady leak for a warm-up', () => {
    const cuts = SEEDS.map((seed) => {
      const random = createRandom(seed);
      const model = drawMemoryModel(random, {
        leakPercentPerHour: 3,
        phi: 0.5,
        noise: 0.0025,
        warmupDepth: 0,
      });
      return detectWarmup(simulateMemory(random, model));
    }).sort((a, b) => a - b);
    // Classic MSER (around the mean) trims half of every leaking run; around the drift the
    // median cut is under a tenth of the hour.
    expect(cuts[cuts.length / 2]).toBeLessThan(360);
  });

  it('never trims more than half the series', () => {
    for (const seed of SEEDS) {
      const random = createRandom(seed);
      // A ramp that never ends within the run: τ of an hour.
      const model = drawMemoryModel(random, {
        leakPercentPerHour: 0,
        phi: 0.9,
        noise: 0.0025,
        warmupTauSeconds: 3600,
      });
      const points = simulateMemory(random, model);
      const span = (points[points.length - 1] as SeriesPoint).t - (points[0] as SeriesPoint).t;
      expect(detectWarmup(points)).toBeLessThanOrEqual(span / 2);
    }
  });

  it('keeps everything of a constant series and of a short one', () => {
    const constant = Array.from({ length: 200 }, (_, i) => ({ t: i, v: 5 }));
    expect(detectWarmup(constant)).toBe(0);
    const short: SeriesPoint[] = Array.from({ length: 39 }, (_, i) => ({
      t: i,
      v: i < 10 ? 0 : 100,
    }));
    expect(detectWarmup(short)).toBe(0);
  });

  it('finds a step at the start exactly, and does not mutate its input', () => {
    // 20 points low, then 380 at the level: the cut is at the first batch of the level.
    const points = Object.freeze(
      Array.from({ length: 400 }, (_, i) =>
        Object.freeze({ t: 1000 + 10 * i, v: i < 20 ? 50 : 100 + (i % 3) }),
      ),
    );
    expect(detectWarmup(points)).toBe(200);
  });
});
