import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit, directionOfOtherUnit } from './units.js';
import { isRecord, numberField, recordField, stringField } from './unknown-value.js';

/** The secondary metric that becomes a series of its own: bytes allocated per operation. */
const ALLOCATION_PER_OPERATION = /gc\.alloc\.rate\.norm$/;

/** True when the JSON value has the shape of JMH's `-rf json` output. */
export function isJmhJson(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : undefined;
  return (
    isRecord(first) && typeof first['benchmark'] === 'string' && isRecord(first['primaryMetric'])
  );
}

/**
 * Reads JMH JSON (`-rf json`). The name is the benchmark's method path, followed by its `@Param`
 * values as `[a=1, b=2]`, and by `:<mode>` when the file holds the same benchmark in several modes.
 * Samples are `primaryMetric.rawData` (every iteration of every fork); in `sample` mode, where JMH
 * writes histograms instead, each iteration's histogram mean is one sample. The unit decides the
 * direction: `ops/s`, `ops/ms` (throughput, `thrpt`) are bigger-is-better and become `ops/s`;
 * `ns/op`, `us/op`, `ms/op`, `s/op` (`avgt`, `sample`, `ss`) are smaller-is-better and become `ns`.
 * Secondary metrics: `gc.alloc.rate.norm` (bytes per operation, the allocation figure that does
 * not depend on speed) becomes a smaller-is-better `<name> (gc.alloc.rate.norm)` series in bytes;
 * the others (`gc.alloc.rate`, `gc.count`, `gc.time`, profiler output) have no single sensible
 * direction and go to `extra` as score and unit.
 */
export function parseJmh(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  if (!Array.isArray(root)) {
    throw new ConfigurationError(
      `${source.path}: not JMH JSON (expected an array of results, as written by -rf json)`,
    );
  }
  const entries = root.map((entry, index) => {
    if (!isRecord(entry))
      throw new ConfigurationError(`${source.path}: result [${index}] is not an object`);
    const benchmark = stringField(entry, 'benchmark');
    const primary = recordField(entry, 'primaryMetric');
    if (benchmark === undefined || primary === undefined) {
      throw new ConfigurationError(
        `${source.path}: result [${index}] needs "benchmark" and "primaryMetric"`,
      );
    }
    const params = Object.entries(recordField(entry, 'params') ?? {})
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ');
    const base = params === '' ? benchmark : `${benchmark}[${params}]`;
    return { entry, base, mode: stringField(entry, 'mode') ?? 'unknown', primary };
  });
  const modesByBase = new Map<string, Set<string>>();
  for (const { base, mode } of entries)
    modesByBase.set(base, (modesByBase.get(base) ?? new Set()).add(mode));

  const benchmarks: BenchmarkSeries[] = [];
  for (const { entry, base, mode, primary } of entries) {
    const name = (modesByBase.get(base)?.size ?? 0) > 1 ? `${base}:${mode}` : base;
    const extra: Record<string, string | number> = { mode };
    for (const key of ['threads', 'forks', 'measurementIterations'] as const) {
      const value = numberField(entry, key);
      if (value !== undefined) extra[key] = value;
    }
    const secondaries = recordField(entry, 'secondaryMetrics') ?? {};
    const separate: BenchmarkSeries[] = [];
    for (const [metricName, metric] of Object.entries(secondaries)) {
      if (!isRecord(metric)) continue;
      if (ALLOCATION_PER_OPERATION.test(metricName)) {
        separate.push(
          metricSeries(source.path, `${name} (${metricName.replace(/^\W+/, '')})`, metric),
        );
        continue;
      }
      const score = numberField(metric, 'score');
      if (score !== undefined)
        extra[metricName] = `${score} ${stringField(metric, 'scoreUnit') ?? ''}`.trim();
    }
    benchmarks.push(metricSeries(source.path, name, primary, extra), ...separate);
  }
  return parsedFile(source.path, 'jmh', benchmarks, []);
}

/** A series from one JMH metric object (`score`, `scoreError`, `scoreUnit`, `rawData` or `rawDataHistogram`). */
function metricSeries(
  path: string,
  name: string,
  metric: Record<string, unknown>,
  extra?: Record<string, string | number>,
): BenchmarkSeries {
  const toolUnit = stringField(metric, 'scoreUnit');
  if (toolUnit === undefined)
    throw new ConfigurationError(`${path}: benchmark "${name}" has no "scoreUnit"`);
  const conversion = convertUnit(toolUnit);
  const raw = rawSamples(path, name, metric);
  const score = numberField(metric, 'score');
  const scoreError = numberField(metric, 'scoreError');
  const samples = raw ?? (score === undefined ? [] : [score]);
  return checkedSeries({
    name,
    unit: conversion.unit,
    direction: conversion.direction ?? directionOfOtherUnit(conversion.unit),
    samples: samples.map((value) => value * conversion.factor),
    kind: raw ? 'repetitions' : 'summary',
    source: { file: path },
    ...(!raw &&
    score !== undefined &&
    scoreError !== undefined &&
    Number.isFinite(scoreError) &&
    score > 0
      ? { reportedRelativeSpread: scoreError / score }
      : {}),
    ...(extra ? { extra } : {}),
  });
}

/**
 * Every iteration's value: `rawData` is forks × iterations of numbers; `rawDataHistogram` is forks ×
 * iterations × [value, count] pairs, reduced to the count-weighted mean of each iteration.
 */
function rawSamples(
  path: string,
  name: string,
  metric: Record<string, unknown>,
): number[] | undefined {
  const samples: number[] = [];
  const rawData = metric['rawData'];
  if (Array.isArray(rawData)) {
    for (const fork of rawData) {
      if (!Array.isArray(fork))
        throw new ConfigurationError(
          `${path}: benchmark "${name}" has a rawData entry that is not an array`,
        );
      for (const value of fork) {
        // JMH writes "NaN" as a string when an iteration produced no result.
        const number = typeof value === 'string' ? Number(value) : value;
        if (typeof number !== 'number')
          throw new ConfigurationError(
            `${path}: benchmark "${name}" has a rawData value that is not a number (${JSON.stringify(value)})`,
          );
        samples.push(number);
      }
    }
    return samples.length > 0 ? samples : undefined;
  }
  const histogram = metric['rawDataHistogram'];
  if (!Array.isArray(histogram)) return undefined;
  for (const fork of histogram) {
    if (!Array.isArray(fork)) continue;
    for (const iteration of fork) {
      if (!Array.isArray(iteration)) continue;
      let weighted = 0;
      let count = 0;
      for (const bucket of iteration) {
        if (
          !Array.isArray(bucket) ||
          typeof bucket[0] !== 'number' ||
          typeof bucket[1] !== 'number'
        ) {
          throw new ConfigurationError(
            `${path}: benchmark "${name}" has a rawDataHistogram bucket that is not [value, count]`,
          );
        }
        weighted += bucket[0] * bucket[1];
        count += bucket[1];
      }
      if (count > 0) samples.push(weighted / count);
    }
  }
  return samples.length > 0 ? samples : undefined;
}
