/** readSoakInputs and its value parsers: what each input accepts, and the message for a mistake. */
import { describe, expect, it } from 'vitest';
import {
  parseDurationSeconds,
  parseGrowthLimit,
  readSoakInputs,
} from '../../../src/gates/soak/inputs.js';

const read = (inputs: Record<string, string>) => readSoakInputs((name) => inputs[name] ?? '');

describe('soak inputs', () => {
  it.each([
    ['300', 300],
    ['90s', 90],
    ['5m', 300],
    ['1h30m', 5400],
    ['2.5min', 150],
  ])('reads the duration %s', (text, seconds) => {
    expect(parseDurationSeconds(text, "Input 'warmup'")).toBe(seconds);
  });

  it.each([
    ['1%/h', 1],
    ['2.5 %/h', 2.5],
    ['0.5%', 0.5],
    ['3', 3],
    ['1 %/hour', 1],
  ])('reads the growth limit %s', (text, percent) => {
    expect(parseGrowthLimit(text, "Input 'growth'")).toBe(percent);
  });

  it('reads every input into one object', () => {
    const inputs = read({
      input: 'a.ndjson\nb_stats_history.csv',
      format: 'K6-NDJSON',
      prometheus: 'http://127.0.0.1:9090',
      query:
        'rss=process_resident_memory_bytes{job="api"}\n# a comment\np99=histogram_quantile(0.99, x)',
      'prometheus-header': 'Authorization: Bearer abc:def',
      slo: 'latency_p99_ms < 200\nerror_ratio < 0.001',
      growth: '*heap*: 0.5%/h\n"http:*": 5%/h',
      warmup: '5m',
      key: 'nightly',
    });
    expect(inputs).toMatchObject({
      input: ['a.ndjson', 'b_stats_history.csv'],
      format: 'k6-ndjson',
      prometheus: {
        url: 'http://127.0.0.1:9090',
        queries: [
          { name: 'rss', promql: 'process_resident_memory_bytes{job="api"}' },
          { name: 'p99', promql: 'histogram_quantile(0.99, x)' },
        ],
        from: 'now-1h',
        to: 'now',
        headers: { Authorization: 'Bearer abc:def' },
      },
      growth: [
        { pattern: '*heap*', maxPercentPerHour: 0.5 },
        { pattern: 'http:*', maxPercentPerHour: 5 },
      ],
      warmupSeconds: 300,
      job: 'nightly',
      history: false,
      trackingIssue: true,
      trackingLabel: 'kaizen-gates',
    });
    expect(inputs.slos.map((s) => s.kind)).toEqual(['threshold', 'ratio']);
    expect(read({ input: 'a.csv' }).warmupSeconds).toBeUndefined();
  });

  it.each([
    [{}, "Input 'input' is required"],
    [{ input: 'a.csv', warmup: 'later' }, "Input 'warmup' is 'later'; expected a duration"],
    [{ input: 'a.csv', growth: 'rss: -1%/h' }, "Input 'growth' for 'rss' is '-1%/h'"],
    [{ input: 'a.csv', growth: 'no colon' }, "Input 'growth' has the line 'no colon'"],
    [{ prometheus: 'http://p:9090' }, "needs at least one 'query' line"],
    [{ prometheus: 'http://p:9090', query: '=up' }, "Input 'query' has the line '=up'"],
    [{ prometheus: 'http://p:9090', query: 'a=up\na=down' }, "Input 'query' names 'a' twice"],
    [{ prometheus: 'ftp://p', query: 'a=up' }, 'expected an http:// or https:// URL'],
    [{ prometheus: 'p:9090x', query: 'a=up' }, "Input 'prometheus' is 'p:9090x'"],
    [
      { prometheus: 'http://p:9090', query: 'a=up', 'prometheus-header': 'Bearer s3cret' },
      "Input 'prometheus-header' has a line that is not 'Name: value'",
    ],
    [{ input: 'a.csv', 'prometheus-header': 'X-A: b' }, "needs 'prometheus'"],
    [{ input: 'a.csv', job: 'a b' }, "Input 'job' is 'a b'"],
    [{ input: 'a.csv', 'tracking-label': 'a,b' }, "Input 'tracking-label' is 'a,b'"],
    [{ input: 'a.csv', alpha: '2' }, "Input 'alpha' is '2'"],
  ])('refuses %j', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('never echoes a header value in its message', () => {
    expect(() =>
      read({ prometheus: 'http://p', query: 'a=up', 'prometheus-header': 'Bearer s3cret' }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
  });
});
