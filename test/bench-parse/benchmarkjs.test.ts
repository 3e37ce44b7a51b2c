import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixtureWith, parseFixture } from './fixture.js';

describe('benchmark.js text', () => {
  it('reads ops/sec as bigger-is-better summaries with the ± margin as spread', () => {
    const file = parseFixture('generated/benchmarkjs_suite.txt');
    expect(file.format).toBe('benchmarkjs');
    expect(file.benchmarks).toEqual([
      {
        name: 'fib(10)',
        unit: 'ops/s',
        direction: 'bigger-is-better',
        samples: [595906],
        kind: 'summary',
        source: { file: 'fixtures/bench/generated/benchmarkjs_suite.txt', line: 1 },
        reportedRelativeSpread: 10.55 / 100,
        extra: { 'runs sampled': 40 },
      },
      {
        name: 'fib(15) x twice',
        unit: 'ops/s',
        direction: 'bigger-is-better',
        samples: [35972],
        kind: 'summary',
        source: { file: 'fixtures/bench/generated/benchmarkjs_suite.txt', line: 2 },
        reportedRelativeSpread: 17.85 / 100,
        extra: { 'runs sampled': 69 },
      },
    ]);
  });

  it('ignores lines that only look similar', () => {
    const file = parseFixture('extract/benchmarkjs_output.txt');
    expect(file.benchmarks.map((s) => [s.name, s.samples[0]])).toEqual([
      ['fib(10)', 1431759],
      ['fib(20)', 12146],
      ['createObjectBuffer with 200 comments', 81.61],
    ]);
  });

  it('rejects a zero rate', () => {
    const input = fixtureWith('extract/benchmarkjs_output.txt', '12,146 ops/sec', '0 ops/sec');
    expect(() => parseBenchFile(input)).toThrow(
      'benchmarkjs_output.txt:2: benchmark "fib(20)" has a zero rate (0 ops/s)',
    );
  });
});
