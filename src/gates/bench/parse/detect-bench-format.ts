import type { BenchFormat } from '../types.js';
import { looksLikeJson, looksLikeXml, type BenchInput } from './bench-source.js';
import { isBenchmarkDotNetJson } from './benchmarkdotnet.js';
import { isBenchmarkJsText } from './benchmarkjs.js';
import { isCargoBenchText } from './cargo-bench.js';
import { isCatch2Output } from './catch2.js';
import {
  isCriterionBenchmarkJson,
  isCriterionConsoleText,
  isCriterionEstimatesJson,
  isCriterionPath,
  isCriterionSampleJson,
} from './criterion.js';
import { isCustomJson, isTimeOnlyCustomJson } from './custom-json.js';
import { isGoBenchText } from './go-bench.js';
import { isGoogleBenchmarkJson } from './google-benchmark.js';
import { isHyperfineJson } from './hyperfine.js';
import { isJmhJson } from './jmh.js';
import { isJuliaJson } from './julia.js';
import { isPytestBenchmarkJson } from './pytest-benchmark.js';

/**
 * Detects the format of a result file from its content (and, for criterion, its path), or returns
 * `undefined` when it matches none, when it is JSON that does not parse, or when it is custom JSON
 * whose units do not tell the direction (see {@link detectFromJson}). Detection never throws, so a
 * caller can ask before deciding how to report a problem.
 */
export function detectBenchFormat(input: BenchInput): BenchFormat | undefined {
  if (looksLikeJson(input.text)) {
    let value: unknown;
    try {
      value = JSON.parse(input.text.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      return undefined;
    }
    return detectFromJson(value, input.path);
  }
  return detectFromText(input.text);
}

/**
 * The format of a parsed JSON value. Shapes are tested from the most to the least specific.
 * Custom JSON (`[{name, unit, value}]`) is recognised as `custom-smaller-is-better` only when
 * every unit is a time, because for times smaller is always better; for any other unit (`req/s`,
 * `Megabytes`) guessing would silently invert a verdict half of the time, so detection returns
 * `undefined` and the user must name `custom-smaller-is-better` or `custom-bigger-is-better`.
 */
export function detectFromJson(value: unknown, path: string): BenchFormat | undefined {
  if (isGoogleBenchmarkJson(value)) return 'google-benchmark';
  if (isHyperfineJson(value)) return 'hyperfine';
  if (isPytestBenchmarkJson(value)) return 'pytest-benchmark';
  if (isBenchmarkDotNetJson(value)) return 'benchmarkdotnet';
  if (isJmhJson(value)) return 'jmh';
  if (isJuliaJson(value)) return 'julia';
  if (
    isCriterionSampleJson(value) ||
    isCriterionEstimatesJson(value) ||
    isCriterionBenchmarkJson(value)
  )
    return 'criterion';
  if (isCriterionPath(path)) return 'criterion';
  if (isTimeOnlyCustomJson(value)) return 'custom-smaller-is-better';
  return undefined;
}

/** The format of a text (non-JSON) result file. */
export function detectFromText(text: string): BenchFormat | undefined {
  if (looksLikeXml(text)) return isCatch2Output(text) ? 'catch2' : undefined;
  if (isGoBenchText(text)) return 'go';
  if (isCargoBenchText(text)) return 'cargo';
  if (isBenchmarkJsText(text)) return 'benchmarkjs';
  if (isCatch2Output(text)) return 'catch2';
  if (isCriterionConsoleText(text)) return 'criterion';
  return undefined;
}

/** True when the value is custom JSON whose direction detection refuses to guess. */
export function isAmbiguousCustomJson(value: unknown): boolean {
  return isCustomJson(value) && !isTimeOnlyCustomJson(value);
}
