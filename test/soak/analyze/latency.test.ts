import { describe, expect, it } from 'vitest';
import { analyzeLatency, isLatencySeries } from '../../../src/gates/soak/analyze/index.js';
import type { SoakSeries } from '../../../src/gates/soak/types.js';
import { createRandom, normalSample } from '../../../src/stats/index.js';

/** The value, failing the test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('isLatencySeries', () => {
  it.each([
    ['http_req_duration', true],
    ['latency_p99_ms', true],
    ['Total Average Response Time', true],
    ['response_time_seconds', true],
    ['p95', true],
    ['api p(99)', true],
    ['http_p99_9', true],
    ['95%', true],
    ['99.9%', true],
    ['process_resident_memory_bytes', false],
    ['Requests/s', false],
    ['vus', false],
    ['app99', false],
  ])('%s → %s', (name, expected) => {
    expect(isLatencySeries(name)).toBe(expected);
  });
});

describe('analyzeLatency', () => {
  it('finds a step in p99 latency at its time, with the medians on each side', () => {
    // One hour at 10 s; p99 ≈ 120 ms with noise, 150 ms from minute 40 on.
    const random = createRandom(11);
    const points = Array.from({ length: 361 }, (_, i) => ({
      t: 1_800_000_000 + 10 * i,
      v: (i >= 240 ? 150 : 120) + normalSample(random, 0, 3),
    }));
    const series: SoakSeries = { name: 'latency_p99', unit: 'ms', points };
    const result = analyzeLatency(series, points);
    expect(result.series).toBe('latency_p99');
    expect(result.unit).toBe('ms');
    expect(result.changePoints).toHaveLength(1);
    const [change] = result.changePoints;
    expect(present(change).t).toBe(1_800_000_000 + 2400);
    expect(present(change).before).toBeCloseTo(120, 0);
    expect(present(change).after).toBeCloseTo(150, 0);
    expect(present(change).pValue).toBeLessThan(0.05);
    expect(result.firstWindow).toBeCloseTo(120, 0);
    expect(result.lastWindow).toBeCloseTo(150, 0);
    expect(result.changePercent).toBeCloseTo(25, 0);
  });

  it('finds no change in steady latency, and medians of a tenth at each end', () => {
    const random = createRandom(12);
    const points = Array.from({ length: 361 }, (_, i) => ({
      t: 10 * i,
      v: 80 + normalSample(random, 0, 2),
    }));
    const result = analyzeLatency({ name: 'http_req_duration', points }, points);
    expect(result.changePoints).toEqual([]);
    expect(Math.abs(result.changePercent)).toBeLessThan(3);
  });

  it('uses at least five points per window, and medians of buckets for a long raw series', () => {
    const short = [1, 2, 3, 4, 5, 6, 7].map((v, i) => ({ t: i, v }));
    const result = analyzeLatency({ name: 'duration', points: short }, short);
    // A tenth of 6 s holds one point; five are taken from each end.
    expect(result.firstWindow).toBe(3);
    expect(result.lastWindow).toBe(5);
    expect(result.changePercent).toBeCloseTo((100 * 2) / 3, 12);

    // 20,000 raw request durations with rare 10 s outliers and a shift halfway.
    const random = createRandom(13);
    const raw = Array.from({ length: 20_000 }, (_, i) => ({
      t: i * 0.18,
      v: (random() < 0.01 ? 10_000 : i < 10_000 ? 40 : 60) + normalSample(random, 0, 5),
    }));
    const long = analyzeLatency({ name: 'http_req_duration', points: raw }, raw);
    expect(long.changePoints.length).toBeGreaterThanOrEqual(1);
    const main = long.changePoints.reduce((a, b) =>
      Math.abs(b.after - b.before) > Math.abs(a.after - a.before) ? b : a,
    );
    expect(Math.abs(main.t - 1800)).toBeLessThan(20);
    expect(main.before).toBeCloseTo(40, -1);
    expect(main.after).toBeCloseTo(60, -1);
  });
});
