import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchFormat, ParsedBenchFile } from '../types.js';
import { benchSource, looksLikeJson, type BenchInput, type BenchSource } from './bench-source.js';
import { parseBenchmarkDotNet } from './benchmarkdotnet.js';
import { parseBenchmarkJs } from './benchmarkjs.js';
import { parseCargoBench } from './cargo-bench.js';
import { parseCatch2 } from './catch2.js';
import { parseCriterion } from './criterion.js';
import { parseCustomJson } from './custom-json.js';
import { detectFromJson, detectFromText, isAmbiguousCustomJson } from './detect-bench-format.js';
import { parseGoBench } from './go-bench.js';
import { parseGoogleBenchmark } from './google-benchmark.js';
import { parseHyperfine } from './hyperfine.js';
import { parseJmh } from './jmh.js';
import { parseJulia } from './julia.js';
import { parsePytestBenchmark } from './pytest-benchmark.js';

/**
 * Largest result file read: 200 MB. Bigger files are almost always a mistake (a log, a binary, a
 * profile) and would hold the whole text and its parse in memory at once; callers that can `stat`
 * the file should check this before reading it.
 */
export const MAX_BENCH_FILE_BYTES = 200 * 1024 * 1024;

/** Formats whose files are JSON; the others are text (catch2 reads XML or console text). */
const JSON_FORMATS = new Set<BenchFormat>([
  'google-benchmark',
  'hyperfine',
  'pytest-benchmark',
  'jmh',
  'benchmarkdotnet',
  'julia',
  'custom-smaller-is-better',
  'custom-bigger-is-better',
]);

/** Formats whose files are text output (criterion reads both its JSON files and its console text). */
const TEXT_FORMATS = new Set<BenchFormat>(['go', 'cargo', 'benchmarkjs', 'catch2']);

/** Every format this module reads. */
const PARSERS: Readonly<Record<BenchFormat, (source: BenchSource) => ParsedBenchFile>> = {
  'google-benchmark': parseGoogleBenchmark,
  hyperfine: parseHyperfine,
  'pytest-benchmark': parsePytestBenchmark,
  go: parseGoBench,
  cargo: parseCargoBench,
  criterion: parseCriterion,
  benchmarkjs: parseBenchmarkJs,
  jmh: parseJmh,
  benchmarkdotnet: parseBenchmarkDotNet,
  catch2: parseCatch2,
  julia: parseJulia,
  'custom-smaller-is-better': (source) => parseCustomJson(source, 'custom-smaller-is-better'),
  'custom-bigger-is-better': (source) => parseCustomJson(source, 'custom-bigger-is-better'),
};

/**
 * Turns one benchmark result file into series with canonical units and directions. Pure: the
 * caller reads the file. With `auto` (the default) the format is detected from the content (and
 * the path, for criterion's `sample.json`); a given format is checked against the content, so
 * `--format go` on a JSON file fails with a message naming what the file looks like.
 *
 * @throws ConfigurationError naming the file (and the line or benchmark where known) when the file
 * is over {@link MAX_BENCH_FILE_BYTES}, is invalid JSON (with line and column), matches no format
 * or not the one given, holds no benchmark, or holds a zero, negative or non-finite time.
 */
export function parseBenchFile(
  input: BenchInput,
  format: BenchFormat | 'auto' = 'auto',
): ParsedBenchFile {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_BENCH_FILE_BYTES) {
    throw new ConfigurationError(
      `${input.path}: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the 200 MB limit for a benchmark result file`,
    );
  }
  if (input.text.trim() === '') {
    throw new ConfigurationError(`${input.path}: the file is empty; no benchmarks found`);
  }
  const source = benchSource(input);
  const isJson = looksLikeJson(input.text);
  const detected = isJson ? detectFromJson(source.json(), input.path) : detectFromText(input.text);
  const chosen = format === 'auto' ? detected : format;
  if (chosen === undefined) {
    throw new ConfigurationError(undetectableMessage(source, isJson));
  }
  if (isJson && TEXT_FORMATS.has(chosen)) {
    throw new ConfigurationError(
      `${input.path}: format "${chosen}" expects the tool's text output, but the file is JSON${detected ? ` that looks like "${detected}"` : ''}`,
    );
  }
  if (!isJson && JSON_FORMATS.has(chosen)) {
    throw new ConfigurationError(
      `${input.path}: format "${chosen}" expects JSON, but the file is not JSON${detected ? ` and looks like "${detected}"` : ''}`,
    );
  }
  try {
    return PARSERS[chosen](source);
  } catch (error) {
    if (
      format !== 'auto' &&
      detected !== undefined &&
      detected !== chosen &&
      error instanceof ConfigurationError
    ) {
      throw new ConfigurationError(`${error.message}; the file looks like "${detected}" output`);
    }
    throw error;
  }
}

/** Why `auto` found no format, with the way out. */
function undetectableMessage(source: BenchSource, isJson: boolean): string {
  if (isJson && isAmbiguousCustomJson(source.json())) {
    return `${source.path}: custom JSON with units other than times (e.g. req/s, MB) does not say whether smaller or bigger is better; set the format to "custom-smaller-is-better" or "custom-bigger-is-better"`;
  }
  return `${source.path}: cannot detect the benchmark format from the content; set the format explicitly (google-benchmark, hyperfine, pytest-benchmark, go, cargo, criterion, benchmarkjs, jmh, benchmarkdotnet, catch2, julia, custom-smaller-is-better, custom-bigger-is-better)`;
}
