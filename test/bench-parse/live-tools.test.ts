/**
 * Conformance with the installed tools: run each real benchmark tool briefly and parse what it
 * wrote, so a new tool version that changes its output is caught here, not by users.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { skipWithout, toolAvailable } from '../support/tools.js';

const work = (): string => mkdtempSync(join(tmpdir(), 'kaizen-live-'));

describe.skipIf(skipWithout('hyperfine', toolAvailable('hyperfine'), 'apt-get install hyperfine'))(
  'hyperfine (live)',
  () => {
    it('reads every run of every command of a real export', () => {
      const dir = work();
      const out = join(dir, 'hyperfine.json');
      execFileSync(
        'hyperfine',
        ['--runs', '7', '--warmup', '1', '--export-json', out, '-N', 'true', 'sleep 0.002'],
        {
          stdio: 'ignore',
        },
      );
      const parsed = parseBenchFile({ path: out, text: readFileSync(out, 'utf8') });
      expect(parsed.format).toBe('hyperfine');
      expect(parsed.benchmarks.map((b) => b.name)).toEqual(['true', 'sleep 0.002']);
      for (const b of parsed.benchmarks) {
        expect(b).toMatchObject({
          unit: 'ns',
          direction: 'smaller-is-better',
          kind: 'repetitions',
        });
        expect(b.samples).toHaveLength(7);
      }
      // sleep 2 ms takes at least 2 ms: the seconds were converted to nanoseconds.
      expect(Math.min(...(parsed.benchmarks[1]?.samples ?? []))).toBeGreaterThan(2e6);
    });
  },
);

const hasGoogleBenchmark =
  toolAvailable('g++') &&
  spawnSync('sh', ['-c', 'test -f /usr/include/benchmark/benchmark.h']).status === 0;

describe.skipIf(
  skipWithout('Google Benchmark', hasGoogleBenchmark, 'apt-get install libbenchmark-dev g++'),
)('Google Benchmark (live)', () => {
  it('reads the repetitions of a real build and leaves the aggregates out', () => {
    const dir = work();
    writeFileSync(
      join(dir, 'b.cc'),
      `#include <benchmark/benchmark.h>
#include <vector>
static void BM_Fill(benchmark::State& s) {
  for (auto _ : s) { std::vector<int> v(s.range(0), 1); benchmark::DoNotOptimize(v.data()); }
  s.SetBytesProcessed(s.iterations() * s.range(0) * sizeof(int));
}
BENCHMARK(BM_Fill)->Arg(64)->Arg(4096);
BENCHMARK_MAIN();
`,
    );
    execFileSync('g++', [
      '-O2',
      join(dir, 'b.cc'),
      '-o',
      join(dir, 'b'),
      '-lbenchmark',
      '-lpthread',
    ]);
    const out = join(dir, 'out.json');
    execFileSync(
      join(dir, 'b'),
      [
        '--benchmark_repetitions=4',
        '--benchmark_min_time=0.01',
        `--benchmark_out=${out}`,
        '--benchmark_out_format=json',
      ],
      {
        stdio: 'ignore',
      },
    );
    const parsed = parseBenchFile({ path: out, text: readFileSync(out, 'utf8') });
    expect(parsed.format).toBe('google-benchmark');
    const names = parsed.benchmarks.map((b) => b.name).sort();
    expect(names).toEqual([
      'BM_Fill/4096',
      'BM_Fill/4096 (bytes_per_second)',
      'BM_Fill/64',
      'BM_Fill/64 (bytes_per_second)',
    ]);
    for (const b of parsed.benchmarks) expect(b.samples).toHaveLength(4);
    expect(
      parsed.benchmarks.find((b) => b.name === 'BM_Fill/64 (bytes_per_second)')?.direction,
    ).toBe('bigger-is-better');
  });
});

describe.skipIf(skipWithout('go', toolAvailable('go', ['version']), 'apt-get install golang-go'))(
  'go test -bench (live)',
  () => {
    it('reads every -count run with its -benchmem metrics', () => {
      const dir = work();
      mkdirSync(join(dir, 'fib'));
      writeFileSync(join(dir, 'go.mod'), 'module example.com/live\n\ngo 1.19\n');
      writeFileSync(
        join(dir, 'fib', 'fib_test.go'),
        `package fib
import "testing"
func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
func BenchmarkFib(b *testing.B) { for i := 0; i < b.N; i++ { _ = make([]byte, 16); fib(10) } }
`,
      );
      const output = execFileSync(
        'go',
        [
          'test',
          '-run',
          '^$',
          '-bench',
          '.',
          '-count',
          '3',
          '-benchtime',
          '2000x',
          '-benchmem',
          './...',
        ],
        {
          cwd: dir,
          encoding: 'utf8',
          env: {
            ...process.env,
            GOFLAGS: '-mod=mod',
            GOPROXY: 'off',
            GOCACHE: join(dir, '.cache'),
            HOME: dir,
          },
        },
      );
      const parsed = parseBenchFile({ path: 'go.txt', text: output });
      expect(parsed.format).toBe('go');
      const time = parsed.benchmarks.find((b) => /^BenchmarkFib(-\d+)?$/.test(b.name));
      expect(time?.samples).toHaveLength(3);
      expect(time?.unit).toBe('ns');
      const allocs = parsed.benchmarks.find((b) => b.name.endsWith('(allocs/op)'));
      expect(allocs?.samples).toHaveLength(3);
      expect(parsed.benchmarks.some((b) => b.name.endsWith('(B/op)') && b.unit === 'B')).toBe(true);
    });
  },
);
