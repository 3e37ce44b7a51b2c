import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { NS_PER_SECOND, parsedFile, secondsRepetitions, secondsSummary } from './series.js';
import {
  arrayField,
  isRecord,
  numberArray,
  numberField,
  recordField,
  stringField,
} from './unknown-value.js';

/** True when the JSON value has the shape of hyperfine's `--export-json` output. */
export function isHyperfineJson(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const first = arrayField(value, 'results')?.[0];
  return (
    isRecord(first) && typeof first['command'] === 'string' && ('times' in first || 'mean' in first)
  );
}

/**
 * Reads hyperfine's `--export-json` output. Each result is one benchmark named by its `command`
 * (which holds the `--command-name` when one was given); every run in `times` (seconds) is a sample
 * in ns. Without `times` (hyperfine before 1.2) the `mean` is a summary with stddev/mean as its
 * spread. Non-zero `exit_codes` (runs kept with `--ignore-failure`) are reported as warnings, since
 * a failing command's time says little about the work it was meant to do. Parameters of
 * `--parameter-scan`/`--parameter-list` go to `extra`.
 */
export function parseHyperfine(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  const results = isRecord(root) ? arrayField(root, 'results') : undefined;
  if (!results) {
    throw new ConfigurationError(
      `${source.path}: not hyperfine JSON (expected an object with a "results" array, as written by --export-json)`,
    );
  }
  const warnings: string[] = [];
  const benchmarks: BenchmarkSeries[] = results.map((result, index) => {
    if (!isRecord(result))
      throw new ConfigurationError(`${source.path}: results[${index}] is not an object`);
    const name = stringField(result, 'command');
    if (name === undefined)
      throw new ConfigurationError(`${source.path}: results[${index}] has no "command"`);
    const extra: Record<string, string | number> = {};
    for (const key of ['user', 'system'] as const) {
      const seconds = numberField(result, key);
      if (seconds !== undefined) extra[`${key}_ns`] = seconds * NS_PER_SECOND;
    }
    for (const [parameter, value] of Object.entries(recordField(result, 'parameters') ?? {})) {
      if (typeof value === 'string' || typeof value === 'number')
        extra[`parameter ${parameter}`] = value;
    }
    const exitCodes = numberArray(result['exit_codes']) ?? [];
    const failures = exitCodes.filter((code) => code !== 0).length;
    if (failures > 0) {
      warnings.push(
        `${name}: ${failures} of ${exitCodes.length} runs exited with a non-zero code (${[...new Set(exitCodes.filter((c) => c !== 0))].join(', ')})`,
      );
    }
    const times = numberArray(result['times']);
    if (times) {
      return secondsRepetitions(source.path, name, times, extra);
    }
    const meanSeconds = numberField(result, 'mean');
    if (meanSeconds === undefined) {
      throw new ConfigurationError(
        `${source.path}: result "${name}" has neither a "times" array nor a numeric "mean"`,
      );
    }
    return secondsSummary(source.path, name, meanSeconds, numberField(result, 'stddev'), extra);
  });
  return parsedFile(source.path, 'hyperfine', benchmarks, warnings);
}
