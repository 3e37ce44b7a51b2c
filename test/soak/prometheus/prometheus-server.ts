/**
 * Starts Debian's `prometheus` on loopback for the integration test: a temporary configuration
 * that scrapes one target every second, a temporary TSDB, and Basic authentication (so every
 * request of the client is checked to carry its header). Stopped by `stop()`, which also removes
 * the temporary directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Basic-auth user of the test server. The hash is bcrypt at cost 5 (cheap: Prometheus checks it
 * on every request), made with
 * `python3 -c "import crypt; print(crypt.crypt('soak-secret', '\$2b\$05\$abcdefghijklmnopqrstuv'))"`.
 */
export const testUser = {
  name: 'kaizen',
  password: 'soak-secret',
  bcrypt: '$2b$05$abcdefghijklmnopqrstuurl3OHTApbed5ZSeDurgPgfTTGN4s96y',
};

/** The `Authorization` header of {@link testUser}. */
export const testAuthorization = `Basic ${Buffer.from(`${testUser.name}:${testUser.password}`).toString('base64')}`;

/** A running Prometheus. */
export interface PrometheusServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Stops the server (SIGTERM, SIGKILL after 5 s) and removes its files. Safe to call twice. */
  stop(): Promise<void>;
}

/** A port that was free a moment ago (Prometheus needs an explicit one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts Prometheus scraping `target` (`host:port`) every second; resolves once it is ready. */
export async function startPrometheus(target: string): Promise<PrometheusServer> {
  const directory = mkdtempSync(join(tmpdir(), 'kaizen-prometheus-'));
  writeFileSync(
    join(directory, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: soak-demo',
      '    static_configs:',
      `      - targets: ['${target}']`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(directory, 'web.yml'),
    `basic_auth_users:\n  ${testUser.name}: '${testUser.bcrypt}'\n`,
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${join(directory, 'prometheus.yml')}`,
      `--web.config.file=${join(directory, 'web.yml')}`,
      `--storage.tsdb.path=${join(directory, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', (error) => {
      log += String(error);
      exited = true;
      resolve();
    });
  });
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(directory, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`${url}/-/ready`, {
        headers: { authorization: testAuthorization },
        signal: AbortSignal.timeout(1000),
      });
      await response.text();
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`prometheus did not become ready on ${url}:\n${log}`);
}
