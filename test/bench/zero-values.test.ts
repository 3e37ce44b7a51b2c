/**
 * Metrics at zero: Go's `-benchmem` writes `0 B/op  0 allocs/op` for a benchmark that does not
 * allocate, on both sides of most comparisons. The tests work on log values, which have no zero:
 * the gate must neither crash on them nor judge a change from zero by a ratio it cannot form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import { parseBenchFile } from '../../src/gates/bench/parse/parse-bench-file.js';
import { buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { renderComment } from '../../src/report/markdown.js';

/** Real `go test -bench . -benchmem -count 5` output of two packages (see fixtures/SOURCES.md). */
const GO = readFileSync(
  new URL('../fixtures/bench/generated/go_two_packages_count5.txt', import.meta.url),
  'utf8',
);
const parse = (text: string) => parseBenchFile({ path: 'go.txt', text }).benchmarks;
const options = { ...defaultAnalysisOptions, baselineFrom: 'same-job' as const };
const FIB_ALLOCS = 'example.com/benchfixture/fib.BenchmarkFib10-2 (allocs/op)';

describe('metrics at zero', () => {
  it('compares zero with zero as unchanged, beside the metrics a ratio can judge', () => {
    const analysis = analyzeBench(parse(GO), parse(GO), options);
    const allocs = analysis.comparisons.find((c) => c.name === FIB_ALLOCS);
    expect(allocs).toMatchObject({ verdict: 'unchanged', ratio: 1 });
    expect(allocs?.base.median).toBe(0);
    expect(analysis.withoutRatio).toBeUndefined();
    // Every metric of the file is compared, the ones at zero included.
    expect(analysis.comparisons.length).toBe(parse(GO).length);
    expect(
      buildBenchVerdict(analysis, { key: 'default', baseline: { kind: 'files', label: 'go.txt' } })
        .status,
    ).toBe('pass');
  });

  it('lists a change from zero with its medians, not judged, and says why', () => {
    // The head allocates: 0 allocs/op becomes 2 in every run.
    const head = GO.replace(
      /(BenchmarkFib10-2\s+\d+\s+[\d.]+ ns\/op\s+)0 B\/op\s+0 allocs\/op/g,
      '$116 B/op\t       2 allocs/op',
    );
    expect(head).not.toBe(GO);
    const analysis = analyzeBench(parse(GO), parse(head), options);
    expect(analysis.withoutRatio).toEqual([
      {
        name: 'example.com/benchfixture/fib.BenchmarkFib10-2 (B/op)',
        unit: 'B',
        baseMedian: 0,
        headMedian: 16,
      },
      { name: FIB_ALLOCS, unit: 'allocs/op', baseMedian: 0, headMedian: 2 },
    ]);
    expect(analysis.comparisons.some((c) => c.name === FIB_ALLOCS)).toBe(false);
    const verdict = buildBenchVerdict(analysis, {
      key: 'default',
      baseline: { kind: 'files', label: 'go.txt' },
    });
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(
      /2 metrics changed to or from zero .* not judged/,
    );
    const comment = renderComment(verdict, { version: '0' });
    expect(comment).toContain('Changed to or from zero, not judged');
    expect(comment).toMatch(/\| 0 allocs\/op \| 2 allocs\/op \|/);
  });
});
