/**
 * queryPrometheus against a real Prometheus (Debian's `prometheus` package): the test starts the
 * demo exporter (a service that leaks 1 MB a second, see demo-exporter.ts) and a Prometheus that
 * scrapes it every second on loopback with Basic authentication, waits for a dozen scrapes, then
 * reads the leak, a latency quantile and an error ratio through the client and checks them
 * against what the exporter served. Skips where `prometheus` is not installed, fails there
 * under KAIZEN_REQUIRE_TOOLS (.ci/run installs it).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryPrometheus, type PrometheusRun } from '../../../src/gates/soak/prometheus/index.js';
import type { SoakSeries } from '../../../src/gates/soak/types.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { cli } from '../../support/cli.js';
import { skipWithout, toolAvailable } from '../../support/tools.js';
import { demo, startDemoExporter, type DemoExporter } from './demo-exporter.js';
import {
  freePort,
  startPrometheus,
  testAuthorization,
  type PrometheusServer,
} from './prometheus-server.js';

const skip = skipWithout(
  'prometheus',
  toolAvailable('prometheus', ['--version']),
  'apt-get install prometheus',
);

/** Scrapes to wait for: ten one-second points, enough for rate() over 5 s to have several. */
const scrapesWanted = 10;

let exporter: DemoExporter | undefined;
let prometheus: PrometheusServer | undefined;
/** The window queried: from the exporter's start to the last scrape waited for, whole seconds. */
let from = 0;
let to = 0;
let run: PrometheusRun;

const auth = { authorization: testAuthorization };

