import { describe, expect, it } from 'vitest';
import { analyzeBench, type BenchmarkComparison } from '../../src/gates/bench/analyze.js';
import {
  defaultAnalysisOptions,
  type BenchAnalysisOptions,
} from '../../src/gates/bench/options.js';
import type { BenchmarkSeries, Direction } from '../../src/gates/bench/types.js';
import { createRandom, normalSample } from '../../src/stats/index.js';

/**
 * Suites are simulated with a seeded generator so the true change of every benchmark is known:
 * lognormal noise around a median, as benchmark timings on shared runners look.
 */
function series(
  name: string,
  median: number,
  n: number,
  cv: number,
  random: () => number,
  direction: Direction = 'smaller-is-better',
): BenchmarkSeries {
  return {
    name,
    unit: direction === 'smaller-is-better' ? 'ns' : 'ops/s',
    direction,
    kind: 'repetitions',
    samples: Array.from({ length: n }, () => median * Math.exp(normalSample(random, 0, cv))),
    source: { file: 'simulated.json' },
  };
}

interface SuiteSpec {
  count: number;
  n: number;
  cv: number;
  /** True head/base factor per benchmark index (default 1). */
  factor?: (index: number) => number;
  seed?: number;
  direction?: Direction;
}

function suite(spec: SuiteSpec): { base: BenchmarkSeries[]; head: BenchmarkSeries[] } {
  const random = createRandom(spec.seed ?? 1);
  const base: BenchmarkSeries[] = [];
  const head: BenchmarkSeries[] = [];
  for (let i = 0; i < spec.count; i += 1) {
    const median = 1000 * (i + 1);
    base.push(series(`BM_${i}`, median, spec.n, spec.cv, random, spec.direction));
    head.push(
      series(`BM_${i}`, median * (spec.factor?.(i) ?? 1), spec.n, spec.cv, random, spec.direction),
    );
  }
  return { base, head };
}

const sameJob: BenchAnalysisOptions = { ...defaultAnalysisOptions, baselineFrom: 'same-job' };
const otherRunner: BenchAnalysisOptions = {
  ...defaultAnalysisOptions,
  baselineFrom: 'other-runner',
};

function byVerdict(comparisons: readonly BenchmarkComparison[], verdict: string): string[] {
  return comparisons.filter((c) => c.verdict === verdict).map((c) => c.name);
}

