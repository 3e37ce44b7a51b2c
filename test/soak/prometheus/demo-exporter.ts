/**
 * A tiny exporter of a service under a soak test, for a real Prometheus to scrape on loopback.
 * Every value is a known function of the time of the scrape, so tests can say what Prometheus
 * must return:
 * - `soak_demo_memory_bytes{area="heap"}` leaks: 100 MB + 1 MB per second since start;
 *   `{area="stack"}` stays at 8 MiB;
 * - `soak_demo_requests_total` grows by 100 a second, `soak_demo_errors_total` by 0.5 (an error
 *   ratio of 0.005);
 * - `soak_demo_request_duration_seconds` (histogram) receives, per second, 90 requests of at most
 *   0.1 s, 9 between 0.1 and 0.25 s and 1 between 0.25 and 0.5 s, so its interpolated p99 is
 *   exactly 0.25 s;
 * - `soak_demo_cache_hit_ratio` is NaN on every other scrape (as a client library writes a ratio
 *   of 0/0) and 0.9 otherwise.
 * Counters are fractional, which the exposition format allows, so they are exact in time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The exporter's rates and levels, for the tests' expectations. */
export const demo = {
  heapStartBytes: 100e6,
  heapBytesPerSecond: 1e6,
  stackBytes: 8 * 1024 * 1024,
  requestsPerSecond: 100,
  errorsPerSecond: 0.5,
  /** Requests per second at or under each bucket bound, cumulative as in the exposition. */
  buckets: [
    ['0.1', 90],
    ['0.25', 99],
    ['0.5', 100],
    ['+Inf', 100],
  ],
  cacheHitRatio: 0.9,
} as const;

/** A running exporter. */
export interface DemoExporter {
  /** `127.0.0.1:<port>`: the `instance` label Prometheus gives its series. */
  address: string;
  /** Seconds since the epoch when the leak started (elapsed time 0). */
  startedAt: number;
  /** Heap bytes at a time (seconds since the epoch). */
  heapAt(t: number): number;
  /** How many times it was scraped. */
  scrapes(): number;
  close(): Promise<void>;
}

/** Starts the exporter on 127.0.0.1 at a port the system picks. */
export async function startDemoExporter(): Promise<DemoExporter> {
  const startedAt = Date.now() / 1000;
  const heapAt = (t: number): number =>
    demo.heapStartBytes + demo.heapBytesPerSecond * (t - startedAt);
  let scrapes = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end('not found\n');
      return;
    }
    scrapes++;
    const now = Date.now() / 1000;
    const elapsed = now - startedAt;
    const lines = [
      '# HELP soak_demo_memory_bytes Memory in use, by area.',
      '# TYPE soak_demo_memory_bytes gauge',
      `soak_demo_memory_bytes{area="heap"} ${heapAt(now)}`,
      `soak_demo_memory_bytes{area="stack"} ${demo.stackBytes}`,
      '# HELP soak_demo_requests_total Requests served.',
      '# TYPE soak_demo_requests_total counter',
      `soak_demo_requests_total ${demo.requestsPerSecond * elapsed}`,
      '# HELP soak_demo_errors_total Requests that failed.',
      '# TYPE soak_demo_errors_total counter',
      `soak_demo_errors_total ${demo.errorsPerSecond * elapsed}`,
      '# HELP soak_demo_request_duration_seconds Request latency.',
      '# TYPE soak_demo_request_duration_seconds histogram',
      ...demo.buckets.map(
        ([le, perSecond]) =>
          `soak_demo_request_duration_seconds_bucket{le="${le}"} ${perSecond * elapsed}`,
      ),
      `soak_demo_request_duration_seconds_sum ${(90 * 0.05 + 9 * 0.2 + 0.3) * elapsed}`,
      `soak_demo_request_duration_seconds_count ${demo.requestsPerSecond * elapsed}`,
      '# HELP soak_demo_cache_hit_ratio Cache hits over lookups; NaN when there were none.',
      '# TYPE soak_demo_cache_hit_ratio gauge',
      `soak_demo_cache_hit_ratio ${scrapes % 2 === 0 ? 'NaN' : demo.cacheHitRatio}`,
      '',
    ];
    response
      .writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
      .end(lines.join('\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    startedAt,
    heapAt,
    scrapes: () => scrapes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
