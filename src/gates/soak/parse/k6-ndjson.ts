import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { SoakParser, SoakRun } from '../types.js';
import { SeriesAccumulator } from './series-accumulator.js';
import { parseRfc3339 } from './timestamp.js';

/** Options of {@link createK6NdjsonParser}. */
export interface K6NdjsonOptions {
  /**
   * Tags that split a metric into several series, e.g. `['name', 'status']`: one series per
   * distinct combination, the tags kept as labels. Default none: one series per metric with every
   * sample, whatever its tags (k6 tags each sample with url, vu, iter…; a series per full tag set
   * would split a metric into thousands of pieces).
   */
  groupByTags?: readonly string[];
  /**
   * Metrics to keep (default all). A night's file holds millions of samples; keeping only the
   * ones the analysis reads bounds the memory. Samples of other metrics are counted in a note.
   */
  metrics?: readonly string[];
}

/** The unit of a metric's values from its `contains`: k6 writes durations in ms, data in bytes. */
function unitOf(contains: unknown): string | undefined {
  return contains === 'time' ? 'ms' : contains === 'data' ? 'bytes' : undefined;
}

/**
 * A push parser of k6's `--out json` output: one JSON object a line, either a metric declaration
 * `{"type":"Metric","metric":name,"data":{"type","contains",…}}` or a sample
 * `{"type":"Point","metric":name,"data":{"time": RFC 3339,"value","tags"}}`. Points become series
 * per metric (split by {@link K6NdjsonOptions.groupByTags}), sorted by time: k6 flushes samples of
 * many VUs in batches, so the file is not in time order and that is not noted. Only the pending
 * partial line is buffered, so a file of any size streams.
 *
 * @param source the file name, for messages.
 */
export function createK6NdjsonParser(source: string, options: K6NdjsonOptions = {}): SoakParser {
  const groupByTags = options.groupByTags ?? [];
  const keep = options.metrics === undefined ? undefined : new Set(options.metrics);
  const accumulator = new SeriesAccumulator();
  const units = new Map<string, string>();
  const notes: string[] = [];
  let pending = '';
  let line = 0;
  let skipped = 0;
  let lines = 0;

  const onLine = (text: string, terminated: boolean): void => {
    line++;
    const trimmed = text.trim();
    if (trimmed === '') return;
    const where = `${source}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(trimmed) as unknown;
    } catch (error) {
      if (!terminated) {
        notes.push(`${where}: cut-off last line dropped`);
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigurationError(`${where}: not a JSON line of k6 --out json (${reason})`);
    }
    lines++;
    if (!isRecord(value) || typeof value['metric'] !== 'string' || !isRecord(value['data'])) {
      throw new ConfigurationError(
        `${where}: not a k6 --out json line: expected {"type":"Metric"|"Point","metric":…,"data":{…}}`,
      );
    }
    const metric = value['metric'];
    const data = value['data'];
    if (value['type'] === 'Metric') {
      const unit = unitOf(data['contains']);
      if (unit !== undefined) units.set(metric, unit);
      return;
    }
    if (value['type'] !== 'Point') {
      throw new ConfigurationError(
        `${where}: unknown line type ${JSON.stringify(value['type'])} (k6 writes "Metric" and "Point")`,
      );
    }
    if (keep && !keep.has(metric)) {
      skipped++;
      return;
    }
    const time = data['time'];
    const t = typeof time === 'string' ? parseRfc3339(time) : undefined;
    if (t === undefined) {
      throw new ConfigurationError(
        `${where}: data.time ${JSON.stringify(time)} is not an RFC 3339 time`,
      );
    }
    const sample = data['value'];
    if (typeof sample !== 'number') {
      throw new ConfigurationError(
        `${where}: data.value ${JSON.stringify(sample)} is not a number`,
      );
    }
    const tags = isRecord(data['tags']) ? data['tags'] : {};
    const labels: Record<string, string> = {};
    for (const tag of groupByTags) {
      const tagValue = tags[tag];
      if (typeof tagValue === 'string') labels[tag] = tagValue;
    }
    accumulator.add(
      Object.keys(labels).length > 0 ? { name: metric, labels } : { name: metric },
      t,
      sample,
      where,
    );
  };

  return {
    write(chunk: string): void {
      pending += chunk;
      // Slicing by index, not shortening `pending` line by line, keeps a big chunk linear.
      let start = 0;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        onLine(pending.slice(start, newline), true);
        start = newline + 1;
        newline = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    },
    end(): SoakRun {
      if (pending !== '') onLine(pending, false);
      pending = '';
      if (lines === 0) {
        throw new ConfigurationError(`${source}: no k6 --out json lines (the file is empty)`);
      }
      if (skipped > 0) notes.push(`${skipped} sample(s) of metrics not asked for skipped`);
      const series = accumulator.finish({ ordered: false }, notes).map((s) => {
        const unit = units.get(s.name);
        return unit === undefined ? s : { ...s, unit };
      });
      return { format: 'k6-ndjson', series, notes };
    },
  };
}

/** Parses a whole k6 `--out json` text; see {@link createK6NdjsonParser}. */
export function parseK6Ndjson(
  text: string,
  source: string,
  options: K6NdjsonOptions = {},
): SoakRun {
  const parser = createK6NdjsonParser(source, options);
  parser.write(text);
  return parser.end();
}
