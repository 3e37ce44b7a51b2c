import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit, directionOfOtherUnit } from './units.js';
import { parsePrintedNumber } from './unknown-value.js';

/**
 * A result line of libtest's `cargo bench` (and of criterion's `--output-format bencher`):
 * `test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)`. The unit may be a custom one
 * (`cycles/iter`, `MS/s`) when a harness such as criterion with a custom measurement writes it.
 */
const RESULT_LINE =
  /^test (.+?)\s+\.\.\. bench:\s+([-\d,.]+|NaN)\s+(\S+)(?:\s+\(\+\/-\s*([\d,.]+)\))?/;

/** True when the text holds at least one libtest bench result line. */
export function isCargoBenchText(text: string): boolean {
  return /^test .+? \.\.\. bench:\s+[\d,.]+ \S+/m.test(text);
}

/**
 * Reads libtest bench output, which prints one summary per benchmark: the median time per
 * iteration and, after `+/-`, the spread libtest reports (the range of its winsorised samples),
 * read here as a fraction of the value. `ns/iter` becomes `ns`; other units are kept as printed,
 * bigger-is-better only when they end in `/s`.
 */
export function parseCargoBench(source: BenchSource): ParsedBenchFile {
  const benchmarks: BenchmarkSeries[] = [];
  source.text.split(/\r?\n/).forEach((text, index) => {
    const match = RESULT_LINE.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) return;
    const line = index + 1;
    const name = match[1];
    const value = parsePrintedNumber(match[2]);
    if (value === undefined) {
      throw new ConfigurationError(
        `${source.path}:${line}: benchmark "${name}" has "${match[2]}" where a number was expected`,
      );
    }
    const conversion = convertUnit(match[3]);
    const deviation = match[4] === undefined ? undefined : parsePrintedNumber(match[4]);
    benchmarks.push(
      checkedSeries({
        name,
        unit: conversion.unit,
        direction: conversion.direction ?? directionOfOtherUnit(conversion.unit),
        samples: [value * conversion.factor],
        kind: 'summary',
        source: { file: source.path, line },
        ...(deviation !== undefined && value > 0
          ? { reportedRelativeSpread: deviation / value }
          : {}),
      }),
    );
  });
  if (benchmarks.length === 0) {
    throw new ConfigurationError(
      `${source.path}: no cargo bench lines found (expected lines like "test name ... bench: 1,234 ns/iter (+/- 56)")`,
    );
  }
  return parsedFile(source.path, 'cargo', benchmarks, []);
}
