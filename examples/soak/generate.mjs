// Writes nightly-run.csv: one simulated hour of a service under load, sampled every 15 s, in the
// soak gate's plain `timestamp,series,value` format. Deterministic (seeded), so the file only
// changes when this script does. Run: node examples/soak/generate.mjs
//
// What is in it, so the demo has something to find:
// - process_resident_memory_bytes: a warm-up ramp from 180 MiB towards 420 MiB over the first
//   minutes (caches filling, JIT), a GC sawtooth (90 s period, 8 MiB), AR(1) noise, and a leak
//   of 3% of the settled level per hour: the gate fails it against the default 1%/h.
// - http_req_duration_p95_ms and _p99_ms: flat with AR(1) noise, then a step up at +35 min
//   (a slow query after a cache eviction): E-Divisive finds it.
// - error_ratio: around 0.03% bad requests, well inside an `error_ratio < 0.001` objective.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const START = 1796590800; // 2026-12-06T21:00:00Z, a nightly job's start
const STEP = 15;
const POINTS = 240; // one hour
const MiB = 1024 * 1024;

/** mulberry32: a small seeded generator, enough for demo noise. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const uniform = random(20261206);
/** Standard normal by Box–Muller. */
function normal() {
  const u = Math.max(uniform(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}
/** AR(1) noise with coefficient phi and stationary standard deviation sd. */
function ar1(phi, sd) {
  let x = 0;
  const innovation = sd * Math.sqrt(1 - phi * phi);
  return () => (x = phi * x + innovation * normal());
}

const memoryNoise = ar1(0.8, 1.5 * MiB);
const p95Noise = ar1(0.6, 6);
const p99Noise = ar1(0.6, 10);
const rows = ['timestamp,series,value'];
for (let i = 0; i < POINTS; i += 1) {
  const t = START + i * STEP;
  const minutes = (i * STEP) / 60;
  const settled = 420 * MiB;
  const ramp = 180 * MiB + (settled - 180 * MiB) * (1 - Math.exp(-minutes / 2.5));
  const leak = settled * 0.03 * (minutes / 60);
  const sawtooth = 8 * MiB * (((i * STEP) % 90) / 90);
  const memory = ramp + leak + sawtooth + memoryNoise();
  const step = minutes >= 35 ? 1 : 0;
  const p95 = 120 + 22 * step + p95Noise();
  const p99 = 185 + 30 * step + p99Noise();
  const errors = Math.max(0, 0.0003 + 0.0001 * normal());
  rows.push(`${t},process_resident_memory_bytes,${Math.round(memory)}`);
  rows.push(`${t},http_req_duration_p95_ms,${p95.toFixed(1)}`);
  rows.push(`${t},http_req_duration_p99_ms,${p99.toFixed(1)}`);
  rows.push(`${t},error_ratio,${errors.toFixed(6)}`);
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'nightly-run.csv'), `${rows.join('\n')}\n`);
