import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { runnerSpeedExponent } from '../../src/gates/bench/parse/units.js';
import { judgeSingleValues } from '../../src/gates/bench/single-value.js';
import { createRandom, normalSample } from '../../src/stats/index.js';

/** Go's strings benchmarks with -benchmem, -count 5: ns/op, MB/s, B/op, allocs/op (real output). */
const goText = readFileSync(
  fileURLToPath(
    new URL('../fixtures/bench/generated/go_strings_benchmem_count5.txt', import.meta.url),
  ),
  'utf8',
);

/**
 * The same output as a machine `slowness` times slower would have written it: times multiplied,
 * rates divided, memory and allocation counts as they were (they do not depend on the machine).
 */
function onSlowerRunner(text: string, slowness: number): string {
  return text.replace(/([\d.]+) (ns\/op|MB\/s)/g, (_, value: string, unit: string) => {
    const scaled = unit === 'ns/op' ? Number(value) * slowness : Number(value) / slowness;
    return `${scaled.toFixed(3)} ${unit}`;
  });
}

const parse = (text: string): ReturnType<typeof parseBenchFile>['benchmarks'] =>
  parseBenchFile({ path: 'go.txt', text }).benchmarks;

const otherRunner = { ...defaultAnalysisOptions, baselineFrom: 'other-runner' as const };

describe('runnerSpeedExponent', () => {
  it.each([
    ['ns', 'smaller-is-better', 1],
    ['ns/op', 'smaller-is-better', 1],
    ['ops/s', 'bigger-is-better', -1],
    ['B/s', 'bigger-is-better', -1],
    ['MB/s', 'bigger-is-better', -1],
    ['B', 'smaller-is-better', 0],
    ['B/op', 'smaller-is-better', 0],
    ['allocs/op', 'smaller-is-better', 0],
    ['widgets/op', 'smaller-is-better', 1],
    ['req/s', 'bigger-is-better', -1],
  ] as const)('%s (%s) moves with the slowness to the power %d', (unit, direction, exponent) => {
    expect(runnerSpeedExponent(unit, direction)).toBe(exponent);
  });
});

describe('a runner shift in a Go -benchmem suite (real output)', () => {
  it('is corrected on times and rates only: memory and allocations stay as measured', () => {
    const base = parse(goText);
    const head = parse(onSlowerRunner(goText, 1.3));
    expect(new Set(base.map((s) => s.unit))).toEqual(new Set(['ns', 'B/s', 'B', 'allocs/op']));
    const positive = (unit: string): number =>
      base.filter((s) => s.unit === unit && s.samples.every((v) => v > 0)).length;
    const analysis = analyzeBench(base, head, otherRunner);
    // Estimated from the ns/op and MB/s metrics (31 + 20), not the B/op and allocs/op ones
    // (30 + 30, besides two at zero) that held the median at 0 before: every time metric then
    // regressed by 30% and the run failed.
    expect(analysis.offset?.benchmarks).toBe(positive('ns') + positive('B/s'));
    expect(analysis.offset?.ratio).toBeCloseTo(1.3, 6);
    expect(analysis.offset?.suspectedRunnerShift).toBe(true);
    expect(analysis.comparisons.filter((c) => c.verdict !== 'unchanged')).toEqual([]);
    const memory = analysis.comparisons.filter((c) => c.unit === 'B' || c.unit === 'allocs/op');
    expect(memory.length).toBe(62);
    for (const c of memory) expect(c.ratio).toBeCloseTo(1, 12);
  });

  it('still finds an allocation regression under the runner shift', () => {
    const base = parse(goText);
    const slower = onSlowerRunner(goText, 1.3).replace(
      /^(BenchmarkClone\s.*?)48 B\/op/gm,
      (_, before: string) => `${before}96 B/op`,
    );
    const analysis = analyzeBench(base, parse(slower), otherRunner);
    const regressed = analysis.comparisons.filter((c) => c.verdict === 'regressed');
    expect(regressed.map((c) => c.name)).toEqual(['BenchmarkClone (B/op)']);
    expect(regressed[0]?.ratio).toBeCloseTo(2, 12);
  });
});

describe('single values of metrics the machine does not move', () => {
  it('take no part in the runner offset and receive none', () => {
    const random = createRandom(41);
    const series = Array.from({ length: 30 }, (_, i) => {
      const memory = i % 3 === 0;
      const value = (): number =>
        memory ? 48 * (i + 1) : 100 * (i + 1) * Math.exp(normalSample(random, 0, 0.05));
      const runs = Array.from({ length: 20 }, value);
      return {
        name: `b${i}`,
        direction: 'smaller-is-better' as const,
        threshold: 0.1,
        // A runner 40% slower on the head: the times move, the memory does not.
        head: memory ? value() : value() * 1.4,
        runs,
        runnerExponent: memory ? (0 as const) : (1 as const),
      };
    });
    const result = judgeSingleValues(series, {
      alpha: 0.05,
      confidence: 0.9,
      correction: 'holm',
      singleValue: 'fail',
    });
    expect(result.offset?.benchmarks).toBe(20);
    expect(result.offset?.ratio).toBeGreaterThan(1.3);
    expect(result.offset?.suspectedRunnerShift).toBe(true);
    expect(result.judgements.filter((j) => j.verdict !== 'unchanged')).toEqual([]);
    for (const j of result.judgements.filter((_, i) => i % 3 === 0)) {
      expect(j.ratio).toBeCloseTo(1, 12);
    }
  });
});
