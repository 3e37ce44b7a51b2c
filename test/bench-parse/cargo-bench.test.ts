import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixtureWith, parseFixture, seriesNamed } from './fixture.js';

describe('cargo bench (libtest) text', () => {
  it('reads a real libtest run as summaries with the +/- spread relative to the value', () => {
    const file = parseFixture('generated/cargo_libtest_bench.txt');
    expect(file.format).toBe('cargo');
    const fib15 = seriesNamed(file, 'bench_fib_15');
    expect(fib15).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'summary',
      samples: [2088.27],
    });
    expect(fib15.reportedRelativeSpread).toBeCloseTo(3032.96 / 2088.27, 12);
    expect(fib15.source.line).toBe(4);
  });

  it('reads thousands separators and integer output', () => {
    const file = parseFixture('extract/cargo_output.txt');
    expect(file.benchmarks.map((s) => [s.name, s.samples[0], s.reportedRelativeSpread])).toEqual([
      ['bench_fib_10', 135, 24 / 135],
      ['bench_fib_20', 18149, 755 / 18149],
    ]);
    expect(
      seriesNamed(parseFixture('extract/cargo_output2.txt'), 'bench_engine_new').samples,
    ).toEqual([211834]);
  });

  it('keeps custom units, bigger-is-better only for rates', () => {
    const file = parseFixture('extract/cargo_output_units.txt');
    expect(seriesNamed(file, 'cmov')).toMatchObject({
      unit: 'cycles/iter',
      direction: 'smaller-is-better',
      samples: [2835],
    });
    expect(seriesNamed(file, 'download')).toMatchObject({
      unit: 'MS/s',
      direction: 'bigger-is-better',
      samples: [9001],
    });
  });

  it("reads criterion's --output-format bencher lines the same way", () => {
    const file = parseFixture('generated/criterion_bencher.txt');
    expect(file.benchmarks.map((s) => [s.name, s.samples[0]])).toEqual([
      ['fib/10', 181],
      ['fib/15', 3466],
      ['fib 12 plain', 604],
    ]);
    expect(
      seriesNamed(parseFixture('extract/criterion_output.txt'), 'Fibonacci (Execution)').samples,
    ).toEqual([1672496]);
  });

  it('rejects a zero time with its line', () => {
    const input = fixtureWith('extract/cargo_output2.txt', '197 ns/iter', '0 ns/iter');
    expect(() => parseBenchFile(input)).toThrow(
      'fixtures/bench/extract/cargo_output2.txt:2: benchmark "bench_engine_new_raw" has a zero time',
    );
  });
});
