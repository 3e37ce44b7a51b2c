import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixture, parseFixture } from './fixture.js';

/** The corpus file, parsed, for building variants of it. */
function corpusJson(): { Benchmarks: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(fixture('extract/benchmarkdotnet.json').text) as {
    Benchmarks: Record<string, unknown>[];
  } & Record<string, unknown>;
}

describe('BenchmarkDotNet JSON', () => {
  it('uses Statistics.OriginalValues when the measurements hold no Workload Actual/Result rows', () => {
    const file = parseFixture('extract/benchmarkdotnet.json');
    expect(file.format).toBe('benchmarkdotnet');
    expect(file.benchmarks.map((s) => [s.name, s.kind, s.samples.length])).toEqual([
      ['Sample.Benchmarks.Fib10', 'repetitions', 14],
      ['Sample.Benchmarks.Fib20', 'repetitions', 13],
    ]);
    expect(file.benchmarks[0]?.samples[0]).toBe(24.805462032556534);
    expect(file.benchmarks[0]).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      extra: { job: 'DefaultJob' },
    });
  });

  it('prefers Workload Actual measurements (ns / operations) when present', () => {
    const json = corpusJson();
    const first = json.Benchmarks[0];
    if (!first) throw new Error('fixture has no benchmark');
    first['Measurements'] = [
      ...(first['Measurements'] as unknown[]),
      {
        IterationMode: 'Workload',
        IterationStage: 'Actual',
        LaunchIndex: 1,
        IterationIndex: 1,
        Operations: 16384,
        Nanoseconds: 401408,
      },
      {
        IterationMode: 'Workload',
        IterationStage: 'Actual',
        LaunchIndex: 1,
        IterationIndex: 2,
        Operations: 16384,
        Nanoseconds: 409600,
      },
    ];
    const file = parseBenchFile({ path: 'bdn.json', text: JSON.stringify(json) });
    expect(file.benchmarks[0]?.samples).toEqual([401408 / 16384, 409600 / 16384]);
  });

  it('falls back to Statistics.Mean as a summary, and reads the memory diagnoser', () => {
    const json = corpusJson();
    const first = json.Benchmarks[0];
    if (!first) throw new Error('fixture has no benchmark');
    delete first['Measurements'];
    const statistics = first['Statistics'] as Record<string, unknown>;
    delete statistics['OriginalValues'];
    first['Memory'] = {
      Gen0Collections: 0,
      Gen1Collections: 0,
      Gen2Collections: 0,
      TotalOperations: 16777216,
      BytesAllocatedPerOperation: 24,
    };
    const file = parseBenchFile({ path: 'bdn.json', text: JSON.stringify(json) });
    expect(file.benchmarks[0]).toMatchObject({ kind: 'summary', samples: [24.4202085009643] });
    expect(file.benchmarks[0]?.reportedRelativeSpread).toBeCloseTo(
      0.1981212530783709 / 24.4202085009643,
      12,
    );
    expect(file.benchmarks[1]).toMatchObject({
      name: 'Sample.Benchmarks.Fib10 (allocated)',
      unit: 'B',
      samples: [24],
    });
  });

  it('rejects a zero original value', () => {
    const input = fixture('extract/benchmarkdotnet.json');
    const text = input.text.replace('24.805462032556534,', '0,');
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      'benchmark "Sample.Benchmarks.Fib10" has a zero time (0 ns)',
    );
  });
});
