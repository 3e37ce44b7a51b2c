/**
 * queryPrometheus against loopback servers that behave as Prometheus does in the cases a local
 * Prometheus cannot be made to show: a proxy that refuses POST (405), a server that never
 * answers, a long window cut into slices. integration.test.ts runs it against a real server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFetchFailure,
  queryPrometheus,
  type PrometheusQueryOptions,
} from '../../../src/gates/soak/prometheus/index.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { fixtureText } from '../parse/fixture.js';
import { freePort } from './prometheus-server.js';

interface Received {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
}

type Handler = (request: Received, response: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const params = Object.fromEntries(url.searchParams);
      if (request.method === 'POST') {
        Object.assign(
          params,
          Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())),
        );
      }
      const entry = {
        method: request.method ?? '',
        path: url.pathname,
        params,
        headers: request.headers,
      };
      received.push(entry);
      handler(entry, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  received.length = 0;
  server.closeAllConnections();
  // Let fetch's pool see the closed connections before the next test sends on one of them.
  await new Promise((resolve) => setTimeout(resolve, 50));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const memoryAnswer = fixtureText('prometheus/memory.json');
const from = 1796597035;
const to = 1796597045;

function json(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

async function messageOf(options: PrometheusQueryOptions): Promise<string> {
  try {
    await queryPrometheus(options);
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('queryPrometheus over HTTP', () => {
  it('POSTs the form to /api/v1/query_range with the headers given', async () => {
    handler = (_request, response) => json(response, 200, memoryAnswer);
    let calls = 0;
    const run = await queryPrometheus({
      url: `http://bot:pw@127.0.0.1:${new URL(base).port}/prom/`,
      queries: [{ name: 'memory', promql: 'soak_demo_memory_bytes' }],
      from,
      to,
      step: 1,
      headers: { 'X-Scope-OrgID': 'soak' },
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    expect(calls).toBe(1);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/prom/api/v1/query_range');
    expect(request?.params).toEqual({
      query: 'soak_demo_memory_bytes',
      start: String(from),
      end: String(to),
      step: '1',
    });
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers['authorization']).toBe(
      `Basic ${Buffer.from('bot:pw').toString('base64')}`,
    );
    expect(request?.headers['x-scope-orgid']).toBe('soak');
    expect(run.format).toBe('prometheus');
    expect(run.series.map((s) => [s.name, s.labels?.['area'], s.points.length])).toEqual([
      ['memory', 'heap', 7],
      ['memory', 'stack', 7],
    ]);
  });

  it('lets an explicit Authorization header win over credentials in the URL', async () => {
    handler = (_request, response) => json(response, 200, memoryAnswer);
    await queryPrometheus({
      url: `http://bot:pw@127.0.0.1:${new URL(base).port}`,
      queries: [{ name: 'memory', promql: 'soak_demo_memory_bytes' }],
      from,
      to,
      headers: { Authorization: 'Bearer token' },
    });
    expect(received[0]?.headers['authorization']).toBe('Bearer token');
  });

  it('falls back to GET when POST is refused with 405, and stays with GET', async () => {
    handler = (request, response) => {
      if (request.method === 'POST') response.writeHead(405).end('method not allowed');
      else json(response, 200, memoryAnswer);
    };
    const run = await queryPrometheus({
      url: base,
      queries: [
        { name: 'memory', promql: 'soak_demo_memory_bytes' },
        { name: 'heap', promql: 'soak_demo_memory_bytes{area="heap"}' },
      ],
      from,
      to,
      step: 1,
    });
    expect(received.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
    expect(received[2]?.params).toEqual({
      query: 'soak_demo_memory_bytes{area="heap"}',
      start: String(from),
      end: String(to),
      step: '1',
    });
    expect(run.series.map((s) => s.name)).toEqual(['heap', 'heap', 'memory', 'memory']);
  });

  it('cuts a long window into requests Prometheus accepts and joins them without a seam', async () => {
    const limitError = fixtureText('prometheus/limit-11001-steps.json');
    // Evaluates 2·t at start + k·step ≤ end, refusing what a real server refuses.
    handler = (request, response) => {
      const start = Number(request.params['start']);
      const end = Number(request.params['end']);
      const step = Number(request.params['step']);
      if ((end - start) / step > 11_000) return json(response, 400, limitError);
      const values: [number, string][] = [];
      for (let t = start; t <= end; t += step) values.push([t, String(2 * t)]);
      json(
        response,
        200,
        JSON.stringify({
          status: 'success',
          data: { resultType: 'matrix', result: [{ metric: { job: 'x' }, values }] },
        }),
      );
    };
    const run = await queryPrometheus({
      url: base,
      queries: [{ name: 'double', promql: '2 * time()' }],
      from,
      to: from + 25_000,
      step: 1,
    });
    expect(received).toHaveLength(3);
    const points = run.series[0]?.points ?? [];
    expect(points).toHaveLength(25_001);
    points.forEach((p, k) => {
      expect(p.t).toBe(from + k);
      expect(p.v).toBe(2 * (from + k));
    });
    expect(run.notes).toEqual([]);
  });

  it('sends a request once more when its connection breaks', async () => {
    let first = true;
    handler = (request, response) => {
      if (first) {
        first = false;
        response.socket?.destroy();
        return;
      }
      json(response, 200, memoryAnswer);
    };
    const run = await queryPrometheus({
      url: base,
      queries: [{ name: 'memory', promql: 'soak_demo_memory_bytes' }],
      from,
      to,
    });
    expect(received.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(run.series).toHaveLength(2);
  });

  it('says so when the server does not answer in time', async () => {
    handler = () => undefined; // never answers
    expect(
      await messageOf({
        url: base,
        queries: [{ name: 'memory', promql: 'up' }],
        from,
        to,
        timeoutMs: 300,
      }),
    ).toBe(
      `query "memory" (up) at ${base}/api/v1/query_range: Prometheus at ${base}/api/v1/query_range did not answer within 0.3 s`,
    );
  });

  it('says "cannot reach" when nothing listens on the port', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/api/v1/query_range`;
    expect(
      await messageOf({
        url: `http://127.0.0.1:${port}`,
        queries: [{ name: 'm', promql: 'up' }],
        from,
        to,
      }),
    ).toBe(
      `query "m" (up) at ${url}: cannot reach Prometheus at ${url}: connection refused (is Prometheus running, on that port?) (ECONNREFUSED)`,
    );
  });

  it('passes on what a non-Prometheus server answered', async () => {
    handler = (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Grafana</title>');
    expect(await messageOf({ url: base, queries: [{ name: 'm', promql: 'up' }], from, to })).toBe(
      `query "m" (up) at ${base}/api/v1/query_range: the answer is not JSON (HTTP 200 OK, content type text/html): "<!doctype html><title>Grafana</title>"; is this the URL of a Prometheus server?`,
    );
  });
});

describe('queryPrometheus options', () => {
  it.each<[string, PrometheusQueryOptions['queries'], string]>([
    ['no query', [], '--prometheus needs at least one --query NAME=PROMQL'],
    [
      'a name used twice',
      [
        { name: 'mem', promql: 'a' },
        { name: 'mem', promql: 'b' },
      ],
      '--query "mem" is given twice; each query needs its own name',
    ],
    [
      'an empty name',
      [{ name: ' ', promql: 'up' }],
      '--query "=up" has no name (expected NAME=PROMQL)',
    ],
    [
      'an empty expression',
      [{ name: 'mem', promql: '' }],
      '--query "mem" has no PromQL (expected NAME=PROMQL)',
    ],
  ])('refuses %s before any request', async (_what, queries, message) => {
    expect(await messageOf({ url: base, queries, from, to })).toBe(message);
    expect(received).toHaveLength(0);
  });
});

describe('queryPrometheus headers', () => {
  it.each<[Record<string, string>, string]>([
    [
      { 'Bad Name': 'x' },
      'header "Bad Name" is not a valid HTTP header name and value (no spaces or colons in the name, no line breaks in the value)',
    ],
    [
      { authorization: 'Bearer a\nX-Injected: 1' },
      'header "authorization" is not a valid HTTP header name and value (no spaces or colons in the name, no line breaks in the value)',
    ],
  ])('refuses %j before any request', async (headers, message) => {
    expect(
      await messageOf({ url: base, queries: [{ name: 'm', promql: 'up' }], from, to, headers }),
    ).toBe(message);
    expect(received).toHaveLength(0);
  });
});

describe('describeFetchFailure', () => {
  const display = 'http://p:9090/api/v1/query_range';
  it.each<[string, unknown, string]>([
    [
      'an AggregateError of one error per address',
      new TypeError('fetch failed', {
        cause: Object.assign(
          new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
          {},
        ),
      }),
      `cannot reach Prometheus at ${display}: connection refused (is Prometheus running, on that port?) (ECONNREFUSED)`,
    ],
    [
      'a host that does not resolve',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND p'), { code: 'ENOTFOUND' }),
      }),
      `cannot reach Prometheus at ${display}: host not found (ENOTFOUND)`,
    ],
    [
      'a TLS failure',
      new TypeError('fetch failed', { cause: new Error('self-signed certificate') }),
      `cannot reach Prometheus at ${display}: self-signed certificate`,
    ],
    [
      'an unknown socket error',
      new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'EPIPE' }) }),
      `cannot reach Prometheus at ${display}: connection failed (EPIPE)`,
    ],
  ])('words %s', (_what, error, message) => {
    expect(describeFetchFailure(error, display, 1000)).toBe(message);
  });
});
