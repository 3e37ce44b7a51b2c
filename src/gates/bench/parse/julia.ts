import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { isRecord, numberArray, numberField, recordField } from './unknown-value.js';

/** True when the JSON value has the shape of BenchmarkTools.save output: `[{Julia, BenchmarkTools}, [...]]`. */
export function isJuliaJson(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    isRecord(value[0]) &&
    'BenchmarkTools' in value[0] &&
    Array.isArray(value[1])
  );
}

/**
 * Reads Julia BenchmarkTools JSON (`BenchmarkTools.save`). Groups nest as
 * `["BenchmarkGroup", {data: {key: child}}]`; a benchmark's name is its keys joined with `/`
 * (`fib/20`). A `Trial` leaf has every sample in `times` (ns) and becomes repetitions; a
 * `TrialEstimate` leaf (a saved `median(trial)` or `minimum(trial)`) is a one-sample summary.
 * `memory` (bytes) and `allocs` are per-evaluation constants and become summaries
 * `<name> (memory)` in B and `<name> (allocs)`.
 */
export function parseJulia(source: BenchSource): ParsedBenchFile {
  const root = source.json();
  if (!isJuliaJson(root) || !Array.isArray(root)) {
    throw new ConfigurationError(
      `${source.path}: not Julia BenchmarkTools JSON (expected [{"Julia", "BenchmarkTools"}, [...]] as written by BenchmarkTools.save)`,
    );
  }
  const benchmarks: BenchmarkSeries[] = [];
  const contents: unknown = root[1];
  if (Array.isArray(contents)) {
    for (const item of contents) walk(source.path, item, [], benchmarks);
  }
  return parsedFile(source.path, 'julia', benchmarks, []);
}

function walk(path: string, node: unknown, keys: string[], into: BenchmarkSeries[]): void {
  if (!Array.isArray(node) || typeof node[0] !== 'string' || !isRecord(node[1])) {
    throw new ConfigurationError(
      `${path}: "${keys.join('/') || '(root)'}" is not a [type, value] pair of BenchmarkTools JSON`,
    );
  }
  const [type, value] = [node[0], node[1]];
  if (type === 'BenchmarkGroup') {
    for (const [key, child] of Object.entries(recordField(value, 'data') ?? {}))
      walk(path, child, [...keys, key], into);
    return;
  }
  if (type !== 'Trial' && type !== 'TrialEstimate') return;
  const name = keys.join('/');
  const source = { file: path };
  const times = type === 'Trial' ? numberArray(value['times']) : undefined;
  const time = numberField(value, 'time');
  const samples = times ?? (time === undefined ? undefined : [time]);
  if (samples === undefined)
    throw new ConfigurationError(
      `${path}: benchmark "${name}" (${type}) has no numeric "times"/"time"`,
    );
  const extra: Record<string, string | number> = { type };
  const params: unknown = value['params'];
  const evals =
    Array.isArray(params) && isRecord(params[1]) ? numberField(params[1], 'evals') : undefined;
  if (evals !== undefined) extra['evals'] = evals;
  into.push(
    checkedSeries({
      name,
      unit: 'ns',
      direction: 'smaller-is-better',
      samples,
      kind: times ? 'repetitions' : 'summary',
      source,
      extra,
    }),
  );
  const memory = numberField(value, 'memory');
  if (memory !== undefined) {
    into.push(
      checkedSeries({
        name: `${name} (memory)`,
        unit: 'B',
        direction: 'smaller-is-better',
        samples: [memory],
        kind: 'summary',
        source,
      }),
    );
  }
  const allocs = numberField(value, 'allocs');
  if (allocs !== undefined) {
    into.push(
      checkedSeries({
        name: `${name} (allocs)`,
        unit: 'allocs',
        direction: 'smaller-is-better',
        samples: [allocs],
        kind: 'summary',
        source,
      }),
    );
  }
}
