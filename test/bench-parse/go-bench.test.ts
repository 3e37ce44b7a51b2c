import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixtureWith, parseFixture, seriesNamed } from './fixture.js';

describe('go test -bench text', () => {
  const file = parseFixture('generated/go_two_packages_count5.txt');

  it('turns the five -count runs of a benchmark into five repetitions, with the line of the first', () => {
    expect(file.format).toBe('go');
    const alloc = seriesNamed(file, 'BenchmarkAlloc-2');
    expect(alloc).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
    });
    expect(alloc.samples).toEqual([36.09, 29.86, 31.32, 29.03, 33.44]);
    expect(alloc.source).toEqual({
      file: 'fixtures/bench/generated/go_two_packages_count5.txt',
      line: 20,
    });
    expect(alloc.extra).toMatchObject({
      goos: 'linux',
      goarch: 'amd64',
      pkg: 'example.com/benchfixture/fib',
      cpu: 'AMD EPYC',
      iterations: 1648250,
    });
  });

  it('makes -benchmem and ReportMetric metrics separate series with canonical units', () => {
    expect(seriesNamed(file, 'BenchmarkAlloc-2 (B/op)')).toMatchObject({
      unit: 'B',
      direction: 'smaller-is-better',
      samples: [64, 64, 64, 64, 64],
    });
    expect(seriesNamed(file, 'BenchmarkAlloc-2 (allocs/op)')).toMatchObject({
      unit: 'allocs/op',
      direction: 'smaller-is-better',
      samples: [1, 1, 1, 1, 1],
    });
    expect(seriesNamed(file, 'BenchmarkFibSizes/n=15-2 (widgets/op)')).toMatchObject({
      unit: 'widgets/op',
      samples: [610, 610, 610, 610, 610],
    });
    const words = seriesNamed(file, 'BenchmarkWords-2 (MB/s)');
    expect(words).toMatchObject({ unit: 'B/s', direction: 'bigger-is-better' });
    expect(words.samples[0]).toBeCloseTo(386.82e6, 3);
  });

  it('qualifies with the package only the names that occur in several packages', () => {
    expect(seriesNamed(file, 'example.com/benchfixture/fib.BenchmarkFib10-2').samples).toEqual([
      323.2, 313.3, 322.8, 321.7, 353.7,
    ]);
    expect(
      seriesNamed(file, 'example.com/benchfixture/textsplit.BenchmarkFib10-2').samples,
    ).toEqual([62.13, 63.17, 60.44, 60.39, 59.54]);
    expect(seriesNamed(file, 'BenchmarkWords-2').samples).toHaveLength(5);
    expect(file.warnings).toEqual([
      'benchmark names found in several packages were qualified with their package: example.com/benchfixture/fib.BenchmarkFib10-2, example.com/benchfixture/textsplit.BenchmarkFib10-2',
    ]);
  });

  it('reads the same benchmark name in two packages of the gofiber output as two benchmarks', () => {
    const fiber = parseFixture('extract/go_fiber_duplicate_names_output.txt');
    expect(
      seriesNamed(fiber, 'github.com/gofiber/fiber/v3/middleware/csrf.BenchmarkAppendMsgitem-4')
        .samples,
    ).toEqual([0.3733]);
    expect(
      seriesNamed(
        fiber,
        'github.com/gofiber/fiber/v3/middleware/cache.BenchmarkAppendMsgitem-4 (MB/s)',
      ).samples[0],
    ).toBeCloseTo(2833.37e6, 3);
  });

  it('reads sub-benchmark names with slashes, commas and braces, and custom units', () => {
    const output = parseFixture('extract/go_output.txt');
    expect(output.benchmarks.map((s) => s.name)).toEqual([
      'BenchmarkFib10-8',
      'BenchmarkFib20',
      'BenchmarkFib/my_tabled_benchmark_-_10-8',
      'BenchmarkFib/my_tabled_benchmark_-_20',
      'BenchmarkFib/my/tabled/benchmark_-_20',
      'BenchmarkFib/my/tabled/benchmark_-_20,var1=13,var2=14',
      'BenchmarkFib11-16',
      'BenchmarkFib11-16 (auxMetricUnits)',
      'BenchmarkFib22-16',
      'BenchmarkFib22-16 (auxMetricUnits)',
    ]);
    expect(seriesNamed(output, 'BenchmarkFib20').samples).toEqual([40537.123]);
    const fiber = parseFixture('extract/go_fiber_output.txt');
    expect(
      seriesNamed(fiber, 'Benchmark_Ctx_Accepts/run-[]string{"json",_"xml"}-4').samples,
    ).toEqual([307.1]);
  });

  it('skips the bare name lines of go test -v output', () => {
    const single = parseFixture('extract/go_single_package_output.txt');
    expect(single.benchmarks.map((s) => [s.name, s.source.line, s.samples])).toEqual([
      ['BenchmarkFib10-8', 5, [325]],
      ['BenchmarkFib20-8', 7, [40537]],
    ]);
  });

  it('rejects 0 ns/op with the file, line and benchmark', () => {
    const input = fixtureWith('extract/go_single_package_output.txt', '40537 ns/op', '0 ns/op');
    expect(() => parseBenchFile(input)).toThrow(
      'fixtures/bench/extract/go_single_package_output.txt:7: benchmark "BenchmarkFib20-8" has a zero time (0 ns); a benchmark must measure a positive time',
    );
  });

  it('rejects NaN ns/op', () => {
    const input = fixtureWith('extract/go_single_package_output.txt', '40537 ns/op', 'NaN ns/op');
    expect(() => parseBenchFile(input)).toThrow(
      'go_single_package_output.txt:7: benchmark "BenchmarkFib20-8" has a value that is not a finite number (NaN ns)',
    );
  });

  it('rejects --format go on a JSON file, naming what the file looks like', () => {
    expect(() => parseFixture('generated/hyperfine_three_commands.json', 'go')).toThrow(
      'fixtures/bench/generated/hyperfine_three_commands.json: format "go" expects the tool\'s text output, but the file is JSON that looks like "hyperfine"',
    );
  });

  it('rejects --format go on text without benchmark lines', () => {
    expect(() => parseFixture('extract/cargo_output.txt', 'go')).toThrow(
      'fixtures/bench/extract/cargo_output.txt: no go benchmark lines found (expected lines like "BenchmarkName-8  1000  123 ns/op" from go test -bench); the file looks like "cargo" output',
    );
  });
});
