import { describe, expect, it } from 'vitest';
import {
  detectBenchFormat,
  MAX_BENCH_FILE_BYTES,
  parseBenchFile,
} from '../../src/gates/bench/parse/index.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import { fixture, parseFixture } from './fixture.js';

describe('detectBenchFormat', () => {
  it.each([
    ['generated/google_benchmark_repetitions.json', 'google-benchmark'],
    ['extract/googlecpp_output.json', 'google-benchmark'],
    ['generated/hyperfine_three_commands.json', 'hyperfine'],
    ['generated/pytest_benchmark_with_data.json', 'pytest-benchmark'],
    ['extract/pytest_output.json', 'pytest-benchmark'],
    ['generated/go_two_packages_count5.txt', 'go'],
    ['extract/go_fiber_output.txt', 'go'],
    ['generated/cargo_libtest_bench.txt', 'cargo'],
    ['extract/criterion_output.txt', 'cargo'],
    ['generated/criterion_console.txt', 'criterion'],
    ['generated/target/criterion/fib/15/new/sample.json', 'criterion'],
    ['generated/target/criterion/fib/15/new/estimates.json', 'criterion'],
    ['generated/benchmarkjs_suite.txt', 'benchmarkjs'],
    ['extract/jmh_output.json', 'jmh'],
    ['extract/benchmarkdotnet.json', 'benchmarkdotnet'],
    ['generated/catch2_v2_xml.xml', 'catch2'],
    ['extract/catch2_output_v3.txt', 'catch2'],
    ['extract/julia_output.json', 'julia'],
    ['extract/customSmallerIsBetter_output2.json', 'custom-smaller-is-better'],
  ])('detects %s as %s', (path, format) => {
    expect(detectBenchFormat(fixture(path))).toBe(format);
    expect(parseFixture(path).format).toBe(format);
  });

  it('returns undefined for text that is no benchmark output and for broken JSON', () => {
    expect(
      detectBenchFormat({ path: 'notes.txt', text: 'PASS\nok  \tpkg\t0.1s\n' }),
    ).toBeUndefined();
    expect(detectBenchFormat({ path: 'x.json', text: '{"results": [' })).toBeUndefined();
  });
});

describe('parseBenchFile errors', () => {
  it('names the file and suggests the formats when nothing matches', () => {
    expect(() => parseBenchFile({ path: 'out/log.txt', text: 'PASS\nok  \tpkg\t0.1s\n' })).toThrow(
      /^out\/log\.txt: cannot detect the benchmark format from the content; set the format explicitly \(google-benchmark, hyperfine,/,
    );
  });

  it('rejects an empty file', () => {
    expect(() => parseBenchFile({ path: 'empty.json', text: ' \n' })).toThrow(
      'empty.json: the file is empty; no benchmarks found',
    );
  });

  it('rejects a JSON format on a text file', () => {
    expect(() => parseFixture('generated/go_two_packages_count5.txt', 'hyperfine')).toThrow(
      'fixtures/bench/generated/go_two_packages_count5.txt: format "hyperfine" expects JSON, but the file is not JSON and looks like "go"',
    );
  });

  it('rejects a JSON file of another tool, naming the tool it looks like', () => {
    expect(() => parseFixture('extract/jmh_output.json', 'hyperfine')).toThrow(
      'fixtures/bench/extract/jmh_output.json: not hyperfine JSON (expected an object with a "results" array, as written by --export-json); the file looks like "jmh" output',
    );
  });

  it('reports truncated JSON with line and column, also with an explicit format', () => {
    const input = fixture('extract/jmh_output.json');
    const truncated = {
      path: input.path,
      text: input.text.slice(0, input.text.indexOf('"rawData"')),
    };
    expect(() => parseBenchFile(truncated, 'jmh')).toThrow(
      'fixtures/bench/extract/jmh_output.json: invalid JSON at line 40, column 13: PropertyNameExpected (the file ends early: was it truncated?)',
    );
  });

  it('reports a syntax error in the middle of a file at its position', () => {
    const input = fixture('extract/googlecpp_output.json');
    const text = input.text.replace('"num_cpus": 4,', '"num_cpus": 4,,');
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      'fixtures/bench/extract/googlecpp_output.json: invalid JSON at line 6, column 19: PropertyNameExpected',
    );
  });

  it('rejects a file over 200 MB before parsing it', () => {
    const text = ' '.repeat(MAX_BENCH_FILE_BYTES + 1);
    expect(() => parseBenchFile({ path: 'huge.json', text })).toThrow(
      'huge.json: the file is 200.0 MB, over the 200 MB limit for a benchmark result file',
    );
  });

  it('throws ConfigurationError, which the action reports without a stack trace', () => {
    try {
      parseBenchFile({ path: 'empty.txt', text: '' });
      expect.unreachable();
    } catch (error) {
      expect(isConfigurationError(error)).toBe(true);
    }
  });
});
