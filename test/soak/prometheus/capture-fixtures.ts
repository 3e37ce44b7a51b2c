/**
 * Captures the fixtures in test/fixtures/soak/prometheus/ from a real server: starts the demo
 * exporter and Debian's `prometheus` (see prometheus-server.ts), lets it scrape for 12 s, then
 * sends range queries with plain fetch (not through the client under test) and writes each body
 * byte for byte, with the request and the HTTP status in answers.json.
 *
 *   npx tsx test/soak/prometheus/capture-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoExporter } from './demo-exporter.js';
import { startPrometheus, testAuthorization } from './prometheus-server.js';

const out = fileURLToPath(new URL('../../fixtures/soak/prometheus/', import.meta.url));

/** One captured exchange, as answers.json lists it. */
export interface CapturedAnswer {
  file: string;
  path: string;
  params: Record<string, string>;
  authorized: boolean;
  status: number;
  statusText: string;
  contentType: string | null;
}

async function main(): Promise<void> {
  const exporter = await startDemoExporter();
  const prometheus = await startPrometheus(exporter.address);
  try {
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const end = Math.floor(Date.now() / 1000);
    const start = end - 10;
    const window = { start: String(start), end: String(end), step: '1' };
    const captured: CapturedAnswer[] = [];
    const capture = async (
      file: string,
      path: string,
      params: Record<string, string>,
      authorized = true,
    ): Promise<void> => {
      const response = await fetch(`${prometheus.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(authorized ? { authorization: testAuthorization } : {}),
        },
        body: new URLSearchParams(params).toString(),
      });
      writeFileSync(`${out}${file}`, await response.text());
      captured.push({
        file,
        path,
        params,
        authorized,
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers.get('content-type'),
      });
    };
    const range = '/api/v1/query_range';
    await capture('memory.json', range, { query: 'soak_demo_memory_bytes', ...window });
    await capture('p99.json', range, {
      query:
        'histogram_quantile(0.99, sum by (le) (rate(soak_demo_request_duration_seconds_bucket[5s])))',
      ...window,
    });
    await capture('error-ratio.json', range, {
      query:
        'sum by (job) (rate(soak_demo_errors_total[5s])) / sum by (job) (rate(soak_demo_requests_total[5s]))',
      ...window,
    });
    await capture('nan-inf.json', range, {
      query: 'soak_demo_cache_hit_ratio or (soak_demo_memory_bytes / 0)',
      ...window,
    });
    await capture('no-series.json', range, { query: 'soak_demo_no_such_metric', ...window });
    await capture('bad-promql.json', range, {
      query: 'rate(soak_demo_requests_total[5s]',
      ...window,
    });
    // Prometheus' limit: (end - start) / step may be 11,000 but not 11,001.
    await capture('limit-11000-steps.json', range, {
      query: 'soak_demo_memory_bytes{area="stack"}',
      start: String(end - 11_000),
      end: String(end),
      step: '1',
    });
    await capture('limit-11001-steps.json', range, {
      query: 'soak_demo_memory_bytes{area="stack"}',
      start: String(end - 11_001),
      end: String(end),
      step: '1',
    });
    await capture('instant-vector.json', '/api/v1/query', {
      query: 'soak_demo_requests_total',
      time: String(end),
    });
    await capture('unauthorized.txt', range, { query: 'soak_demo_memory_bytes', ...window }, false);
    writeFileSync(`${out}answers.json`, `${JSON.stringify(captured, null, 2)}\n`);
    console.log(`captured ${captured.length} answers into ${out}`);
  } finally {
    await prometheus.stop();
    await exporter.close();
  }
}

await main();
