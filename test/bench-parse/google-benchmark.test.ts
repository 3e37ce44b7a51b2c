import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixture, fixtureWith, parseFixture, seriesNamed } from './fixture.js';

describe('Google Benchmark JSON', () => {
  it('reads every repetition of a real --benchmark_repetitions=5 run and ignores the aggregate rows', () => {
    const file = parseFixture('generated/google_benchmark_repetitions.json');
    expect(file.format).toBe('google-benchmark');
    expect(file.benchmarks.map((s) => s.name)).toEqual([
      'BM_Fib/10',
      'BM_Fib/15',
      'BM_Copy',
      'BM_Copy (bytes_per_second)',
      'BM_Copy (items_per_second)',
    ]);
    const fib10 = seriesNamed(file, 'BM_Fib/10');
    expect(fib10).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
    });
    expect(fib10.samples).toEqual([
      134.419539826786, 259.1089440698666, 141.93957833829654, 118.60176292150133,
      155.70681846878134,
    ]);
    // cpu_time is extra (the mean of the five repetitions), as is the plain user counter "calls".
    expect(fib10.extra?.['cpu_time_ns']).toBeCloseTo(147.40594682258148, 9);
    expect(fib10.extra?.['calls']).toBe(10);
    expect(fib10.extra?.['iterations']).toBe(213963);
    // Aggregate rows are the normal companion of repetitions: ignored silently, not warned about.
    expect(file.warnings.filter((w) => /aggregate/.test(w))).toEqual([]);
    expect(file.benchmarks.some((b) => /_(mean|median|stddev|cv)$/.test(b.name))).toBe(false);
  });

  it('converts time_unit "us" to ns and turns SetBytesProcessed/SetItemsProcessed into bigger-is-better series', () => {
    const file = parseFixture('generated/google_benchmark_repetitions.json');
    const copy = seriesNamed(file, 'BM_Copy');
    expect(copy.samples[0]).toBeCloseTo(0.06763945698069458 * 1000, 9);
    expect(copy.samples).toHaveLength(5);
    const bytes = seriesNamed(file, 'BM_Copy (bytes_per_second)');
    expect(bytes).toMatchObject({
      unit: 'B/s',
      direction: 'bigger-is-better',
      kind: 'repetitions',
    });
    expect(bytes.samples[0]).toBe(60594656809.41937);
    const items = seriesNamed(file, 'BM_Copy (items_per_second)');
    expect(items).toMatchObject({ unit: 'items/s', direction: 'bigger-is-better' });
    expect(items.samples[4]).toBe(14557631.322014842);
  });

  it('leaves out SkipWithError rows with a warning that quotes the error', () => {
    const file = parseFixture('generated/google_benchmark_repetitions.json');
    expect(file.benchmarks.some((s) => s.name.startsWith('BM_Broken'))).toBe(false);
    expect(file.warnings[0]).toBe(
      'BM_Broken: the benchmark reported an error ("resource not available"); its error rows were left out',
    );
  });

  it('uses the mean as a summary, with the cv aggregate as spread, when only aggregates were reported', () => {
    const file = parseFixture('generated/google_benchmark_aggregates_only.json');
    const fib10 = seriesNamed(file, 'BM_Fib/10');
    expect(fib10).toMatchObject({ kind: 'summary', samples: [126.8694825450014], unit: 'ns' });
    expect(fib10.reportedRelativeSpread).toBe(0.08168928486766934);
    expect(file.benchmarks.map((s) => s.name)).not.toContain('BM_Fib/10_mean');
    expect(
      file.warnings.some((w) => w.startsWith('BM_Fib/10: only aggregate rows were found')),
    ).toBe(true);
  });

  it('reads the single-run output of github-action-benchmark', () => {
    const file = parseFixture('extract/googlecpp_output.json');
    expect(file.benchmarks.map((s) => [s.name, s.samples])).toEqual([
      ['fib_10', [214.98980114547953]],
      ['fib_20', [27455.600415007055]],
    ]);
  });

  it('rejects a zero real_time, naming the benchmark', () => {
    const input = fixtureWith(
      'extract/googlecpp_output.json',
      '"real_time": 2.1498980114547953e+02',
      '"real_time": 0',
    );
    expect(() => parseBenchFile(input)).toThrow(
      'fixtures/bench/extract/googlecpp_output.json: benchmark "fib_10" has a zero time (0 ns); a benchmark must measure a positive time',
    );
  });

  it('rejects an unknown time_unit', () => {
    const input = fixtureWith(
      'extract/googlecpp_output.json',
      '"time_unit": "ns"',
      '"time_unit": "fortnights"',
    );
    expect(() => parseBenchFile(input)).toThrow(
      'benchmark "fib_10" (benchmarks[0]) has an unknown time_unit "fortnights"',
    );
  });

  it('rejects a file whose benchmarks all failed', () => {
    const input = fixture('generated/google_benchmark_repetitions.json');
    const onlyBroken = JSON.parse(input.text) as {
      context: unknown;
      benchmarks: { name: string }[];
    };
    onlyBroken.benchmarks = onlyBroken.benchmarks.filter((row) => row.name === 'BM_Broken');
    expect(() => parseBenchFile({ path: 'broken.json', text: JSON.stringify(onlyBroken) })).toThrow(
      /^broken\.json: no benchmarks found in this google-benchmark file \(BM_Broken: the benchmark reported an error/,
    );
  });
});
