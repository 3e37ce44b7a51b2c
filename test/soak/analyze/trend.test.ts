import { describe, expect, it } from 'vitest';
import {
  analyzeTrend,
  growthLimitFor,
  isMemoryLike,
  MAX_TREND_POINTS,
} from '../../../src/gates/soak/analyze/index.js';
import type { SeriesPoint, SoakSeries } from '../../../src/gates/soak/types.js';
import { createRandom } from '../../../src/stats/index.js';
import { drawMemoryModel, simulateMemory } from './simulate.js';

/** The value, failing the test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const series = (
  name: string,
  points: SeriesPoint[] = [],
  labels?: Record<string, string>,
): SoakSeries => ({
  name,
  points,
  ...(labels ? { labels } : {}),
});

describe('growthLimitFor', () => {
  it.each([
    ['process_resident_memory_bytes', 1],
    ['jvm_memory_used_bytes', 1],
    ['go_memstats_heap_alloc_bytes', 1],
    ['container_RSS', 1],
    ['Resident Set', 1],
    ['allocations_total', 1],
    ['http_req_duration', undefined],
    ['vus', undefined],
  ])('%s has the default limit %s', (name, limit) => {
    expect(isMemoryLike(name)).toBe(limit !== undefined);
    expect(growthLimitFor(series(name), [])).toBe(limit);
  });

  it('applies user rules after the default, the last matching one winning', () => {
    const rules = [
      { pattern: '*duration*', maxPercentPerHour: 5 },
      { pattern: '*memory*', maxPercentPerHour: 2 },
      { pattern: 'process_resident_memory_bytes{instance="b"}', maxPercentPerHour: 0.5 },
    ];
    expect(growthLimitFor(series('http_req_duration'), rules)).toBe(5);
    expect(growthLimitFor(series('go_memstats_heap_alloc_bytes'), rules)).toBe(1);
    expect(
      growthLimitFor(series('process_resident_memory_bytes', [], { instance: 'a' }), rules),
    ).toBe(2);
    expect(
      growthLimitFor(series('process_resident_memory_bytes', [], { instance: 'b' }), rules),
    ).toBe(0.5);
  });
});

describe('analyzeTrend', () => {
  it('gives the exact slope, start level and percent of an exact line', () => {
    // 100 MB growing 2 MB per hour, one point a minute for two hours (120 points: not thinned).
    const points = Array.from({ length: 120 }, (_, i) => ({
      t: 1_800_000_000 + 60 * i,
      v: 100e6 + (2e6 * i) / 60,
    }));
    const outcome = analyzeTrend(series('rss', points), points, {
      alpha: 0.05,
      limitPercentPerHour: 1,
    });
    expect(outcome?.trend).toMatchObject({
      series: 'rss',
      points: 120,
      spanSeconds: 7140,
      trendPValue: expect.any(Number),
      limitPercentPerHour: 1,
      classification: 'leak',
    });
    const trend = present(outcome).trend;
    expect(trend.slopePerHour).toBeCloseTo(2e6, 3);
    expect(trend.percentPerHour).toBeCloseTo(2, 9);
    expect(trend.slopeIntervalPerHour[0]).toBeCloseTo(2e6, 3);
    expect(trend.slopeIntervalPerHour[1]).toBeCloseTo(2e6, 3);
    expect(trend.fit.v0).toBeCloseTo(100e6, 3);
    expect(trend.fit.v1).toBeCloseTo(100e6 + (2e6 * 119) / 60, 3);
    expect(trend.trendPValue).toBeLessThan(1e-6);
  });

  it('calls a seeded 3%/h leak a leak and a flat run not a leak, the estimate near the truth', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const leak of [0, 3]) {
        const random = createRandom(seed);
        const model = drawMemoryModel(random, {
          leakPercentPerHour: leak,
          phi: 0.9,
          noise: 0.0025,
          warmupDepth: 0,
        });
        const points = simulateMemory(random, model);
        const { trend } = present(
          analyzeTrend(series('rss', points), points, {
            alpha: 0.05,
            limitPercentPerHour: 1,
          }),
        );
        if (leak === 0) expect(trend.classification).not.toBe('leak');
        else expect(trend.classification).toBe('leak');
        expect(Math.abs(trend.percentPerHour - leak)).toBeLessThan(1);
        expect(trend.percentIntervalPerHour[0]).toBeLessThan(trend.percentPerHour);
        expect(trend.percentIntervalPerHour[1]).toBeGreaterThan(trend.percentPerHour);
      }
    }
  });

  it('reports growth under the limit as growing, and without a limit never as a leak', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      t: 30 * i,
      v: 1000 + i * 0.05 + (i % 2),
    }));
    const limited = present(
      analyzeTrend(series('rss', points), points, {
        alpha: 0.05,
        limitPercentPerHour: 50,
      }),
    );
    expect(limited.trend.classification).toBe('growing');
    const free = present(analyzeTrend(series('vus', points), points, { alpha: 0.05 }));
    expect(free.trend.classification).toBe('growing');
    expect(free.trend.limitPercentPerHour).toBeUndefined();
  });

  it('calls a significant fall flat (the gate judges growth)', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ t: 10 * i, v: 1000 - i }));
    expect(
      present(analyzeTrend(series('rss', points), points, { alpha: 0.05, limitPercentPerHour: 1 }))
        .trend.classification,
    ).toBe('flat');
  });

  it('says too-short under twelve points', () => {
    const points = Array.from({ length: 11 }, (_, i) => ({ t: 10 * i, v: 100 + 10 * i }));
    expect(
      present(analyzeTrend(series('rss', points), points, { alpha: 0.05, limitPercentPerHour: 1 }))
        .trend.classification,
    ).toBe('too-short');
  });

  it('thins a night of 1 s samples to bucket means', () => {
    const points = Array.from({ length: 8 * 3600 + 1 }, (_, i) => ({
      t: i,
      v: 1e8 * (1 + (0.02 * i) / 3600),
    }));
    const outcome = present(
      analyzeTrend(series('rss', points), points, {
        alpha: 0.05,
        limitPercentPerHour: 1,
      }),
    );
    expect(MAX_TREND_POINTS).toBe(120);
    expect(outcome.trend.points).toBe(28801);
    // Bucket means of a line lie on the line: 2% of the start level per hour.
    expect(outcome.trend.percentPerHour).toBeCloseTo(2, 6);
  });

  it('has no trend when every point has the same time', () => {
    const points = [
      { t: 5, v: 1 },
      { t: 5, v: 2 },
    ];
    expect(analyzeTrend(series('x', points), points, { alpha: 0.05 })).toBeUndefined();
  });
});
