import { describe, expect, it } from 'vitest';
import { parseFixture, seriesNamed } from './fixture.js';

describe('Julia BenchmarkTools JSON', () => {
  // The file lists "20" before "10", but JSON.parse orders integer-like keys numerically.
  it('names benchmarks by their group keys and reads TrialEstimates as summaries', () => {
    const file = parseFixture('extract/julia_output.json');
    expect(file.format).toBe('julia');
    expect(file.benchmarks.map((s) => [s.name, s.unit, s.kind, s.samples])).toEqual([
      ['fib/10', 'ns', 'summary', [246.03846153846155]],
      ['fib/10 (memory)', 'B', 'summary', [0]],
      ['fib/10 (allocs)', 'allocs', 'summary', [0]],
      ['fib/20', 'ns', 'summary', [31028]],
      ['fib/20 (memory)', 'B', 'summary', [0]],
      ['fib/20 (allocs)', 'allocs', 'summary', [0]],
    ]);
    expect(seriesNamed(file, 'fib/10').extra).toEqual({ type: 'TrialEstimate', evals: 390 });
  });

  it('reads every time of a Trial as a repetition', () => {
    const file = parseFixture('constructed/julia_trial.json');
    expect(seriesNamed(file, 'fib/20')).toMatchObject({
      kind: 'repetitions',
      samples: [31028, 30987, 31112, 31544, 30999],
      direction: 'smaller-is-better',
    });
    expect(seriesNamed(file, 'fib/10').kind).toBe('summary');
  });
});
