import type { Direction } from '../types.js';

/** How a tool's unit maps to the canonical unit of the gate. */
export interface UnitConversion {
  /** Canonical unit: `ns`, `B`, `ops/s`, `B/s`, or the tool's own unit when it is none of those. */
  unit: string;
  /** Multiply a value in the tool's unit by this to get the canonical unit. */
  factor: number;
  /** What the quantity is; `other` leaves direction to the caller. */
  kind: 'time' | 'memory' | 'operation-rate' | 'byte-rate' | 'other';
  /** Direction implied by the kind; `undefined` for `other`. */
  direction: Direction | undefined;
}

/** Nanoseconds per unit of time, for every spelling the supported tools write. */
const NANOSECONDS_PER: Readonly<Record<string, number>> = {
  ps: 1e-3,
  ns: 1,
  nanosecond: 1,
  nanoseconds: 1,
  us: 1e3,
  µs: 1e3, // U+00B5 micro sign
  μs: 1e3, // U+03BC Greek mu, which some tools print instead
  microsecond: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  millisecond: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  second: 1e9,
  seconds: 1e9,
  min: 60e9,
};

/**
 * Bytes per unit of memory. K/M/G are decimal (Go's `MB/s` is 10^6 bytes per second, see
 * testing.BenchmarkResult.mbPerSec); the IEC KiB/MiB/GiB are binary.
 */
const BYTES_PER: Readonly<Record<string, number>> = {
  B: 1,
  byte: 1,
  bytes: 1,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

/** Operations: the numerator of a throughput unit such as `ops/s`. */
const OPERATION_WORDS = new Set(['op', 'ops', 'operation', 'operations']);

/**
 * Maps a unit as a tool writes it to the canonical unit, the factor to get there and the direction
 * it implies. Time per operation (`ns/op`, `us/op`, `ns/iter`) is a time; bytes per operation
 * (`B/op`) a memory; operations per time (`ops/s`, `ops/ms`, `ops/sec`) an operation rate; bytes per
 * time (`MB/s`) a byte rate. Anything else (`allocs/op`, `cycles/iter`, `req/s`, `Percent`) is kept
 * as written, with factor 1 and no implied direction.
 */
export function convertUnit(toolUnit: string): UnitConversion {
  const unit = toolUnit.trim();
  const [numerator = '', denominator, ...rest] = unit.split('/');
  if (rest.length === 0) {
    const perOperation =
      denominator === undefined || denominator === 'op' || denominator === 'iter';
    const timeFactor = NANOSECONDS_PER[numerator];
    if (perOperation && timeFactor !== undefined) {
      return { unit: 'ns', factor: timeFactor, kind: 'time', direction: 'smaller-is-better' };
    }
    const byteFactor = BYTES_PER[numerator];
    if (perOperation && byteFactor !== undefined) {
      return { unit: 'B', factor: byteFactor, kind: 'memory', direction: 'smaller-is-better' };
    }
    const perTime = denominator === undefined ? undefined : NANOSECONDS_PER[denominator];
    if (perTime !== undefined && OPERATION_WORDS.has(numerator)) {
      return {
        unit: 'ops/s',
        factor: 1e9 / perTime,
        kind: 'operation-rate',
        direction: 'bigger-is-better',
      };
    }
    if (perTime !== undefined && byteFactor !== undefined) {
      return {
        unit: 'B/s',
        factor: (byteFactor * 1e9) / perTime,
        kind: 'byte-rate',
        direction: 'bigger-is-better',
      };
    }
  }
  return { unit, factor: 1, kind: 'other', direction: undefined };
}

/** How a metric moves with the slowness of the machine: with it, against it, or not at all. */
export type RunnerExponent = 1 | -1 | 0;

/**
 * How a metric of `unit` (as a tool writes it, or canonical) moves with the slowness of the
 * machine that measured it, as the power of the slowness: a time per operation with it (1), a
 * rate against it (−1), memory and allocation counts (Go's B/op and allocs/op) not at all (0).
 * A unit the gate cannot classify moves like a time if smaller is better (a cost), like a rate
 * if bigger is; only counts of allocations are known to be machine-independent among them.
 * @example runnerSpeedExponent('ns', 'smaller-is-better') // 1
 * @example runnerSpeedExponent('allocs/op', 'smaller-is-better') // 0
 */
export function runnerSpeedExponent(unit: string, direction: Direction): RunnerExponent {
  switch (convertUnit(unit).kind) {
    case 'time':
      return 1;
    case 'operation-rate':
    case 'byte-rate':
      return -1;
    case 'memory':
      return 0;
    case 'other':
      if (/^allocs?\b/i.test(unit.trim())) return 0;
      return direction === 'smaller-is-better' ? 1 : -1;
  }
}

/** True when the unit is a time (or time per operation) that converts to `ns`. */
export function isTimeUnit(toolUnit: string): boolean {
  return convertUnit(toolUnit).kind === 'time';
}

/**
 * Direction for a unit the gate cannot classify, following benchstat's convention: a rate (a unit
 * ending in `/s`) is bigger-is-better, anything else (a count or cost per operation) smaller-is-better.
 */
export function directionOfOtherUnit(unit: string): Direction {
  return /\/(s|sec|second)$/.test(unit) ? 'bigger-is-better' : 'smaller-is-better';
}