describe('analyzeBench', () => {
  it('finds the one benchmark that really regressed by 30% among 20', () => {
    const { base, head } = suite({
      count: 20,
      n: 10,
      cv: 0.02,
      factor: (i) => (i === 7 ? 1.3 : 1),
    });
    const analysis = analyzeBench(base, head, sameJob);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual(['BM_7']);
    const regressed = analysis.comparisons.find((c) => c.name === 'BM_7');
    expect(regressed?.ratio).toBeGreaterThan(1.25);
    expect(regressed?.ratio).toBeLessThan(1.35);
    expect(regressed?.ratioLower).toBeLessThan(1.3);
    expect(regressed?.ratioUpper).toBeGreaterThan(1.3);
    expect(regressed?.adjustedPValue).toBeLessThan(0.05);
  });

  it('calls a real 5% change unchanged under a 10% threshold', () => {
    const { base, head } = suite({ count: 5, n: 30, cv: 0.01, factor: () => 1.05 });
    const analysis = analyzeBench(base, head, sameJob);
    expect(byVerdict(analysis.comparisons, 'unchanged')).toHaveLength(5);
    expect(analysis.comparisons[0]?.reason).toMatch(/real change, within the threshold/);
  });

  it('reports an improvement in the better direction', () => {
    const { base, head } = suite({ count: 4, n: 10, cv: 0.02, factor: (i) => (i === 0 ? 0.6 : 1) });
    const analysis = analyzeBench(base, head, sameJob);
    expect(byVerdict(analysis.comparisons, 'improved')).toEqual(['BM_0']);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual([]);
  });

  it('treats a throughput drop as a regression (bigger is better)', () => {
    const { base, head } = suite({
      count: 3,
      n: 10,
      cv: 0.02,
      factor: (i) => (i === 1 ? 0.7 : 1),
      direction: 'bigger-is-better',
    });
    const analysis = analyzeBench(base, head, sameJob);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual(['BM_1']);
  });

  it('says inconclusive, with the repetitions needed, when noise hides a change past the threshold', () => {
    const { base, head } = suite({ count: 1, n: 5, cv: 0.15, factor: () => 1.2, seed: 2 });
    const analysis = analyzeBench(base, head, sameJob);
    const [only] = analysis.comparisons;
    // The estimate is past the threshold, the interval's lower end is not.
    expect(only?.ratio).toBeGreaterThan(1.1);
    expect(only?.ratioLower).toBeLessThan(1.1);
    expect(only?.verdict).toBe('inconclusive');
    expect(only?.repetitionsNeeded).toBeGreaterThan(5);
  });

  it('corrects a slower runner when the baseline comes from another runner', () => {
    // Every benchmark 6% slower (the runner) and one 25% slower on top (the code).
    const { base, head } = suite({
      count: 30,
      n: 10,
      cv: 0.02,
      factor: (i) => (i === 4 ? 1.06 * 1.25 : 1.06),
    });
    const analysis = analyzeBench(base, head, otherRunner);
    expect(analysis.offset?.applied).toBe(true);
    expect(analysis.offset?.ratio).toBeCloseTo(1.06, 1);
    expect(analysis.offset?.suspectedRunnerShift).toBe(false);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual(['BM_4']);
    const corrected = analysis.comparisons.find((c) => c.name === 'BM_4');
    expect(corrected?.ratio).toBeGreaterThan(1.2);
    expect(corrected?.ratio).toBeLessThan(1.3);
  });

  it('suspects the runner, not the code, when everything moved alike from another runner', () => {
    const { base, head } = suite({ count: 30, n: 10, cv: 0.02, factor: () => 1.25 });
    const other = analyzeBench(base, head, otherRunner);
    expect(other.offset?.suspectedRunnerShift).toBe(true);
    expect(byVerdict(other.comparisons, 'regressed')).toEqual([]);
    // The same data measured in one job is a real, suite-wide regression.
    const same = analyzeBench(base, head, sameJob);
    expect(same.offset).toBeUndefined();
    expect(byVerdict(same.comparisons, 'regressed')).toHaveLength(30);
  });

  it('warns at most on single values, unless told to fail', () => {
    const single: BenchmarkSeries = {
      name: 'a',
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'summary',
      samples: [100],
      source: { file: 'b' },
    };
    const base = [single];
    const head = [{ ...single, samples: [130] }];
    const warned = analyzeBench(base, head, sameJob);
    expect(warned.comparisons[0]).toMatchObject({
      verdict: 'inconclusive',
      method: 'single-value',
    });
    expect(warned.comparisons[0]?.ratio).toBeCloseTo(1.3, 10);
    const failed = analyzeBench(base, head, { ...sameJob, singleValue: 'fail' });
    expect(failed.comparisons[0]?.verdict).toBe('regressed');
    // A reported spread as wide as the change keeps it inconclusive even under `fail`.
    const noisy = analyzeBench(
      [{ ...single, reportedRelativeSpread: 0.2 }],
      [{ ...single, samples: [130], reportedRelativeSpread: 0.2 }],
      { ...sameJob, singleValue: 'fail' },
    );
    expect(noisy.comparisons[0]?.verdict).toBe('inconclusive');
  });

  it('applies ignore patterns, per-benchmark thresholds and direction overrides', () => {
    const { base, head } = suite({
      count: 3,
      n: 10,
      cv: 0.01,
      factor: (i) => [1.3, 1.3, 0.7][i] ?? 1,
    });
    const analysis = analyzeBench(base, head, {
      ...sameJob,
      ignore: ['BM_0'],
      thresholds: [{ pattern: 'BM_*', value: 0.5 }],
      directions: [{ pattern: 'BM_2', value: 'bigger-is-better' }],
    });
    expect(analysis.ignored).toEqual(['BM_0']);
    expect(analysis.comparisons.map((c) => c.name).sort()).toEqual(['BM_1', 'BM_2']);
    // 30% is within the 50% threshold; BM_2 got 30% smaller and is now bigger-is-better.
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual([]);
    expect(analysis.comparisons.find((c) => c.name === 'BM_1')?.verdict).toBe('unchanged');
    expect(analysis.comparisons.find((c) => c.name === 'BM_2')?.direction).toBe('bigger-is-better');
  });

  it('lists benchmarks present on one side only', () => {
    const { base, head } = suite({ count: 3, n: 5, cv: 0.01 });
    const analysis = analyzeBench(base.slice(0, 2), head.slice(1), sameJob);
    expect(analysis.added).toEqual(['BM_2']);
    expect(analysis.removed).toEqual(['BM_0']);
  });

  it('pools the noise of a suite whose benchmarks are alike, so 8 repetitions can decide', () => {
    const { base, head } = suite({ count: 50, n: 8, cv: 0.05, factor: (i) => (i === 0 ? 1.3 : 1) });
    const analysis = analyzeBench(base, head, sameJob);
    // Equal noise everywhere: the prior is worth more than each benchmark's own 14 degrees of freedom.
    expect(analysis.noisePooling?.benchmarks).toBe(50);
    expect(analysis.noisePooling?.priorDf).toBeGreaterThan(14);
    expect(analysis.sensitivity?.pValueFloor).toBeUndefined();
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual(['BM_0']);
  });

  // Intentional change (issue 15): this suite used to be undecidable (every p-value floored at
  // 1/252, which Holm's correction across 50 can never pass); pooled, its noise model is backed by
  // the suite, and the claim that fails is tested against the threshold.
  it('decides with 5 repetitions per side when the noise is pooled across the suite', () => {
    const { base, head } = suite({ count: 50, n: 5, cv: 0.01, factor: (i) => (i === 0 ? 2 : 1) });
    const analysis = analyzeBench(base, head, sameJob);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual(['BM_0']);
    expect(analysis.comparisons[0]?.pValue).toBeLessThan(1 / 252);
    expect(analysis.sensitivity).toMatchObject({
      baseRepetitions: 5,
      headRepetitions: 5,
      benchmarks: 50,
      correction: 'holm',
      level: 0.001,
    });
    expect(analysis.sensitivity?.pValueFloor).toBeUndefined();
    // 1% noise: a regression of about 12% fails 80% of the time (threshold 10%).
    expect(analysis.sensitivity?.detectableChange).toBeGreaterThan(0.1);
    expect(analysis.sensitivity?.detectableChange).toBeLessThan(0.15);
    expect(analysis.sensitivity?.repetitionsNeeded).toBeUndefined();
  });

  it('keeps the permutation floor where the noise rests on a benchmark of its own, and says so', () => {
    // Two benchmarks cannot be pooled: 3 repetitions per side can give p = 1/20 at best, and
    // Holm across 2 asks for 0.025.
    const { base, head } = suite({ count: 2, n: 3, cv: 0.01, factor: (i) => (i === 0 ? 2 : 1) });
    const analysis = analyzeBench(base, head, sameJob);
    expect(analysis.noisePooling).toBeUndefined();
    expect(analysis.comparisons[0]?.pValue).toBeCloseTo(1 / 20, 12);
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual([]);
    expect(byVerdict(analysis.comparisons, 'inconclusive')).toEqual(['BM_0']);
    expect(analysis.sensitivity?.detectableChange).toBe(Number.POSITIVE_INFINITY);
    expect(analysis.sensitivity?.pValueFloor).toBeCloseTo(1 / 20, 12);
    // 4 per side give 1/70 < 0.025: the advice is the first count that can pass.
    expect(analysis.sensitivity?.repetitionsNeeded).toBe(4);
    expect(analysis.comparisons[0]?.repetitionsNeeded).toBe(4);
  });

  it('does not pool a benchmark whose noise the suite cannot explain (3 of 5 samples slowed)', () => {
    const { base, head } = suite({ count: 50, n: 5, cv: 0.02, seed: 11 });
    // Interference on 3 of the 5 head repetitions of one benchmark: too many to leave out.
    const slowed = head.map((s, i) =>
      i === 3 ? { ...s, samples: s.samples.map((v, j) => v * ([1, 1, 1.4, 1.9, 2.6][j] ?? 1)) } : s,
    );
    const analysis = analyzeBench(base, slowed, sameJob);
    expect(analysis.noisePooling?.outlying).toBe(1);
    const doubtful = analysis.comparisons.find((c) => c.name === 'BM_3');
    expect(doubtful?.ratio).toBeGreaterThan(1.1);
    expect(doubtful?.verdict).toBe('inconclusive');
    expect(byVerdict(analysis.comparisons, 'regressed')).toEqual([]);
  });

  it('judges unequal sides by their own repetitions (4 base, 20 head)', () => {
    const random = createRandom(21);
    const base = Array.from({ length: 18 }, (_, i) => series(`BM_${i}`, 1000, 4, 0.01, random));
    const head = Array.from({ length: 18 }, (_, i) =>
      series(`BM_${i}`, i === 0 ? 94 : 1000, 20, 0.01, random),
    );
    const analysis = analyzeBench(base, head, sameJob);
    const fast = analysis.comparisons[0];
    expect(fast?.ratio).toBeLessThan(0.1);
    expect(fast?.ratioUpper).toBeLessThan(0.9);
    expect(fast?.verdict).toBe('improved');
    expect(analysis.sensitivity).toMatchObject({ baseRepetitions: 4, headRepetitions: 20 });
    expect(analysis.sensitivity?.detectableChange).toBeLessThan(0.2);
  });

  it('never advises fewer repetitions than an inconclusive benchmark already has', () => {
    // Mixed suites (noise, repetitions, changes near the threshold): every inconclusive verdict's
    // advice is beyond its own repetitions, and a suite whose note says a lone regression cannot
    // pass has no regressed benchmark with those repetitions.
    let inconclusive = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = createRandom(seed);
      const n = 3 + (seed % 6);
      const count = seed % 7 === 0 ? 2 : 12;
      const cv = [0.01, 0.04, 0.1][seed % 3] ?? 0.04;
      const base = Array.from({ length: count }, (_, i) => series(`BM_${i}`, 1000, n, cv, random));
      const head = Array.from({ length: count }, (_, i) =>
        series(`BM_${i}`, 1000 * (1 + (i % 4) * 0.07), n, cv, random),
      );
      const analysis = analyzeBench(base, head, sameJob);
      for (const c of analysis.comparisons) {
        if (c.verdict !== 'inconclusive' || c.repetitionsNeeded === undefined) continue;
        inconclusive += 1;
        expect(c.repetitionsNeeded).toBeGreaterThan(Math.min(c.base.n, c.head.n));
      }
      if (analysis.sensitivity?.detectableChange === Number.POSITIVE_INFINITY) {
        expect(byVerdict(analysis.comparisons, 'regressed')).toEqual([]);
      }
    }
    expect(inconclusive).toBeGreaterThan(5);
  });

  it("keeps each benchmark's own noise when the suite's noise levels differ widely", () => {
    const random = createRandom(9);
    const cvs = [0.002, 0.005, 0.01, 0.03, 0.08, 0.2];
    const base = cvs.map((cv, i) => series(`BM_${i}`, 1000, 10, cv, random));
    const head = cvs.map((cv, i) => series(`BM_${i}`, 1000, 10, cv, random));
    const analysis = analyzeBench(base, head, sameJob);
    expect(analysis.noisePooling?.benchmarks).toBe(6);
    expect(analysis.noisePooling?.priorDf).toBeLessThan(2);
  });

  it('does not mutate its inputs', () => {
    const { base, head } = suite({ count: 3, n: 5, cv: 0.05 });
    const frozen = (list: BenchmarkSeries[]): BenchmarkSeries[] =>
      Object.freeze(
        list.map((s) =>
          Object.freeze({ ...s, samples: Object.freeze([...s.samples]) as number[] }),
        ),
      ) as BenchmarkSeries[];
    expect(() => analyzeBench(frozen(base), frozen(head), otherRunner)).not.toThrow();
  });

  it('leaves far-too-slow samples out of the test, in the direction that is slow', () => {
    const { base, head } = suite({ count: 2, n: 10, cv: 0.02, factor: () => 1.2, seed: 4 });
    // Interference: one base time 3× too slow; one throughput-like benchmark 3× too low.
    const slowBase = base.map((s, i) =>
      i === 0 ? { ...s, samples: s.samples.map((v, j) => (j === 2 ? v * 3 : v)) } : s,
    );
    const analysis = analyzeBench(slowBase, head, sameJob);
    const timed = analysis.comparisons.find((c) => c.name === 'BM_0');
    expect(timed?.base.excluded).toBe(1);
    expect(timed?.head.excluded).toBe(0);
    expect(timed?.verdict).toBe('regressed');
    // A fast sample is not interference: kept.
    const fastBase = base.map((s, i) =>
      i === 0 ? { ...s, samples: s.samples.map((v, j) => (j === 2 ? v / 3 : v)) } : s,
    );
    expect(
      analyzeBench(fastBase, head, sameJob).comparisons.find((c) => c.name === 'BM_0')?.base
        .excluded,
    ).toBe(0);
    const rates = suite({ count: 1, n: 10, cv: 0.02, seed: 5, direction: 'bigger-is-better' });
    const lowRate = rates.base.map((s) => ({
      ...s,
      samples: s.samples.map((v, j) => (j === 0 ? v / 3 : v)),
    }));
    expect(analyzeBench(lowRate, rates.head, sameJob).comparisons[0]?.base.excluded).toBe(1);
  });

  it('handles identical samples on both sides', () => {
    const same: BenchmarkSeries = {
      name: 'flat',
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
      samples: [5, 5, 5, 5],
      source: { file: 'x' },
    };
    const analysis = analyzeBench([same], [same], sameJob);
    expect(analysis.comparisons[0]).toMatchObject({ verdict: 'unchanged', ratio: 1, pValue: 1 });
  });
});
