import { describe, expect, it } from 'vitest';
import { mergeBenchFiles, parseBenchFile } from '../../src/gates/bench/parse/index.js';
import type { ParsedBenchFile } from '../../src/gates/bench/types.js';
import { fixture, parseFixture } from './fixture.js';

/** A parsed fixture under another path, as if a second shard had produced the same output. */
function parsedAs(relativePath: string, path: string): ParsedBenchFile {
  return parseBenchFile({ path, text: fixture(relativePath).text });
}

describe('mergeBenchFiles', () => {
  it('keeps the benchmarks of different files side by side, in file order', () => {
    const merged = mergeBenchFiles([
      parseFixture('generated/hyperfine_three_commands.json'),
      parseFixture('generated/hyperfine_parameter_scan.json'),
    ]);
    expect(merged.map((s) => s.name)).toEqual([
      'sleep-10ms',
      'sleep 0.02',
      'sh -c true',
      'sleep 0.010',
      'sleep 0.020',
    ]);
  });

  it('appends the repetitions of the same benchmark from two runs', () => {
    const first = parsedAs('generated/hyperfine_parameter_scan.json', 'shard-1/hyperfine.json');
    const second = parsedAs('generated/hyperfine_parameter_scan.json', 'shard-2/hyperfine.json');
    const frozen = Object.freeze([...(first.benchmarks[0]?.samples ?? [])]);
    const merged = mergeBenchFiles([first, second]);
    expect(merged).toHaveLength(2);
    expect(merged[0]?.samples).toEqual([...frozen, ...frozen]);
    expect(merged[0]?.source.file).toBe('shard-1/hyperfine.json');
    expect(first.benchmarks[0]?.samples).toEqual(frozen); // inputs are not modified
  });

  it('rejects the same name as a summary in two files, naming both files', () => {
    const first = parsedAs('extract/cargo_output.txt', 'linux/bench.txt');
    const second = parsedAs('extract/cargo_output3.txt', 'mac/bench.txt');
    expect(() => mergeBenchFiles([first, second])).toThrow(
      'benchmark "bench_fib_10" appears in both linux/bench.txt:8 and mac/bench.txt:8, and only repetitions (not summaries) of one benchmark can be combined across files; rename one or pass only one of the files',
    );
  });

  it('rejects the same name with different units', () => {
    const go = parseBenchFile({ path: 'a.txt', text: 'BenchmarkX-8\t100\t25 ns/op\n' });
    const custom = parseBenchFile({ path: 'b.txt', text: 'BenchmarkX-8\t100\t25 widgets/op\n' });
    // The custom-unit line has no ns/op, so its only series is "BenchmarkX-8 (widgets/op)": rename it.
    const renamed: ParsedBenchFile = {
      ...custom,
      benchmarks: custom.benchmarks.map((s) => ({ ...s, name: 'BenchmarkX-8' })),
    };
    expect(() => mergeBenchFiles([go, renamed])).toThrow(
      'benchmark "BenchmarkX-8" appears in both a.txt:1 and b.txt:1, with different units (ns and widgets/op)',
    );
  });

  it('rejects the same file given twice', () => {
    const file = parseFixture('generated/hyperfine_parameter_scan.json');
    expect(() => mergeBenchFiles([file, file])).toThrow('and the same file was given twice');
  });

  it('returns nothing for no files', () => {
    expect(mergeBenchFiles([])).toEqual([]);
  });
});
