import { normalSample } from '../../../src/stats/index.js';
import type { SeriesPoint } from '../../../src/gates/soak/types.js';

/** Parameters of one simulated memory series of a soak run. */
export interface MemoryRunModel {
  /** Steady level, e.g. 200e6 bytes. */
  level: number;
  /** Growth in percent of `level` per hour (0: no leak), linear from the start. */
  leakPercentPerHour: number;
  /** AR(1) coefficient of the noise between consecutive samples. */
  phi: number;
  /** Marginal standard deviation of the AR(1) noise, as a fraction of `level`. */
  noise: number;
  /** Run length and sampling interval, seconds. */
  durationSeconds: number;
  stepSeconds: number;
  /** Warm-up: the level starts at (1 − depth)·level and approaches it as exp(−t/τ). */
  warmupDepth: number;
  warmupTauSeconds: number;
  /** GC sawtooth: peak-to-peak amplitude (fraction of level) and period in seconds. */
  gcAmplitude: number;
  gcPeriodSeconds: number;
  /** Epoch seconds of the first sample. */
  start: number;
}

/**
 * Draws the varying parts of a model: τ of the warm-up uniform in [60, 240] s (the ramp lasts
 * 5–20 minutes), depth in [0.3, 0.5], GC period uniform in [60, 180] s with amplitude in
 * [2%, 4%] of the level. What a JVM or Go service's RSS looks like under steady load.
 */
export function drawMemoryModel(
  random: () => number,
  fixed: Pick<MemoryRunModel, 'leakPercentPerHour' | 'phi' | 'noise'> & Partial<MemoryRunModel>,
): MemoryRunModel {
  return {
    level: 200e6,
    durationSeconds: 3600,
    stepSeconds: 10,
    warmupDepth: 0.3 + 0.2 * random(),
    warmupTauSeconds: 60 + 180 * random(),
    gcAmplitude: 0.02 + 0.02 * random(),
    gcPeriodSeconds: 60 + 120 * random(),
    start: 1_764_968_400,
    ...fixed,
  };
}

/**
 * One simulated memory series: level · (1 + leak·t − depth·e^(−t/τ)) + GC sawtooth + AR(1)
 * noise started from its stationary distribution, sampled every `stepSeconds` (jittered by up
 * to ±0.5 s, as scrapes are).
 */
export function simulateMemory(random: () => number, model: MemoryRunModel): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  const innovation = model.noise * Math.sqrt(1 - model.phi * model.phi);
  let ar = normalSample(random, 0, model.noise);
  const phase = random() * model.gcPeriodSeconds;
  for (let t = 0; t <= model.durationSeconds; t += model.stepSeconds) {
    const jittered = t + (random() - 0.5);
    const cycle = ((jittered + phase) % model.gcPeriodSeconds) / model.gcPeriodSeconds;
    const relative =
      1 +
      (model.leakPercentPerHour / 100) * (jittered / 3600) -
      model.warmupDepth * Math.exp(-jittered / model.warmupTauSeconds) +
      model.gcAmplitude * (cycle - 0.5) +
      ar;
    points.push({ t: model.start + Math.max(0, jittered), v: model.level * relative });
    ar = model.phi * ar + normalSample(random, 0, innovation);
  }
  return points;
}
