import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixture, parseFixture, seriesNamed } from './fixture.js';

describe('Catch2', () => {
  it('reads the XML reporter: the mean in ns as a summary, stddev/mean as spread', () => {
    const file = parseFixture('generated/catch2_v2_xml.xml');
    expect(file.format).toBe('catch2');
    expect(file.benchmarks.map((s) => s.name)).toEqual(['Fibonacci 10', 'Fibonacci 15']);
    const fib15 = seriesNamed(file, 'Fibonacci 15');
    expect(fib15).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'summary',
      samples: [1302.1],
    });
    expect(fib15.reportedRelativeSpread).toBeCloseTo(13.635 / 1302.1, 12);
    expect(fib15.extra).toEqual({
      samples: 20,
      iterations: 28,
      'mean lowerBound (ns)': 1298.93,
      'mean upperBound (ns)': 1314.6,
    });
  });

  it('reads the console reporter of v2 and v3 headers, converting us to ns', () => {
    for (const path of ['extract/catch2_output_v2.txt', 'extract/catch2_output_v3.txt']) {
      const file = parseFixture(path);
      expect(file.benchmarks.map((s) => [s.name, s.samples[0], s.source.line])).toEqual([
        ['Fibonacci 10', 344, 16],
        ['Fibonacci 20', 41731, 20],
        ['Fibonacci~ 5!', 36, 35],
        ['Fibonacci-15_bench', 3789, 39],
      ]);
      expect(seriesNamed(file, 'Fibonacci 20').reportedRelativeSpread).toBeCloseTo(
        3256 / 41731,
        12,
      );
    }
    expect(
      seriesNamed(parseFixture('generated/catch2_v2_console.txt'), 'Fibonacci 15').samples[0],
    ).toBeCloseTo(1423.19, 9);
  });

  it('rejects the zero means that a coarse clock produced (github-action-benchmark issue 16)', () => {
    expect(() => parseFixture('extract/issue16_output.txt')).toThrow(
      'fixtures/bench/extract/issue16_output.txt:16: benchmark "Fibonacci 10" has a zero time (0 ns); a benchmark must measure a positive time',
    );
  });

  it('leaves out a benchmark that failed, with a warning quoting its message', () => {
    const input = fixture('generated/catch2_v2_xml.xml');
    // What Catch2's XmlReporter::benchmarkFailed writes when the benchmarked code throws.
    const text = input.text.replace(
      /(<BenchmarkResults name="Fibonacci 10")[^>]*>[\s\S]*?<\/BenchmarkResults>/,
      '$1>\n<failed message="std::bad_alloc"/>\n</BenchmarkResults>',
    );
    const file = parseBenchFile({ path: input.path, text });
    expect(file.benchmarks.map((s) => s.name)).toEqual(['Fibonacci 15']);
    expect(file.warnings).toEqual([
      'Fibonacci 10: the benchmark failed ("std::bad_alloc"); skipped',
    ]);
  });

  it('reports malformed XML with its line', () => {
    const input = fixture('generated/catch2_v2_xml.xml');
    const text = input.text.replace(
      '</BenchmarkResults>\n      <BenchmarkResults name="Fibonacci 15"',
      '<BenchmarkResults name="Fibonacci 15"',
    );
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      /^fixtures\/bench\/generated\/catch2_v2_xml\.xml: invalid XML at line \d+, column \d+: /,
    );
  });
});
