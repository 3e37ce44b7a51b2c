import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '../../../src/shared/errors.js';
import type { SoakFormat } from '../../../src/gates/soak/types.js';
import { parseInChunks } from './fixture.js';

const locustHistoryHeader =
  'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,Total Request Count\r\n';

/** The error a parse throws; fails the test when it does not throw a ConfigurationError. */
function errorOf(format: SoakFormat, text: string, source: string): string {
  try {
    parseInChunks(format, text, source);
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('bad input is refused with the file, the line and what is wrong', () => {
  it.each<[string, SoakFormat, string, string]>([
    [
      'csv without its header',
      'csv',
      '1764968400,mem,1\n',
      'in.csv:1: the first line must be the header "timestamp,series,value"; found "1764968400,mem,1"',
    ],
    ['empty csv', 'csv', '', 'in.csv: empty file; expected the header "timestamp,series,value"'],
    [
      'csv value that is not a number',
      'csv',
      'timestamp,series,value\n1764968400,mem,1\n1764968410,mem,12MB\n',
      'in.csv:3: value "12MB" is not a number',
    ],
    [
      'csv row with a missing cell',
      'csv',
      'timestamp,series,value\n1764968400,mem\n1764968410,mem,2\n',
      'in.csv:2: expected 3 cells (timestamp,series,value), found 2',
    ],
    [
      'csv timestamp in milliseconds',
      'csv',
      'timestamp,series,value\n1764968400000,mem,1\n',
      'in.csv:2: timestamp "1764968400000" looks like milliseconds; timestamps are seconds since the epoch (divide by 1000) or RFC 3339',
    ],
    [
      'csv timestamp that is neither',
      'csv',
      'timestamp,series,value\n05/12/2025 21:00,mem,1\n',
      'in.csv:2: timestamp "05/12/2025 21:00" is neither seconds since the epoch nor an RFC 3339 date-time (2026-12-06T21:00:00Z)',
    ],
    [
      'json of another shape',
      'json',
      '[{"timestamp": 1764968400, "series": "mem", "value": 1}]',
      'in.json: no "series" object; expected {"series": {"<name>": [[<seconds since the epoch or RFC 3339>, <number>], …], …}}',
    ],
    [
      'json point that is not a pair',
      'json',
      '{"series": {"mem": [[1764968400, 1], {"t": 1764968410, "v": 2}]}}',
      'in.json: series "mem", point 2 is not a [t, v] pair; expected {"series": {"<name>": [[<seconds since the epoch or RFC 3339>, <number>], …], …}}',
    ],
    [
      'json cut off',
      'json',
      '{"series": {"mem": [[1764968400, 1],\n',
      'in.json: invalid JSON at line 2, column 1: ValueExpected (the file ends early: was it truncated?)',
    ],
    [
      'k6 line that is not JSON',
      'k6-ndjson',
      '{"metric":"vus","type":"Point","data":{"time":"2026-12-05T22:00:01Z","value":1,"tags":null}}\nvus 1\n',
      'in.ndjson:2: not a JSON line of k6 --out json (',
    ],
    [
      'k6 point with a bad time',
      'k6-ndjson',
      '{"metric":"vus","type":"Point","data":{"time":"yesterday","value":1,"tags":null}}\n',
      'in.ndjson:1: data.time "yesterday" is not an RFC 3339 time',
    ],
    [
      'k6 line of another tool',
      'k6-ndjson',
      '{"level":"info","msg":"starting"}\n',
      'in.ndjson:1: not a k6 --out json line: expected {"type":"Metric"|"Point","metric":…,"data":{…}}',
    ],
    ['empty k6 output', 'k6-ndjson', '\n', 'in.ndjson: no k6 --out json lines (the file is empty)'],
    [
      'k6 summary without metrics',
      'k6-summary',
      '{"root_group": {}}',
      'in.json: not a k6 summary: no "metrics" object (expected the file of k6 run --summary-export, or JSON.stringify of handleSummary\'s data)',
    ],
    [
      'k6 summary threshold that is not a boolean',
      'k6-summary',
      '{"metrics": {"vus": {"value": 1, "thresholds": {"value<2": "ok"}}}}',
      'in.json: metric "vus": threshold "value<2" is not a boolean',
    ],
    [
      'k6 summary of an unknown type',
      'k6-summary',
      '{"metrics": {"vus": {"type": "histogram", "contains": "default", "values": {"value": 1}}}}',
      'in.json: metric "vus": type "histogram" is not one of trend, rate, counter, gauge',
    ],
    [
      'Locust history with another header',
      'locust-history',
      'time,users\r\n1764968400,1\r\n',
      'in.csv:1: not a Locust _stats_history.csv: the header lacks "Timestamp", "Name"',
    ],
    [
      'Locust history row with too few cells mid-file',
      'locust-history',
      `${locustHistoryHeader}1764968400,1,,Aggregated,1.0\r\n1764968401,1,,Aggregated,1.0,0.0,40,1\r\n`,
      'in.csv:2: expected 8 cells as in the header, found 5',
    ],
    [
      'Locust history cell that is not a number',
      'locust-history',
      `${locustHistoryHeader}1764968400,1,,Aggregated,fast,0.0,40,1\r\n`,
      'in.csv:2: column "Requests/s": "fast" is not a number',
    ],
  ])('%s', (_case, format, text, message) => {
    const source =
      format === 'json' || format === 'k6-summary'
        ? 'in.json'
        : format === 'k6-ndjson'
          ? 'in.ndjson'
          : 'in.csv';
    expect(errorOf(format, text, source)).toContain(message);
  });
});

describe('odd but usable input is parsed, with a note', () => {
  const header = 'timestamp,series,value\n';

  it.each<[string, string, [number, number][], string[]]>([
    [
      'the clock going backwards: points sorted',
      `${header}10,mem,1\n30,mem,3\n20,mem,2\n40,mem,4\n`,
      [
        [10, 1],
        [20, 2],
        [30, 3],
        [40, 4],
      ],
      ['mem: the clock goes backwards 1 time(s) (first at in.csv:4); points sorted by time'],
    ],
    [
      'duplicate timestamps: all kept',
      `${header}10,mem,1\n10,mem,2\n20,mem,3\n`,
      [
        [10, 1],
        [10, 2],
        [20, 3],
      ],
      ['mem: 1 duplicate timestamp(s); all points kept'],
    ],
    [
      'Inf and -Inf: dropped',
      `${header}10,mem,1\n20,mem,+Inf\n30,mem,2\n40,mem,-inf\n50,mem,3\n`,
      [
        [10, 1],
        [30, 2],
        [50, 3],
      ],
      ['2 point(s) with a NaN or infinite value dropped (first at in.csv:3)'],
    ],
    [
      'a cut-off last line: dropped',
      `${header}10,mem,1\n20,mem,2\n30,mem,3\n40,me`,
      [
        [10, 1],
        [20, 2],
        [30, 3],
      ],
      ['in.csv:5: cut-off last line dropped (2 of 3 cells)'],
    ],
  ])('%s', (_case, text, points, notes) => {
    const run = parseInChunks('csv', text, 'in.csv', 3);
    expect(run.series.map((s) => s.points.map((p) => [p.t, p.v]))).toEqual([points]);
    expect(run.notes).toEqual(notes);
  });

  it('ignores the byte-order mark Excel writes before the header', () => {
    const run = parseInChunks('csv', `\uFEFF${header}10,mem,1\n20,mem,2\n30,mem,3\n`, 'in.csv', 1);
    expect(run.series.map((s) => s.points.length)).toEqual([3]);
  });

  it('drops a series with too few points, saying so', () => {
    const run = parseInChunks(
      'csv',
      `${header}10,mem,1\n20,mem,2\n10,cpu,1\n20,cpu,2\n30,cpu,3\n`,
      'in.csv',
    );
    expect(run.series.map((s) => s.name)).toEqual(['cpu']);
    expect(run.notes).toEqual(['mem: dropped, 2 point(s) (a trend needs at least 3)']);
  });

  it('drops a cut-off last k6 line', () => {
    const line = (s: number) =>
      `{"metric":"vus","type":"Point","data":{"time":"2026-12-05T22:00:0${s}Z","value":${s},"tags":null}}\n`;
    const run = parseInChunks(
      'k6-ndjson',
      `${line(1)}${line(2)}${line(3)}{"metric":"vus","type":"Po`,
      'in.ndjson',
      10,
    );
    expect(run.series[0]?.points).toHaveLength(3);
    expect(run.notes).toEqual(['in.ndjson:4: cut-off last line dropped']);
  });
});
