import { describe, expect, it } from 'vitest';
import {
  parseQueryRangeAnswers,
  type PrometheusAnswer,
} from '../../../src/gates/soak/prometheus/index.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { fixtureText } from '../parse/fixture.js';
import type { CapturedAnswer } from './capture-fixtures.js';

/** The captured answers (test/fixtures/soak/prometheus/SOURCES.md says how they were made). */
const captured = JSON.parse(fixtureText('prometheus/answers.json')) as CapturedAnswer[];

/** A captured answer as the client hands it to the parser. */
function answer(file: string): PrometheusAnswer {
  const entry = captured.find((c) => c.file === file);
  if (!entry) throw new Error(`no captured answer ${file}`);
  return {
    status: entry.status,
    statusText: entry.statusText,
    ...(entry.contentType === null ? {} : { contentType: entry.contentType }),
    text: fixtureText(`prometheus/${file}`),
  };
}

/** The raw `[t, "v"]` samples of a captured matrix, by series, straight from the JSON. */
function rawValues(file: string): { metric: Record<string, string>; values: [number, string][] }[] {
  const document = JSON.parse(fixtureText(`prometheus/${file}`)) as {
    data: { result: { metric: Record<string, string>; values: [number, string][] }[] };
  };
  return document.data.result;
}

const where = 'query "q" at http://127.0.0.1:9090/api/v1/query_range';

/** The ConfigurationError message of a parse; fails when it does not throw one. */
function messageOf(answers: PrometheusAnswer[]): string {
  try {
    parseQueryRangeAnswers('q', answers, where);
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no error');
}

/** An answer of the documented success shape around `result`, with extra top-level fields. */
function matrixAnswer(result: unknown[], extra: Record<string, unknown> = {}): PrometheusAnswer {
  return {
    status: 200,
    contentType: 'application/json',
    text: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result }, ...extra }),
  };
}

