import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import { looksLikeJson, type BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit } from './units.js';
import {
  isRecord,
  numberArray,
  numberField,
  parsePrintedNumber,
  recordField,
} from './unknown-value.js';

/** Sub-folders of a criterion benchmark folder that hold a run's files. */
const RUN_FOLDERS = new Set(['new', 'base', 'change']);

/**
 * The estimate line of criterion's console output: `fib/10   time:   [207.16 ns 221.18 ns 238.71 ns]`
 * (lower bound, point estimate, upper bound). A long name stands alone on the line before.
 */
const CONSOLE_TIME_LINE =
  /^(.*?)\s*time:\s+\[([\d.,]+)\s*(\S+)\s+([\d.,]+)\s*(\S+)\s+([\d.,]+)\s*(\S+)\]/;

/** True when the text is criterion's console output (lines with `time:   [low estimate high]`). */
export function isCriterionConsoleText(text: string): boolean {
  return /^.*time:\s+\[[\d.,]+\s*\S+\s+[\d.,]+\s*\S+\s+[\d.,]+\s*\S+\]/m.test(text);
}

/** True when the JSON value is criterion's `sample.json` (`iters` and `times` arrays). */
export function isCriterionSampleJson(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value['iters']) && Array.isArray(value['times']);
}

/** True when the JSON value is criterion's `estimates.json` (`mean.point_estimate`). */
export function isCriterionEstimatesJson(value: unknown): boolean {
  const mean = isRecord(value) ? recordField(value, 'mean') : undefined;
  return mean !== undefined && typeof mean['point_estimate'] === 'number';
}

/** True when the JSON value is criterion's `benchmark.json` (ids only, no measurements). */
export function isCriterionBenchmarkJson(value: unknown): boolean {
  return isRecord(value) && typeof value['full_id'] === 'string' && 'directory_name' in value;
}

/** True when the path points into a criterion output tree (`…/criterion/…/new/sample.json`). */
export function isCriterionPath(path: string): boolean {
  return /(^|[\\/])criterion[\\/].*[\\/](sample|estimates)\.json$/.test(path);
}

/**
 * Reads one criterion.rs result file from `target/criterion/<group>/<function>/new/`:
 * - `sample.json`: criterion measured `times[i]` ns for `iters[i]` iterations, so each sample is
 *   `times[i] / iters[i]` ns per iteration (the same in linear and flat sampling modes);
 * - `estimates.json`: a one-sample summary of the mean's point estimate, with std_dev / mean as the
 *   spread (for folders where sample.json is missing).
 * The benchmark's name comes from the path: the folders between `criterion/` and `new/` joined with
 * `/` (`fib/20`). Those are criterion's directory names, which equal the benchmark id except that
 * characters unsafe in file names are replaced by `_`; the `full_id` in the neighbouring
 * `benchmark.json` is not read because this parser sees one file only.
 *
 * Criterion's console output is read too: each `time: [low estimate high]` line is a one-sample
 * summary of the point estimate, with half the width of its confidence interval, relative to the
 * estimate, as the reported spread (criterion prints no standard deviation).
 */
export function parseCriterion(source: BenchSource): ParsedBenchFile {
  if (!looksLikeJson(source.text)) return parseCriterionConsole(source);
  const value = source.json();
  const name = criterionName(source.path);
  const location = { file: source.path };
  if (isCriterionSampleJson(value) && isRecord(value)) {
    const iters = numberArray(value['iters']);
    const times = numberArray(value['times']);
    if (!iters || !times || iters.length !== times.length) {
      throw new ConfigurationError(
        `${source.path}: criterion sample.json needs numeric "iters" and "times" arrays of the same length`,
      );
    }
    const samples = times.map((time, i) => time / (iters[i] ?? Number.NaN));
    const series: BenchmarkSeries = {
      name,
      unit: 'ns',
      direction: 'smaller-is-better',
      samples,
      kind: 'repetitions',
      source: location,
    };
    const mode = value['sampling_mode'];
    if (typeof mode === 'string') series.extra = { sampling_mode: mode };
    return parsedFile(source.path, 'criterion', [checkedSeries(series)], []);
  }
  if (isCriterionEstimatesJson(value) && isRecord(value)) {
    const mean = numberField(recordField(value, 'mean') ?? {}, 'point_estimate') ?? Number.NaN;
    const deviation = numberField(recordField(value, 'std_dev') ?? {}, 'point_estimate');
    const median = numberField(recordField(value, 'median') ?? {}, 'point_estimate');
    return parsedFile(
      source.path,
      'criterion',
      [
        checkedSeries({
          name,
          unit: 'ns',
          direction: 'smaller-is-better',
          samples: [mean],
          kind: 'summary',
          source: location,
          ...(deviation !== undefined && mean > 0
            ? { reportedRelativeSpread: deviation / mean }
            : {}),
          ...(median === undefined ? {} : { extra: { median_ns: median } }),
        }),
      ],
      [],
    );
  }
  if (isCriterionBenchmarkJson(value)) {
    throw new ConfigurationError(
      `${source.path}: criterion's benchmark.json holds no measurements; pass the sample.json (or estimates.json) of the same folder`,
    );
  }
  throw new ConfigurationError(
    `${source.path}: not a criterion sample.json or estimates.json (expected "iters" and "times" arrays, or "mean.point_estimate")`,
  );
}

/** The benchmark name encoded in a criterion output path. */
export function criterionName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  parts.pop(); // the file name
  if (parts.length > 0 && RUN_FOLDERS.has(parts[parts.length - 1] ?? '')) parts.pop();
  const root = parts.lastIndexOf('criterion');
  const folders = root >= 0 ? parts.slice(root + 1) : parts.slice(-2);
  return folders.length > 0 ? folders.join('/') : path;
}

/** Criterion's console output: one summary per `time:` line. */
function parseCriterionConsole(source: BenchSource): ParsedBenchFile {
  const lines = source.text.split(/\r?\n/);
  const benchmarks: BenchmarkSeries[] = [];
  lines.forEach((text, index) => {
    const match = CONSOLE_TIME_LINE.exec(text);
    if (!match) return;
    let name = (match[1] ?? '').trim();
    let line = index + 1;
    if (name === '') {
      const previous = index - 1;
      name = (lines[previous] ?? '').trim();
      line = previous + 1;
    }
    const [low, estimate, high] = [2, 4, 6].map((group) => {
      const value = parsePrintedNumber(match[group] ?? '');
      const conversion = convertUnit(match[group + 1] ?? '');
      if (value === undefined || conversion.kind !== 'time') {
        throw new ConfigurationError(
          `${source.path}:${index + 1}: benchmark "${name}" has an unreadable time "${match[group] ?? ''} ${match[group + 1] ?? ''}"`,
        );
      }
      return value * conversion.factor;
    });
    if (low === undefined || estimate === undefined || high === undefined) return;
    benchmarks.push(
      checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: [estimate],
        kind: 'summary',
        source: { file: source.path, line },
        ...(estimate > 0 ? { reportedRelativeSpread: (high - low) / 2 / estimate } : {}),
        extra: { 'lower bound (ns)': low, 'upper bound (ns)': high },
      }),
    );
  });
  if (benchmarks.length === 0) {
    throw new ConfigurationError(
      `${source.path}: no criterion results found (expected sample.json, estimates.json or console lines "name  time: [low estimate high]")`,
    );
  }
  return parsedFile(source.path, 'criterion', benchmarks, []);
}
