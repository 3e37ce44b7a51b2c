import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { criterionName } from '../../src/gates/bench/parse/criterion.js';
import { fixture, parseFixture } from './fixture.js';

describe('criterion', () => {
  it('divides each sample.json time by its iteration count, and names the benchmark from its folder', () => {
    const file = parseFixture('generated/target/criterion/fib/15/new/sample.json');
    expect(file.format).toBe('criterion');
    const [series] = file.benchmarks;
    expect(series).toMatchObject({
      name: 'fib/15',
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
    });
    expect(series?.samples).toHaveLength(10);
    expect(series?.samples[0]).toBeCloseTo(16359769.0 / 5384.0, 9);
    expect(series?.samples[9]).toBeCloseTo(161151481.0 / 53840.0, 9);
    expect(series?.extra).toEqual({ sampling_mode: 'Linear' });
  });

  it('keeps spaces of a benchmark id in the folder name', () => {
    const file = parseFixture('generated/target/criterion/fib 12 plain/new/sample.json');
    expect(file.benchmarks[0]?.name).toBe('fib 12 plain');
    expect(file.benchmarks[0]?.samples).toHaveLength(100);
  });

  it('reads estimates.json as a summary of the mean with std_dev/mean as spread', () => {
    const [series] = parseFixture(
      'generated/target/criterion/fib/15/new/estimates.json',
    ).benchmarks;
    expect(series).toMatchObject({ name: 'fib/15', kind: 'summary', samples: [3462.923286059223] });
    expect(series?.reportedRelativeSpread).toBeCloseTo(377.82343322547763 / 3462.923286059223, 12);
  });

  it('points from benchmark.json to the sample.json next to it', () => {
    expect(() => parseFixture('generated/target/criterion/fib/15/new/benchmark.json')).toThrow(
      "criterion's benchmark.json holds no measurements; pass the sample.json (or estimates.json) of the same folder",
    );
  });

  it('reads the console output: the point estimate, and half the confidence interval as spread', () => {
    const file = parseFixture('generated/criterion_console.txt');
    expect(file.format).toBe('criterion');
    expect(file.benchmarks.map((s) => s.name)).toEqual(['fib/10', 'fib/15', 'fib 12 plain']);
    const fib15 = file.benchmarks[1];
    expect(fib15?.samples[0]).toBeCloseTo(1927.1, 9); // printed as 1.9271 µs
    expect(fib15?.reportedRelativeSpread).toBeCloseTo((1966.8 - 1873.1) / 2 / 1927.1, 9);
    expect(fib15?.source.line).toBe(17);
  });

  it('derives names from Windows and relative paths', () => {
    expect(criterionName('target\\criterion\\parse\\small input\\new\\sample.json')).toBe(
      'parse/small input',
    );
    expect(criterionName('fib/20/new/sample.json')).toBe('fib/20');
  });

  it('rejects a sample.json whose arrays differ in length', () => {
    const input = fixture('generated/target/criterion/fib/15/new/sample.json');
    const text = input.text.replace('"iters":[5384.0,', '"iters":[');
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      'criterion sample.json needs numeric "iters" and "times" arrays of the same length',
    );
  });
});