describe('parseQueryRangeAnswers on answers of a real Prometheus', () => {
  it('gives one series per label set, named after the query, labels without __name__', () => {
    const run = parseQueryRangeAnswers('memory', [answer('memory.json')], where);
    const raw = rawValues('memory.json');
    expect(run.notes).toEqual([]);
    expect(run.series.map((s) => s.labels)).toEqual(
      raw.map(({ metric }) => {
        const { __name__, ...labels } = metric;
        expect(__name__).toBe('soak_demo_memory_bytes');
        return labels;
      }),
    );
    expect(run.series.map((s) => s.labels?.['area'])).toEqual(['heap', 'stack']);
    run.series.forEach((series, index) => {
      expect(series.name).toBe('memory');
      expect(series.unit).toBeUndefined();
      expect(series.points).toEqual(
        raw[index]?.values.map(([t, v]) => ({ t, v: Number.parseFloat(v) })),
      );
    });
  });

  it('reads a query without labels (histogram_quantile over a sum) as an unlabelled series', () => {
    const run = parseQueryRangeAnswers('latency_p99_s', [answer('p99.json')], where);
    expect(run.series).toHaveLength(1);
    expect(run.series[0]?.labels).toBeUndefined();
    // The exporter's histogram puts the 99th of 100 requests a second at the 0.25 s bound.
    for (const point of run.series[0]?.points ?? []) expect(point.v).toBeCloseTo(0.25, 12);
  });

  it('keeps the labels an aggregation leaves (sum by (job))', () => {
    const run = parseQueryRangeAnswers('error_ratio', [answer('error-ratio.json')], where);
    expect(run.series.map((s) => s.labels)).toEqual([{ job: 'soak-demo' }]);
    // 0.5 errors a second over 100 requests a second.
    for (const point of run.series[0]?.points ?? []) expect(point.v).toBeCloseTo(0.005, 12);
  });

  it('drops NaN and +Inf samples with a note, and series left with none', () => {
    const run = parseQueryRangeAnswers('cache', [answer('nan-inf.json')], where);
    const raw = rawValues('nan-inf.json');
    const nonFinite = raw.flatMap((s) => s.values).filter(([, v]) => v === 'NaN' || v === '+Inf');
    expect(nonFinite.length).toBeGreaterThan(10);
    expect(run.series).toHaveLength(1);
    expect(run.series[0]?.labels).toEqual({
      instance: raw[0]?.metric['instance'],
      job: 'soak-demo',
    });
    expect(run.series[0]?.points.map((p) => p.v)).toEqual(
      raw[0]?.values.filter(([, v]) => v !== 'NaN').map(() => 0.9),
    );
    const firstNaN = raw[0]?.values.find(([, v]) => v === 'NaN')?.[0];
    expect(run.notes).toEqual([
      `${nonFinite.length} point(s) with a NaN or infinite value dropped (first at cache{instance=${JSON.stringify(raw[0]?.metric['instance'])},job="soak-demo"} at ${firstNaN})`,
    ]);
  });

  it('joins the answers of a window cut into slices', () => {
    const whole = parseQueryRangeAnswers('memory', [answer('memory.json')], where);
    const document = JSON.parse(fixtureText('prometheus/memory.json')) as {
      data: { result: { metric: unknown; values: unknown[] }[] };
    };
    const slice = (from: number, to?: number): PrometheusAnswer =>
      matrixAnswer(
        document.data.result.map((s) => ({ metric: s.metric, values: s.values.slice(from, to) })),
      );
    const joined = parseQueryRangeAnswers('memory', [slice(0, 3), slice(3)], where);
    expect(joined).toEqual(whole);
  });

  it.each<[string, string]>([
    [
      'bad-promql.json',
      `${where}: Prometheus answered an error (HTTP 400 Bad Request, bad_data): 1:34: parse error: unclosed left parenthesis`,
    ],
    [
      'limit-11001-steps.json',
      `${where}: Prometheus answered an error (HTTP 400 Bad Request, bad_data): exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)`,
    ],
    [
      'no-series.json',
      `${where}: Prometheus found no series in the time window (check the metric name, its labels and --from/--to)`,
    ],
    [
      'instant-vector.json',
      `${where}: the answer is not a matrix (resultType "vector"); expected {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {…}, "values": [[<time>, "<value>"], …]}, …]}}`,
    ],
    [
      'unauthorized.txt',
      `${where}: Prometheus refused the request (HTTP 401 Unauthorized): give the credentials it expects (an Authorization header, or user:password@ in the URL); it answered "Unauthorized"`,
    ],
  ])('refuses %s with a message that says why', (file, message) => {
    expect(messageOf([answer(file)])).toBe(message);
  });

  it('refuses a query whose every slice is empty, but not one with data in some slice', () => {
    expect(messageOf([answer('no-series.json'), answer('no-series.json')])).toContain(
      'found no series',
    );
    const run = parseQueryRangeAnswers(
      'memory',
      [answer('no-series.json'), answer('memory.json')],
      where,
    );
    expect(run.series).toHaveLength(2);
  });
});

