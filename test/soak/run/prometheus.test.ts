/**
 * The gate reading its series from a Prometheus query_range API: a loopback server that answers
 * in Prometheus' documented JSON format (a matrix of [time, "value"] pairs) from a simulated
 * leaking hour, the window taken relative to the gate's clock, and the auth header sent and masked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { queryPrometheus } from '../../../src/gates/soak/prometheus/index.js';
import { runSoakGate } from '../../../src/gates/soak/run.js';
import { streamTextFile } from '../../../src/gates/soak/stream-file.js';
import { resolveFiles } from '../../../src/io/files.js';
import { RecordingLogger } from '../../github/harness.js';
import { simulateNight } from './simulate.js';

const START = 1_796_590_800;
let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** Samples of the simulated hour by series name. */
function samples(): Map<string, [number, number][]> {
  const bySeries = new Map<string, [number, number][]>();
  for (const line of simulateNight({ leakPercentPerHour: 3, seed: 41 })
    .trim()
    .split('\n')
    .slice(1)) {
    const [t, name, v] = line.split(',');
    const list = bySeries.get(name ?? '') ?? [];
    list.push([Number(t), Number(v)]);
    bySeries.set(name ?? '', list);
  }
  return bySeries;
}

/** A query_range endpoint serving the simulated series; the PromQL is the series' name. */
async function startPrometheus(seen: {
  authorization: string[];
  windows: number[][];
}): Promise<string> {
  const data = samples();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const params = new URLSearchParams(request.method === 'POST' ? body : url.search);
      seen.authorization.push(request.headers.authorization ?? '');
      const [start, end, step] = ['start', 'end', 'step'].map((k) => Number(params.get(k)));
      seen.windows.push([start ?? 0, end ?? 0, step ?? 0]);
      const points = (data.get(params.get('query') ?? '') ?? []).filter(
        ([t]) => t >= (start ?? 0) && t <= (end ?? 0),
      );
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [{ metric: { job: 'api' }, values: points.map(([t, v]) => [t, String(v)]) }],
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
}

describe('runSoakGate with prometheus', () => {
  it('queries the window before now, sends the header, masks it, and finds the leak', async () => {
    const seen = { authorization: [] as string[], windows: [] as number[][] };
    const url = await startPrometheus(seen);
    const masked: string[] = [];
    const inputs: Record<string, string> = {
      prometheus: url,
      query: 'memory_rss=process_resident_memory_bytes\np99_ms=latency_p99_ms',
      from: 'now-1h',
      'prometheus-header': 'Authorization: Bearer t0ken',
      slo: 'p99_ms < 250',
    };
    const verdict = await runSoakGate((name) => inputs[name] ?? '', {
      logger: new RecordingLogger(),
      resolveFiles,
      openFile: streamTextFile,
      queryPrometheus,
      mask: (secret) => masked.push(secret),
      appendHistory: false,
      now: () => new Date((START + 3600) * 1000),
    });
    expect(masked).toEqual(['Bearer t0ken']);
    expect(seen.authorization.every((h) => h === 'Bearer t0ken')).toBe(true);
    expect(seen.windows[0]?.slice(0, 2)).toEqual([START, START + 3600]);
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toMatch(
      /^memory_rss\{job="api"\} leaks \+\d(\.\d)?%\/h \(limit 1%\/h\); SLO p99_ms < 250 met$/,
    );
    expect(verdict.notes.map((n) => n.text)).toContain(`Read: Prometheus ${url}.`);
  });

  it('is a configuration error when Prometheus is down', async () => {
    const inputs: Record<string, string> = { prometheus: 'http://127.0.0.1:9', query: 'a=up' };
    await expect(
      runSoakGate((name) => inputs[name] ?? '', {
        logger: new RecordingLogger(),
        resolveFiles,
        openFile: streamTextFile,
        queryPrometheus,
        appendHistory: false,
        now: () => new Date(),
      }),
    ).rejects.toThrow(/127\.0\.0\.1:9/);
  });
});
