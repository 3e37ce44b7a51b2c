/**
 * End-to-end cost of the bench gate (`npm run bench`): the CLI bundle parses, compares and
 * renders 1,000 benchmarks × 30 repetitions per side in Google Benchmark's JSON format. Wall time
 * and peak memory (max RSS of the child process) are printed, with a peer figure from the same
 * run: a Node process that only reads and JSON.parses the same two files, the floor any tool
 * reading them pays. Target: under 2 s wall time on these 2-core machines.
 *
 * Run: npx tsx bench/gate.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRandom, normalSample } from '../src/stats/index.js';

const BENCHMARKS = 1000;
const REPETITIONS = 30;
const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/index.mjs');

/** A Google Benchmark JSON file as the library writes it (iteration rows, then aggregates). */
function googleBenchmarkFile(random: () => number, factorOf: (i: number) => number): string {
  const rows: object[] = [];
  for (let i = 0; i < BENCHMARKS; i += 1) {
    const name = `BM_Work/${i}`;
    const times: number[] = [];
    for (let r = 0; r < REPETITIONS; r += 1) {
      const time = 1000 * (1 + (i % 50)) * factorOf(i) * Math.exp(normalSample(random, 0, 0.03));
      times.push(time);
      rows.push({
        name,
        family_index: i,
        per_family_instance_index: 0,
        run_name: name,
        run_type: 'iteration',
        repetitions: REPETITIONS,
        repetition_index: r,
        threads: 1,
        iterations: 100000,
        real_time: time,
        cpu_time: time * 0.99,
        time_unit: 'ns',
      });
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    rows.push({
      name: `${name}_mean`,
      run_name: name,
      run_type: 'aggregate',
      aggregate_name: 'mean',
      repetitions: REPETITIONS,
      threads: 1,
      iterations: REPETITIONS,
      real_time: mean,
      cpu_time: mean,
      time_unit: 'ns',
    });
  }
  return JSON.stringify(
    {
      context: { date: '2026-11-23T00:00:00+00:00', num_cpus: 2, library_build_type: 'release' },
      benchmarks: rows,
    },
    null,
    2,
  );
}

/** Runs a child Node process; returns wall time (ms) and peak RSS (MiB) measured inside it. */
function measure(args: string[]): { ms: number; rssMiB: number; status: number | null } {
  // The child reports its own peak RSS at exit (resourceUsage's maxRSS is in KiB).
  const report = `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'))`;
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  const rss = /MAXRSS (\d+)/.exec(result.stderr)?.[1];
  return { ms, rssMiB: Number(rss ?? 0) / 1024, status: result.status };
}

export function runGateBenchmark(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kaizen-bench-'));
  const random = createRandom(7);
  const base = join(dir, 'base.json');
  const head = join(dir, 'head.json');
  writeFileSync(
    base,
    googleBenchmarkFile(random, () => 1),
  );
  writeFileSync(
    head,
    googleBenchmarkFile(random, (i) => (i % 100 === 0 ? 1.3 : 1)),
  );

  const runs = 3;
  const gate: ReturnType<typeof measure>[] = [];
  const peer: ReturnType<typeof measure>[] = [];
  for (let i = 0; i < runs; i += 1) {
    gate.push(
      measure([
        cli,
        'bench',
        '--baseline',
        base,
        '--current',
        head,
        '--quiet',
        '--json',
        join(dir, 'v.json'),
        '--markdown',
        join(dir, 'c.md'),
      ]),
    );
    peer.push(
      measure([
        '-e',
        `const fs = require('fs'); for (const f of ${JSON.stringify([base, head])}) JSON.parse(fs.readFileSync(f, 'utf8'));`,
      ]),
    );
  }
  const best = (xs: { ms: number }[]): number => Math.min(...xs.map((x) => x.ms));
  const peak = (xs: { rssMiB: number }[]): number => Math.max(...xs.map((x) => x.rssMiB));
  if (gate.some((g) => g.status !== 1))
    throw new Error('bench/gate.ts: the gate did not fail on the planted regressions');
  const wall = best(gate);
  console.log(
    `bench gate end to end: ${BENCHMARKS} benchmarks x ${REPETITIONS} repetitions per side (best of ${runs})`,
  );
  console.log(`  gate:  ${wall.toFixed(0)} ms wall, ${peak(gate).toFixed(0)} MiB peak RSS`);
  console.log(
    `  peer (read + JSON.parse only): ${best(peer).toFixed(0)} ms, ${peak(peer).toFixed(0)} MiB`,
  );
  console.log(
    `  ratio gate/peer: ${(wall / best(peer)).toFixed(2)}x time, ${(peak(gate) / peak(peer)).toFixed(2)}x memory`,
  );
  console.log(`  target < 2000 ms: ${wall < 2000 ? 'met' : 'MISSED'}`);
  if (wall >= 2000) process.exitCode = 1;
}
