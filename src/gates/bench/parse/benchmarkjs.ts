import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { parsePrintedNumber } from './unknown-value.js';

/**
 * A line of benchmark.js's `String(bench)`: `fib(10) x 1,431,759 ops/sec ±0.74% (93 runs sampled)`.
 * The name may itself contain ` x `, so the match anchors on the numbers at the end.
 */
const RESULT_LINE =
  /^(.+) x ([-\d,.]+|NaN) ops\/sec [±+-]+\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;

/** True when the text holds at least one benchmark.js result line. */
export function isBenchmarkJsText(text: string): boolean {
  return /^.+ x [\d,.]+ ops\/sec [±+-]+\s*[\d.]+% \(\d+ runs? sampled\)/m.test(text);
}

/**
 * Reads benchmark.js text output: one bigger-is-better summary in ops/s per line, with its `±`
 * relative margin of error as the reported spread and the number of runs sampled in `extra`.
 * Other lines (headers, "Fastest is …") are ignored.
 */
export function parseBenchmarkJs(source: BenchSource): ParsedBenchFile {
  const benchmarks: BenchmarkSeries[] = [];
  source.text.split(/\r?\n/).forEach((text, index) => {
    const match = RESULT_LINE.exec(text);
    if (!match?.[1] || !match[2] || !match[3] || !match[4]) return;
    const line = index + 1;
    const value = parsePrintedNumber(match[2]);
    if (value === undefined) {
      throw new ConfigurationError(
        `${source.path}:${line}: benchmark "${match[1]}" has "${match[2]}" where a number was expected`,
      );
    }
    benchmarks.push(
      checkedSeries({
        name: match[1].trim(),
        unit: 'ops/s',
        direction: 'bigger-is-better',
        samples: [value],
        kind: 'summary',
        source: { file: source.path, line },
        reportedRelativeSpread: Number(match[3]) / 100,
        extra: { 'runs sampled': Number(match[4]) },
      }),
    );
  });
  if (benchmarks.length === 0) {
    throw new ConfigurationError(
      `${source.path}: no benchmark.js lines found (expected lines like "name x 1,234 ops/sec ±1.23% (90 runs sampled)")`,
    );
  }
  return parsedFile(source.path, 'benchmarkjs', benchmarks, []);
}
