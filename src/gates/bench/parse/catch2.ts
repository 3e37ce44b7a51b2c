import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import { looksLikeXml, type BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit } from './units.js';
import { isRecord, parsePrintedNumber, stringField } from './unknown-value.js';

/** The console reporter's header above benchmark results. */
const CONSOLE_HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/m;

/** First console line of a result: name, samples, iterations, estimated duration. */
const CONSOLE_FIRST_LINE =
  /^(\S.*?)\s+(\d+)\s+(\d+)\s+([\d.]+(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|s)\s*$/;

/** A `value unit` pair of the console reporter, e.g. `41.731 us`. */
const DURATION = /([\d.]+(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|s)\b/g;

/** True when the text is Catch2 XML (`-r xml`) or console output holding benchmark results. */
export function isCatch2Output(text: string): boolean {
  if (looksLikeXml(text))
    return /<(Catch|Catch2TestRun)\b/.test(text) && /<BenchmarkResults\b/.test(text);
  return CONSOLE_HEADER.test(text);
}

/**
 * Reads Catch2 benchmark results, v2 or v3, from the XML reporter (`-r xml`, parsed with
 * fast-xml-parser) or from the default console reporter. Catch2 reports no raw samples in either,
 * only the bootstrapped mean and standard deviation, so each benchmark is a one-sample summary of
 * its mean in ns with stddev/mean as the spread; samples, iterations and the mean's confidence
 * bounds go to `extra`. Names are the `BENCHMARK("name")` strings. A benchmark that threw
 * (`<failed message="…"/>` in the XML) is left out with a warning.
 */
export function parseCatch2(source: BenchSource): ParsedBenchFile {
  if (looksLikeXml(source.text)) return parseCatch2Xml(source);
  if (!CONSOLE_HEADER.test(source.text)) {
    throw new ConfigurationError(
      `${source.path}: not Catch2 benchmark output (expected the XML of "-r xml" or the console table headed "benchmark name  samples  iterations")`,
    );
  }
  return parseCatch2Console(source);
}

function parseCatch2Xml(source: BenchSource): ParsedBenchFile {
  const validation = XMLValidator.validate(source.text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    throw new ConfigurationError(
      `${source.path}: invalid XML at line ${line}, column ${col}: ${msg}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    isArray: (tagName) => tagName === 'BenchmarkResults',
  });
  const document: unknown = parser.parse(source.text);
  const results: Record<string, unknown>[] = [];
  collectBenchmarkResults(document, results);
  const warnings: string[] = [];
  const benchmarks: BenchmarkSeries[] = [];
  for (const result of results) {
    const name = stringField(result, 'name');
    if (name === undefined) {
      throw new ConfigurationError(
        `${source.path}: a <BenchmarkResults> element has no name attribute`,
      );
    }
    const failed = result['failed'];
    if (failed !== undefined) {
      const message = isRecord(failed) ? stringField(failed, 'message') : undefined;
      warnings.push(`${name}: the benchmark failed ("${message ?? 'no message'}"); skipped`);
      continue;
    }
    const mean = attributeNumber(source.path, name, result, 'mean', 'value');
    const deviation = attributeNumber(source.path, name, result, 'standardDeviation', 'value');
    const extra: Record<string, string | number> = {};
    for (const key of ['samples', 'iterations'] as const) {
      const value = parsePrintedNumber(stringField(result, key) ?? '');
      if (value !== undefined) extra[key] = value;
    }
    const meanElement = result['mean'];
    if (isRecord(meanElement)) {
      for (const bound of ['lowerBound', 'upperBound'] as const) {
        const value = parsePrintedNumber(stringField(meanElement, bound) ?? '');
        if (value !== undefined) extra[`mean ${bound} (ns)`] = value;
      }
    }
    benchmarks.push(
      checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: [mean],
        kind: 'summary',
        source: { file: source.path },
        ...(mean > 0 ? { reportedRelativeSpread: deviation / mean } : {}),
        extra,
      }),
    );
  }
  return parsedFile(source.path, 'catch2', benchmarks, warnings);
}

/** Every `<BenchmarkResults>` element, at any depth (test cases, sections, groups). */
function collectBenchmarkResults(node: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectBenchmarkResults(child, into);
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'BenchmarkResults' && Array.isArray(child)) {
      for (const result of child) if (isRecord(result)) into.push(result);
    } else {
      collectBenchmarkResults(child, into);
    }
  }
}

/** A numeric attribute of a child element, e.g. `<mean value="105.7"/>`; Catch2 writes them in ns. */
function attributeNumber(
  path: string,
  name: string,
  result: Record<string, unknown>,
  element: string,
  attribute: string,
): number {
  const child = result[element];
  const value = isRecord(child)
    ? parsePrintedNumber(stringField(child, attribute) ?? '')
    : undefined;
  if (value === undefined) {
    throw new ConfigurationError(
      `${path}: benchmark "${name}" has no numeric <${element} ${attribute}="…">`,
    );
  }
  return value;
}

/**
 * The console table: per benchmark, a line with name, samples, iterations and estimated time,
 * then a line with mean (and its low/high bounds), then one with the standard deviation.
 */
function parseCatch2Console(source: BenchSource): ParsedBenchFile {
  const lines = source.text.split(/\r?\n/);
  const benchmarks: BenchmarkSeries[] = [];
  for (let index = 0; index < lines.length; index++) {
    const first = CONSOLE_FIRST_LINE.exec(lines[index] ?? '');
    if (!first?.[1] || !first[2] || !first[3]) continue;
    const line = index + 1;
    const name = first[1].trim();
    const meanLine = durations(lines[index + 1] ?? '');
    const deviationLine = durations(lines[index + 2] ?? '');
    const mean = meanLine[0];
    const deviation = deviationLine[0];
    if (mean === undefined || deviation === undefined) {
      throw new ConfigurationError(
        `${source.path}:${line}: benchmark "${name}" is not followed by its mean and standard deviation lines`,
      );
    }
    benchmarks.push(
      checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: [mean],
        kind: 'summary',
        source: { file: source.path, line },
        ...(mean > 0 ? { reportedRelativeSpread: deviation / mean } : {}),
        extra: { samples: Number(first[2]), iterations: Number(first[3]) },
      }),
    );
    index += 2;
  }
  return parsedFile(source.path, 'catch2', benchmarks, []);
}

/** The `value unit` pairs of a console line, in ns. */
function durations(text: string): number[] {
  return [...text.matchAll(DURATION)].map(
    (match) => Number(match[1]) * convertUnit(match[2] ?? 'ns').factor,
  );
}