describe('parseQueryRangeAnswers on documented shapes no local server produces', () => {
  // Shapes from the HTTP API documentation (prometheus.io/docs/prometheus/latest/querying/api/):
  // `warnings` (and `infos` since 2.51) beside `data`; native histograms as `histograms`.
  const series = {
    metric: { __name__: 'm', instance: 'a' },
    values: [
      [1796590800, '1'],
      [1796590815, '2'],
      [1796590830, '-Inf'],
      [1796590845, '3'],
    ],
  };

  it('passes warnings and infos on as notes, once each across slices', () => {
    const extra = {
      warnings: ['remote read of store x timed out'],
      infos: ['PromQL info: metric might not be a counter, name does not end in _total'],
    };
    const run = parseQueryRangeAnswers(
      'm',
      [matrixAnswer([series], extra), matrixAnswer([], extra)],
      where,
    );
    expect(run.notes).toEqual([
      'm: Prometheus warns: remote read of store x timed out',
      'm: Prometheus notes: PromQL info: metric might not be a counter, name does not end in _total',
      '1 point(s) with a NaN or infinite value dropped (first at m{instance="a"} at 1796590830)',
    ]);
    expect(run.series[0]?.points).toEqual([
      { t: 1796590800, v: 1 },
      { t: 1796590815, v: 2 },
      { t: 1796590845, v: 3 },
    ]);
  });

  it('drops native histogram samples with a note saying what to query instead', () => {
    const histogram = {
      metric: { __name__: 'h' },
      histograms: [
        [1796590800, { count: '10', sum: '2', buckets: [[0, '0.1', '0.2', '10']] }],
        [1796590815, { count: '12', sum: '3', buckets: [[0, '0.1', '0.2', '12']] }],
      ],
    };
    const run = parseQueryRangeAnswers('m', [matrixAnswer([series, histogram])], where);
    expect(run.series).toHaveLength(1);
    expect(run.notes).toContain(
      'm: 2 native histogram sample(s) dropped; query a number from them instead, e.g. histogram_quantile(0.99, rate(metric[5m]))',
    );
  });

  it('drops a series with too few points, with a note', () => {
    const short = { metric: { instance: 'b' }, values: [[1796590800, '1']] };
    const run = parseQueryRangeAnswers('m', [matrixAnswer([series, short])], where);
    expect(run.series.map((s) => s.labels)).toEqual([{ instance: 'a' }]);
    expect(run.notes).toContain('m{instance="b"}: dropped, 1 point(s) (a trend needs at least 3)');
  });

  it.each<[string, PrometheusAnswer, string]>([
    [
      'an HTML page from a proxy that failed',
      {
        status: 502,
        statusText: 'Bad Gateway',
        contentType: 'text/html',
        text: '<html>\n<head><title>502 Bad Gateway</title></head>\n</html>\n',
      },
      `${where}: HTTP 502 Bad Gateway (the server or a proxy in front of it failed): "<html> <head><title>502 Bad Gateway</title></head> </html>"`,
    ],
    [
      'a 404 (a wrong path prefix)',
      { status: 404, statusText: 'Not Found', text: '404 page not found\n' },
      `${where}: HTTP 404 Not Found (is this the URL of a Prometheus server?): "404 page not found"`,
    ],
    [
      'a page that is not JSON (the URL of something else)',
      {
        status: 200,
        statusText: 'OK',
        contentType: 'text/html',
        text: '<!doctype html><p>Grafana',
      },
      `${where}: the answer is not JSON (HTTP 200 OK, content type text/html): "<!doctype html><p>Grafana"; is this the URL of a Prometheus server?`,
    ],
    [
      'an empty body',
      { status: 200, text: '' },
      `${where}: the answer is not JSON (HTTP 200, content type unknown): (an empty body); is this the URL of a Prometheus server?`,
    ],
    [
      'JSON of another API',
      { status: 200, text: '{"data": []}' },
      `${where}: not a Prometheus API answer (status undefined); expected {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {…}, "values": [[<time>, "<value>"], …]}, …]}}`,
    ],
    [
      'an error without errorType or message (503 from an overloaded server)',
      { status: 503, statusText: 'Service Unavailable', text: '{"status":"error"}' },
      `${where}: Prometheus answered an error (HTTP 503 Service Unavailable, error): (no message given)`,
    ],
    [
      'a sample whose value is a number, not a string',
      matrixAnswer([{ metric: {}, values: [[1796590800, 1]] }]),
      `${where}: q: sample "[1796590800,1]" is not [<time>, "<value>"]`,
    ],
    [
      'a sample value that is not a number',
      matrixAnswer([{ metric: { a: 'x' }, values: [[1796590800, 'twelve']] }]),
      `${where}: q{a="x"}: sample "[1796590800,\\"twelve\\"]" is not [<time>, "<value>"]`,
    ],
    [
      'a series without values',
      matrixAnswer([{ metric: {} }]),
      `${where}: q has no "values" array; expected {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {…}, "values": [[<time>, "<value>"], …]}, …]}}`,
    ],
    [
      'a label that is not a string',
      matrixAnswer([{ metric: { code: 500 }, values: [] }]),
      `${where}: series 1: label code is 500, not a string`,
    ],
  ])('refuses %s', (_what, bad, message) => {
    expect(messageOf([bad])).toBe(message);
  });
});
