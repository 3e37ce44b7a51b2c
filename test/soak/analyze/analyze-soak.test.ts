import { describe, expect, it } from 'vitest';
import { analyzeSoak, parseSloObjective } from '../../../src/gates/soak/analyze/index.js';
import type { SoakAnalysisOptions, SoakRun } from '../../../src/gates/soak/types.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { createRandom, normalSample } from '../../../src/stats/index.js';
import { fixtureText, parseInChunks } from '../parse/fixture.js';
import { drawMemoryModel, simulateMemory } from './simulate.js';

/** The value, failing the test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const OPTIONS: SoakAnalysisOptions = { growth: [], slos: [], alpha: 0.05 };

function simulatedRun(seed: number, leakPercentPerHour: number): SoakRun {
  const random = createRandom(seed);
  const model = drawMemoryModel(random, { leakPercentPerHour, phi: 0.9, noise: 0.0025 });
  const memory = simulateMemory(random, model);
  const latency = memory.map((p, i) => ({
    t: p.t,
    v: 120 + (i > 240 ? 40 : 0) + normalSample(random, 0, 4),
  }));
  const errors = memory.map((p) => ({
    t: p.t,
    v: Math.max(0, 0.0004 + normalSample(random, 0, 0.0002)),
  }));
  return {
    format: 'csv',
    series: [
      { name: 'process_resident_memory_bytes', unit: 'bytes', points: memory },
      { name: 'latency_p99_ms', unit: 'ms', points: latency },
      { name: 'error_ratio', points: errors },
    ],
    notes: [],
  };
}

describe('analyzeSoak on simulated one-hour runs', () => {
  it('fails a 3%/h leak with a plain-text reason', () => {
    const analysis = analyzeSoak([simulatedRun(21, 3)], OPTIONS);
    const memory = analysis.trends.find((t) => t.series === 'process_resident_memory_bytes');
    expect(memory?.classification).toBe('leak');
    expect(analysis.failures).toHaveLength(1);
    expect(analysis.failures[0]).toMatch(
      /^process_resident_memory_bytes grows \d\.\d%\/h \(95% CI \d\.\d–\d\.\d\), limit 1\.0%\/h$/,
    );
    expect(analysis.warmup.detected).toBe(true);
    expect(analysis.warmup.seconds).toBeGreaterThan(0);
    expect(analysis.warmup.seconds).toBeLessThanOrEqual(1800);
    expect(analysis.notes.some((n) => n.startsWith('warm-up: the first '))).toBe(true);
    expect(analysis.start).toBeGreaterThanOrEqual(1_764_968_400 + analysis.warmup.seconds);
  });

  it('passes the same run without the leak, and reports the latency step', () => {
    const analysis = analyzeSoak([simulatedRun(21, 0)], {
      ...OPTIONS,
      slos: [parseSloObjective('error_ratio < 0.001'), parseSloObjective('latency_p99_ms < 200')],
    });
    expect(analysis.failures).toEqual([]);
    expect(analysis.trends.map((t) => t.series)).toEqual([
      'process_resident_memory_bytes',
      'latency_p99_ms',
      'error_ratio',
    ]);
    // Latency has no limit unless a glob gives it one: reported, not failing.
    const latency = analysis.trends.find((t) => t.series === 'latency_p99_ms');
    expect(latency?.limitPercentPerHour).toBeUndefined();
    expect(analysis.latency).toHaveLength(1);
    expect(analysis.latency[0]?.changePoints.length).toBeGreaterThanOrEqual(1);
    expect(analysis.latency[0]?.changePercent).toBeGreaterThan(25);
    expect(analysis.slos.map((s) => s.passed)).toEqual([true, true]);
    // One hour less the warm-up is shorter than every workbook rule's long window.
    expect(analysis.slos[0]?.burnAlerts.every((a) => !a.evaluated)).toBe(true);
  });

  it('fails latency drift once a growth limit names it, and honours a configured warm-up', () => {
    const analysis = analyzeSoak([simulatedRun(21, 0)], {
      ...OPTIONS,
      warmupSeconds: 600,
      growth: [{ pattern: 'latency_*', maxPercentPerHour: 5 }],
    });
    expect(analysis.warmup).toEqual({ seconds: 600, detected: false });
    expect(analysis.notes).toContain('warm-up: the first 10 min trimmed (configured)');
    expect(analysis.failures).toEqual([
      expect.stringMatching(/^latency_p99_ms grows \d+%\/h .*limit 5\.0%\/h$/),
    ]);
  });

  it('fails a missed objective and one that matches no series', () => {
    const analysis = analyzeSoak([simulatedRun(21, 0)], {
      ...OPTIONS,
      slos: [
        parseSloObjective('latency_p99_ms < 150 @ 99.9%'),
        parseSloObjective('checkout_ratio < 0.01'),
      ],
    });
    expect(analysis.slos.map((s) => s.passed)).toEqual([false, false]);
    expect(analysis.failures).toEqual([
      expect.stringMatching(
        /^latency_p99_ms < 150 @ 99\.9%: \d+(\.\d+)?% of samples good \(target 99\.9%\), error budget overspent by/,
      ),
      "checkout_ratio < 0.01: no series matches 'checkout_ratio'",
    ]);
  });

  it.each([
    [{ ...OPTIONS, alpha: 0 }, 'alpha must be between 0 and 1'],
    [{ ...OPTIONS, warmupSeconds: -1 }, 'warm-up must be a number of seconds'],
    [{ ...OPTIONS, warmupSeconds: 3600 }, 'is not shorter than the run'],
    [
      { ...OPTIONS, growth: [{ pattern: 'rss', maxPercentPerHour: Number.NaN }] },
      "growth limit of 'rss'",
    ],
  ])('refuses bad options: %s', (options, message) => {
    let caught: unknown;
    try {
      analyzeSoak([simulatedRun(21, 0)], options);
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toContain(message);
  });
});

describe('analyzeSoak on the real fixtures (test/fixtures/soak/)', () => {
  it('plain CSV: too short to judge memory, which a note says; latency found by name', () => {
    const run = parseInChunks('csv', fixtureText('plain/soak.csv'), 'soak.csv');
    const analysis = analyzeSoak([run], OPTIONS);
    expect(analysis.failures).toEqual([]);
    expect(analysis.trends.map((t) => [t.series, t.classification, t.limitPercentPerHour])).toEqual(
      [
        ['latency p99, ms', 'too-short', undefined],
        ['process_resident_memory_bytes', 'too-short', 1],
      ],
    );
    expect(analysis.notes).toContain(
      'process_resident_memory_bytes: only 3 points after the warm-up, too few to judge its growth',
    );
    expect(analysis.latency.map((l) => l.series)).toEqual(['latency p99, ms']);
    expect(analysis.start).toBe(1_764_968_400);
    expect(analysis.end).toBe(1_764_968_440.5);
    // Under 40 points nothing can be detected: no warm-up, and no note about one.
    expect(analysis.warmup).toEqual({ seconds: 0, detected: true });
  });

  it('plain JSON: an error ratio whose mean equals its bound misses `< 0.001`', () => {
    const run = parseInChunks('json', fixtureText('plain/soak.json'), 'soak.json');
    // error_ratio: 0, 0.002, 0.001 (the null dropped by the parser): mean 0.001.
    const strict = analyzeSoak([run], {
      ...OPTIONS,
      slos: [parseSloObjective('error_ratio < 0.001')],
    });
    expect(strict.slos[0]?.attainment).toBeCloseTo(0.999, 12);
    expect(strict.slos[0]?.budgetRemaining).toBeCloseTo(0, 9);
    expect(strict.slos[0]?.passed).toBe(false);
    const lenient = analyzeSoak([run], {
      ...OPTIONS,
      slos: [parseSloObjective('error_ratio <= 0.0011')],
    });
    expect(lenient.slos[0]?.passed).toBe(true);
  });

  it('Locust history: percentile columns are latency, per request and aggregated', () => {
    const run = parseInChunks(
      'locust-history',
      fixtureText('locust/soak_stats_history.csv'),
      'soak_stats_history.csv',
    );
    const analysis = analyzeSoak([run], OPTIONS);
    const latencyIds = analysis.latency.map((l) => l.series);
    expect(latencyIds).toContain('95%');
    expect(latencyIds).toContain('95%{request="/api/items?page=1,2",type="GET"}');
    expect(latencyIds).toContain('Total Average Response Time');
    expect(latencyIds).not.toContain('Requests/s');
    expect(analysis.failures).toEqual([]);
  });

  it('k6 NDJSON: per-request failures as a per-sample objective', () => {
    const run = parseInChunks('k6-ndjson', fixtureText('k6/out.ndjson'), 'out.ndjson');
    const failed = run.series.find((s) => s.name === 'http_req_failed');
    const analysis = analyzeSoak([run], {
      ...OPTIONS,
      slos: [
        parseSloObjective('http_req_failed < 0.5 @ 90%'),
        parseSloObjective('http_req_duration < 1000'),
      ],
    });
    const bad = present(failed).points.filter((p) => p.v >= 0.5).length;
    expect(analysis.slos[0]?.attainment).toBeCloseTo(1 - bad / present(failed).points.length, 12);
    expect(analysis.slos[1]?.series).toEqual(['http_req_duration']);
    expect(analysis.latency.map((l) => l.series)).toEqual(['http_req_duration']);
  });

  it('an empty input analyses nothing and says so', () => {
    const analysis = analyzeSoak([{ format: 'csv', series: [], notes: [] }], OPTIONS);
    expect(analysis).toMatchObject({ start: 0, end: 0, trends: [], failures: [] });
    expect(analysis.notes).toEqual(['no time series in the input: nothing to analyse over time']);
  });
});