/** Least-squares slope of a series, in its unit per second. */
function slope(series: SoakSeries): number {
  const n = series.points.length;
  const meanT = series.points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanV = series.points.reduce((sum, p) => sum + p.v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of series.points) {
    sxy += (p.t - meanT) * (p.v - meanV);
    sxx += (p.t - meanT) ** 2;
  }
  return sxy / sxx;
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe.skipIf(skip)('queryPrometheus against a real Prometheus', () => {
  beforeAll(async () => {
    exporter = await startDemoExporter();
    prometheus = await startPrometheus(exporter.address);
    const deadline = Date.now() + 22_000;
    while (exporter.scrapes() < scrapesWanted && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (exporter.scrapes() < scrapesWanted) {
      throw new Error(`Prometheus scraped the exporter only ${exporter.scrapes()} times`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // the last scrape committed
    from = Math.floor(exporter.startedAt);
    to = Math.floor(Date.now() / 1000);
    run = await queryPrometheus({
      url: prometheus.url,
      queries: [
        { name: 'memory', promql: 'soak_demo_memory_bytes' },
        {
          name: 'latency_p99_s',
          promql:
            'histogram_quantile(0.99, sum by (le) (rate(soak_demo_request_duration_seconds_bucket[5s])))',
        },
        {
          name: 'error_ratio',
          promql:
            'sum by (job) (rate(soak_demo_errors_total[5s])) / sum by (job) (rate(soak_demo_requests_total[5s]))',
        },
        { name: 'cache_hit_ratio', promql: 'soak_demo_cache_hit_ratio' },
      ],
      from,
      to,
      step: 1,
      headers: auth,
    });
  }, 28_000);

  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.close();
  });

  it('gives one series per label set, named after the query, with the scrape labels', () => {
    const instance = exporter?.address;
    expect(run.format).toBe('prometheus');
    expect(run.series.map((s) => [s.name, s.labels])).toEqual([
      ['cache_hit_ratio', { instance, job: 'soak-demo' }],
      ['error_ratio', { job: 'soak-demo' }],
      ['latency_p99_s', undefined],
      ['memory', { area: 'heap', instance, job: 'soak-demo' }],
      ['memory', { area: 'stack', instance, job: 'soak-demo' }],
    ]);
  });

  it('puts the points on the step grid from the start of the window', () => {
    for (const series of run.series) {
      const points = series.points;
      expect(points.length).toBeGreaterThanOrEqual(3);
      for (const p of points) {
        expect(Number.isInteger(p.t - from)).toBe(true);
        expect(p.t).toBeGreaterThanOrEqual(from);
        expect(p.t).toBeLessThanOrEqual(to);
      }
    }
    const heap = run.series.find((s) => s.labels?.['area'] === 'heap');
    const times = heap?.points.map((p) => p.t) ?? [];
    // A point every second from the first scrape on, up to the end of the window.
    expect(times.length).toBeGreaterThanOrEqual(scrapesWanted - 1);
    times.forEach((t, k) => expect(t).toBe((times[0] ?? 0) + k));
    expect(times.at(-1)).toBe(to);
  });

  it('reads the leak as the exporter served it: 1 MB a second', () => {
    const heap = run.series.find((s) => s.labels?.['area'] === 'heap');
    if (!exporter || !heap) throw new Error('no heap series');
    // Each step holds the latest scrape at or before it, about a scrape interval old at most.
    // The margins allow for a loaded machine: the exporter computes the value a little after
    // the scrape's timestamp, and a scrape may come late.
    for (const { t, v } of heap.points) {
      expect(v).toBeLessThanOrEqual(exporter.heapAt(t + 0.5));
      expect(v).toBeGreaterThanOrEqual(exporter.heapAt(t - 2.5));
    }
    const ratio = slope(heap) / demo.heapBytesPerSecond;
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    const stack = run.series.find((s) => s.labels?.['area'] === 'stack');
    expect(new Set(stack?.points.map((p) => p.v))).toEqual(new Set([demo.stackBytes]));
  });

  it('reads the p99 and the error ratio the exporter implies', () => {
    const p99 = run.series.find((s) => s.name === 'latency_p99_s');
    const ratio = run.series.find((s) => s.name === 'error_ratio');
    // 99 of 100 requests a second are at most 0.25 s: the quantile is that bucket's bound.
    for (const p of p99?.points ?? []) expect(p.v).toBeCloseTo(0.25, 9);
    for (const p of ratio?.points ?? []) {
      expect(p.v).toBeCloseTo(demo.errorsPerSecond / demo.requestsPerSecond, 9);
    }
    expect(p99?.points.length).toBeGreaterThanOrEqual(5);
  });

  it('drops the NaN samples of a ratio of 0/0 with a note', () => {
    const cache = run.series.find((s) => s.name === 'cache_hit_ratio');
    expect(cache?.points.every((p) => p.v === demo.cacheHitRatio)).toBe(true);
    expect(run.notes).toHaveLength(1);
    expect(run.notes[0]).toMatch(
      /^\d+ point\(s\) with a NaN or infinite value dropped \(first at cache_hit_ratio\{instance="127\.0\.0\.1:\d+",job="soak-demo"\} at \d+\)$/,
    );
  });

  it('cuts a fine step into requests the server accepts, joined without a seam', async () => {
    // 1 ms over 11.5 s: 11,501 evaluation times, more than the 11,000 of one request, so two
    // requests, whose seam (start + 11 s) falls inside the scraped data.
    const start = to - 11.5;
    let requests = 0;
    const fine = await queryPrometheus({
      url: prometheus?.url ?? '',
      queries: [{ name: 'stack', promql: 'soak_demo_memory_bytes{area="stack"}' }],
      from: start,
      to,
      step: 0.001,
      headers: auth,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    expect(requests).toBe(2);
    const points = fine.series[0]?.points ?? [];
    const first = points[0]?.t ?? to;
    // From the first scrape in the window on, a point every millisecond, across the seam at
    // start + 11 s, to the end.
    expect(first).toBeLessThan(start + 11);
    expect(points).toHaveLength(Math.round((to - first) * 1000) + 1);
    const offGrid = points.filter((p, k) => Math.round((p.t - first) * 1000) !== k);
    expect(offGrid).toEqual([]);
  });

  it('feeds the soak gate itself: the CLI queries the server and judges the leak it serves', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kaizen-soak-prom-')), 'verdict.json');
    const result = await cli([
      'soak',
      '--prometheus',
      prometheus?.url ?? '',
      '--prometheus-header',
      `Authorization: ${testAuthorization}`,
      '--query',
      'memory=soak_demo_memory_bytes',
      '--from',
      String(from),
      '--to',
      String(to),
      // Half the scrape interval: twice the points of the short window the test can afford.
      '--step',
      '0.5',
      '--warmup',
      '0s',
      '--json',
      out,
    ]);
    expect(result.stderr).not.toMatch(/cannot reach|refused/);
    const verdict = JSON.parse(readFileSync(out, 'utf8')) as { status: string; headline: string };
    // 1 MB a second on about 100 MB is a leak far beyond the 1%/h memory limit.
    expect(result.code).toBe(1);
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toMatch(/memory.*leaks/);
  });

  it('quotes the server error for bad PromQL', async () => {
    const message = await messageOf(
      queryPrometheus({
        url: prometheus?.url ?? '',
        queries: [{ name: 'broken', promql: 'rate(soak_demo_requests_total[5s]' }],
        from,
        to,
        headers: auth,
      }),
    );
    expect(message).toBe(
      `query "broken" (rate(soak_demo_requests_total[5s]) at ${prometheus?.url}/api/v1/query_range: Prometheus answered an error (HTTP 400 Bad Request, bad_data): 1:34: parse error: unclosed left parenthesis`,
    );
  });

  it('says the server refused the request without credentials', async () => {
    const message = await messageOf(
      queryPrometheus({
        url: prometheus?.url ?? '',
        queries: [{ name: 'memory', promql: 'soak_demo_memory_bytes' }],
        from,
        to,
      }),
    );
    expect(message).toContain('Prometheus refused the request (HTTP 401 Unauthorized)');
  });

  it('refuses a metric that does not exist rather than passing on no data', async () => {
    const message = await messageOf(
      queryPrometheus({
        url: prometheus?.url ?? '',
        queries: [{ name: 'memory', promql: 'soak_demo_memory_byte' }],
        from,
        to,
        headers: auth,
      }),
    );
    expect(message).toContain('Prometheus found no series in the time window');
  });

  it('says "cannot reach" for a port where no Prometheus listens', async () => {
    const port = await freePort();
    const message = await messageOf(
      queryPrometheus({
        url: `http://127.0.0.1:${port}`,
        queries: [{ name: 'memory', promql: 'soak_demo_memory_bytes' }],
        from,
        to,
      }),
    );
    expect(message).toContain(
      `cannot reach Prometheus at http://127.0.0.1:${port}/api/v1/query_range`,
    );
  });
});
