/**
 * Simulated soak runs for the gate's tests, as plain `timestamp,series,value` CSV: the truth is
 * known by construction (the leak rate, the latency step), so the tests check the gate finds it.
 * One hour sampled every 15 s: a warm-up ramp, a GC sawtooth and AR(1) noise on memory, AR(1)
 * noise on latency, a small error ratio.
 */
import { createRandom, normalSample } from '../../../src/stats/index.js';

/** What to simulate. */
export interface Night {
  /** Memory growth after the warm-up, in percent of the settled level per hour. */
  leakPercentPerHour: number;
  seed: number;
  /** Start, seconds since the epoch. */
  start?: number;
  /** p99 latency level in ms (default 180). */
  p99?: number;
  /** Error ratio level (default 0.0003). */
  errorRatio?: number;
  /** Name of the memory series (default process_resident_memory_bytes). */
  memoryName?: string;
}

const MiB = 1024 * 1024;

/** The CSV text of one simulated hour. */
export function simulateNight(night: Night): string {
  const random = createRandom(night.seed);
  const start = night.start ?? 1_796_590_800;
  const name = night.memoryName ?? 'process_resident_memory_bytes';
  const csvName = /[",\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
  let memoryNoise = 0;
  let latencyNoise = 0;
  const rows = ['timestamp,series,value'];
  for (let i = 0; i < 240; i += 1) {
    const seconds = i * 15;
    const minutes = seconds / 60;
    const settled = 400 * MiB;
    const ramp = 150 * MiB + (settled - 150 * MiB) * (1 - Math.exp(-minutes / 2.5));
    const leak = (settled * night.leakPercentPerHour * minutes) / 6000;
    const sawtooth = 10 * MiB * ((seconds % 90) / 90);
    memoryNoise = 0.8 * memoryNoise + normalSample(random, 0, 1.2 * MiB);
    latencyNoise = 0.6 * latencyNoise + normalSample(random, 0, 8);
    const t = start + seconds;
    rows.push(`${t},${csvName},${Math.round(ramp + leak + sawtooth + memoryNoise)}`);
    rows.push(`${t},latency_p99_ms,${((night.p99 ?? 180) + latencyNoise).toFixed(1)}`);
    const ratio = Math.max(0, normalSample(random, night.errorRatio ?? 0.0003, 0.0001));
    rows.push(`${t},error_ratio,${ratio.toFixed(6)}`);
  }
  return `${rows.join('\n')}\n`;
}
