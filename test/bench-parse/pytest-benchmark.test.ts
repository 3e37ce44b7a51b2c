import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixtureWith, parseFixture, seriesNamed } from './fixture.js';

describe('pytest-benchmark JSON', () => {
  it('reads every round of stats.data as a sample in ns, named by fullname', () => {
    const file = parseFixture('generated/pytest_benchmark_with_data.json');
    expect(file.format).toBe('pytest-benchmark');
    expect(file.benchmarks.map((s) => [s.name, s.samples.length, s.kind])).toEqual([
      ['test_fib_bench.py::test_fib_10', 120, 'repetitions'],
      ['test_fib_bench.py::test_fib_15', 21, 'repetitions'],
    ]);
    const fib15 = seriesNamed(file, 'test_fib_bench.py::test_fib_15');
    expect(fib15.samples[0]).toBeCloseTo(9.650000004057802e-5 * 1e9, 6);
    expect(fib15).toMatchObject({ unit: 'ns', direction: 'smaller-is-better' });
    expect(fib15.extra).toMatchObject({ rounds: 21, iterations: 1 });
  });

  it('keeps per-iteration data when rounds ran several iterations', () => {
    const file = parseFixture('extract/pytest_several_units.json');
    const sleep = seriesNamed(file, 'bench.py::test_sleep_2');
    expect(sleep.kind).toBe('repetitions');
    expect(sleep.samples).toEqual([
      2005173128, 2005128498.9999995, 2005124842.999999, 2002743887.9999995, 2001044877,
    ]);
  });

  it('falls back to the mean as a summary, with stddev/mean as spread, when stats.data is not usable', () => {
    const file = parseFixture('extract/pytest_several_units.json');
    const fib1 = seriesNamed(file, 'bench.py::test_fib_1');
    expect(fib1.kind).toBe('summary');
    expect(fib1.samples[0]).toBeCloseTo(1.4995610248628836e-7 * 1e9, 9);
    expect(fib1.reportedRelativeSpread).toBeCloseTo(
      2.9351731952139377e-8 / 1.4995610248628836e-7,
      12,
    );
    expect(file.warnings).toContain(
      'bench.py::test_fib_1: stats.data holds entries that are not numbers; its mean is used as a summary',
    );
  });

  it('names NaN in the JSON as a non-finite benchmark result, with its line', () => {
    const input = fixtureWith(
      'extract/pytest_output.json',
      '"mean": 2.408868133322941e-05',
      '"mean": NaN',
    );
    expect(() => parseBenchFile(input)).toThrow(
      'fixtures/bench/extract/pytest_output.json: invalid JSON at line 49, column 25: InvalidSymbol (NaN and Infinity are not JSON: the benchmark produced a non-finite number)',
    );
  });
});
