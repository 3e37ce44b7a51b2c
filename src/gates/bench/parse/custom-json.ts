import { ConfigurationError } from '../../../shared/errors.js';
import type { BenchmarkSeries, Direction, ParsedBenchFile } from '../types.js';
import type { BenchSource } from './bench-source.js';
import { checkedSeries, parsedFile } from './series.js';
import { convertUnit, isTimeUnit } from './units.js';
import { isRecord, numberField, parsePrintedNumber, stringField } from './unknown-value.js';

/** The two custom formats of github-action-benchmark; the name carries the direction. */
export type CustomFormat = 'custom-smaller-is-better' | 'custom-bigger-is-better';

/** True when the JSON value is an array of `{name, unit, value}` objects. */
export function isCustomJson(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) =>
        isRecord(item) &&
        typeof item['name'] === 'string' &&
        typeof item['unit'] === 'string' &&
        'value' in item,
    )
  );
}

/**
 * True when every entry's unit is a time: only then may `auto` assume smaller-is-better. For any
 * other unit (`req/s`, `Megabytes`, `Percent`) the direction cannot be known from the file, and the
 * user must choose `custom-smaller-is-better` or `custom-bigger-is-better`.
 */
export function isTimeOnlyCustomJson(value: unknown): boolean {
  return (
    isCustomJson(value) &&
    value.every((item) => isRecord(item) && isTimeUnit(stringField(item, 'unit') ?? ''))
  );
}

/**
 * Reads github-action-benchmark's custom JSON, `[{name, unit, value, range?, extra?}]`. The
 * direction is the chosen format's, for every entry. Time units become ns and memory units with a
 * standard symbol bytes; other units are kept as written. `range` is the tool's spread: `"5%"` is
 * read as 0.05, a plain number or `"± 3"` as an absolute spread divided by the value. A string
 * `extra` is kept as `extra.info`.
 */
export function parseCustomJson(source: BenchSource, format: CustomFormat): ParsedBenchFile {
  const root = source.json();
  if (!Array.isArray(root)) {
    throw new ConfigurationError(
      `${source.path}: not ${format} JSON (expected an array of {"name", "unit", "value"} objects)`,
    );
  }
  const direction: Direction =
    format === 'custom-bigger-is-better' ? 'bigger-is-better' : 'smaller-is-better';
  const benchmarks: BenchmarkSeries[] = root.map((item, index) => {
    const name = isRecord(item) ? stringField(item, 'name') : undefined;
    const unit = isRecord(item) ? stringField(item, 'unit') : undefined;
    if (!isRecord(item) || name === undefined || unit === undefined) {
      throw new ConfigurationError(
        `${source.path}: entry [${index}] needs a string "name" and a string "unit"`,
      );
    }
    const value =
      numberField(item, 'value') ?? parsePrintedNumber(stringField(item, 'value') ?? '');
    if (value === undefined) {
      throw new ConfigurationError(
        `${source.path}: benchmark "${name}" has a "value" that is not a number (${JSON.stringify(item['value'])})`,
      );
    }
    const conversion = convertUnit(unit);
    const canonical =
      conversion.kind === 'time' || conversion.kind === 'memory' ? conversion : { unit, factor: 1 };
    const spread = relativeRange(item['range'], value);
    const info = item['extra'];
    return checkedSeries({
      name,
      unit: canonical.unit,
      direction,
      samples: [value * canonical.factor],
      kind: 'summary',
      source: { file: source.path },
      ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
      ...(typeof info === 'string' ? { extra: { info } } : {}),
    });
  });
  return parsedFile(source.path, format, benchmarks, []);
}

/** `range` as a fraction of `value`: `"5%"` → 0.05, `"± 3"` or `3` → 3 / value. */
function relativeRange(range: unknown, value: number): number | undefined {
  if (typeof range === 'number') return value > 0 ? Math.abs(range) / value : undefined;
  if (typeof range !== 'string') return undefined;
  const match = /^\s*(?:±|\+\/-|\+-)?\s*([\d.,]+)\s*(%?)\s*$/.exec(range);
  const amount = match?.[1] === undefined ? undefined : parsePrintedNumber(match[1]);
  if (amount === undefined) return undefined;
  if (match?.[2] === '%') return amount / 100;
  return value > 0 ? amount / value : undefined;
}
