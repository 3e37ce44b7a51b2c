import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit, directionOfOtherUnit } from './units.js';
import { parsePrintedNumber } from './unknown-value.js';

/**
 * A result line of `go test -bench`: name, iteration count, then value/unit pairs
 * (`BenchmarkFib10-8  5000000  325 ns/op  0 B/op  0 allocs/op  12.5 widgets/op`). Go replaces
 * spaces in sub-benchmark names with `_`, so a name never holds whitespace.
 */
const RESULT_LINE = /^(Benchmark\S*)\s+(\d+)\s+(.+?)\s*$/;

/** Header lines that describe the machine and package of the lines below them. */
const HEADER_LINE = /^(goos|goarch|pkg|cpu):\s*(.*?)\s*$/;

interface Metric {
  samples: number[];
}

interface Benchmark {
  name: string;
  pkg: string;
  line: number;
  iterations: number[];
  /** Metrics in first-seen order, keyed by the unit as Go prints it. */
  metrics: Map<string, Metric>;
  headers: Record<string, string>;
}

/** True when the text holds at least one `go test -bench` result line. */
export function isGoBenchText(text: string): boolean {
  return /^Benchmark\S*\s+\d+\s+(?:[-+\d.eE,]+|NaN)\s+\S+/m.test(text);
}

/**
 * Reads the text output of `go test -bench` (also with `-count N`, `-benchmem`, several packages,
 * sub-benchmarks and `b.ReportMetric`). Each line of the same benchmark (same package, same
 * name with its `-GOMAXPROCS` suffix) is one repetition. The primary series is `ns/op` under the
 * benchmark's own name; every other metric is a series named `<name> (<unit as printed>)`: `B/op`
 * in bytes, `MB/s` in B/s (Go's MB is 10^6 bytes), and `allocs/op` and custom units kept as
 * printed, bigger-is-better only when they end in `/s` (benchstat's convention).
 *
 * Names across packages: output of several packages (`go test ./...`) can hold the same benchmark
 * name in two packages. Those names, and only those, are qualified as `<pkg>.<name>`; names that
 * occur in one package stay short, so a single-package file and a multi-package file name the same
 * benchmark the same way. A warning lists every qualified name.
 */
export function parseGoBench(source: BenchSource): ParsedBenchFile {
  const warnings: string[] = [];
  const headers: Record<string, string> = {};
  const byKey = new Map<string, Benchmark>();
  const lines = source.text.split(/\r?\n/);
  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    const header = HEADER_LINE.exec(text);
    if (header?.[1] !== undefined && header[2] !== undefined) {
      headers[header[1]] = header[2];
      return;
    }
    const match = RESULT_LINE.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) return;
    const [name, iterationText, rest] = [match[1], match[2], match[3]];
    const fields = rest.split(/\s+/);
    if (fields.length % 2 !== 0) {
      throw new ConfigurationError(
        `${source.path}:${lineNumber}: cannot read benchmark line "${text.trim()}": expected value/unit pairs after the iteration count`,
      );
    }
    const pkg = headers['pkg'] ?? '';
    const key = `${pkg}\u0000${name}`;
    const benchmark = byKey.get(key) ?? {
      name,
      pkg,
      line: lineNumber,
      iterations: [],
      metrics: new Map<string, Metric>(),
      headers: { ...headers },
    };
    byKey.set(key, benchmark);
    benchmark.iterations.push(Number(iterationText));
    for (let i = 0; i < fields.length; i += 2) {
      const valueText = fields[i] ?? '';
      const unit = fields[i + 1] ?? '';
      const value = parsePrintedNumber(valueText);
      if (value === undefined) {
        throw new ConfigurationError(
          `${source.path}:${lineNumber}: benchmark "${name}" has "${valueText}" where a number was expected (before "${unit}")`,
        );
      }
      const metric = benchmark.metrics.get(unit) ?? { samples: [] };
      metric.samples.push(value);
      benchmark.metrics.set(unit, metric);
    }
  });

  const packagesByName = new Map<string, Set<string>>();
  for (const benchmark of byKey.values()) {
    const packages = packagesByName.get(benchmark.name) ?? new Set<string>();
    packages.add(benchmark.pkg);
    packagesByName.set(benchmark.name, packages);
  }
  const qualified: string[] = [];
  const benchmarks: BenchmarkSeries[] = [];
  for (const benchmark of byKey.values()) {
    const ambiguous = (packagesByName.get(benchmark.name)?.size ?? 0) > 1;
    const name =
      ambiguous && benchmark.pkg !== '' ? `${benchmark.pkg}.${benchmark.name}` : benchmark.name;
    if (ambiguous) qualified.push(name);
    benchmarks.push(...seriesOf(source.path, name, benchmark));
  }
  if (qualified.length > 0) {
    warnings.push(
      `benchmark names found in several packages were qualified with their package: ${qualified.join(', ')}`,
    );
  }
  if (benchmarks.length === 0) {
    throw new ConfigurationError(
      `${source.path}: no go benchmark lines found (expected lines like "BenchmarkName-8  1000  123 ns/op" from go test -bench)`,
    );
  }
  return parsedFile(source.path, 'go', benchmarks, warnings);
}

/** One series per metric of a benchmark; `ns/op` first, under the bare name. */
function seriesOf(path: string, name: string, benchmark: Benchmark): BenchmarkSeries[] {
  const extra: Record<string, string | number> = { ...benchmark.headers };
  const firstIterations = benchmark.iterations[0];
  if (firstIterations !== undefined) extra['iterations'] = firstIterations;
  const series: BenchmarkSeries[] = [];
  const units = [...benchmark.metrics.keys()].sort(
    (a, b) => Number(b === 'ns/op') - Number(a === 'ns/op'),
  );
  for (const unit of units) {
    const metric = benchmark.metrics.get(unit);
    if (!metric) continue;
    const conversion = convertUnit(unit);
    const primary = unit === 'ns/op';
    series.push(
      checkedSeries({
        name: primary ? name : `${name} (${unit})`,
        unit: conversion.unit,
        direction: conversion.direction ?? directionOfOtherUnit(conversion.unit),
        samples: metric.samples.map((value) => value * conversion.factor),
        kind: 'repetitions',
        source: { file: path, line: benchmark.line },
        ...(primary ? { extra } : {}),
      }),
    );
  }
  return series;
}
