import { ConfigurationError } from '../../../shared/errors.js';
import type { SoakRun } from '../types.js';
import {
  buildQueryRangeRequest,
  planQueryRange,
  queryRangeEndpoint,
  type QueryRangeRequest,
} from './query-range-request.js';
import { parseQueryRangeAnswers, type PrometheusAnswer } from './query-range-response.js';

/** One named PromQL query: its series are named `name` in the run. */
export interface PrometheusQuery {
  /** The series' name in the run and the report (`memory`, `latency_p99_s`, `error_ratio`). */
  name: string;
  /** The PromQL expression, evaluated at every step of the window. */
  promql: string;
}

/** What {@link queryPrometheus} needs. */
export interface PrometheusQueryOptions {
  /** The server's base URL (`http://prometheus:9090`, with a path prefix where it has one). */
  url: string;
  queries: PrometheusQuery[];
  /** Start of the window, seconds since the epoch. */
  from: number;
  /** End of the window (inclusive), seconds since the epoch. */
  to: number;
  /** Seconds between points; default 15 s, coarser when the window is long (see planQueryRange). */
  step?: number;
  /** Extra request headers, e.g. `{ authorization: 'Bearer …' }`; they win over URL credentials. */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each answer, body included; default {@link defaultTimeoutMs}. */
  timeoutMs?: number;
}

/** A run read from Prometheus. */
export type PrometheusRun = Omit<SoakRun, 'format'> & { format: 'prometheus' };

/**
 * Default wait for one answer: a minute. Prometheus itself gives up on a query after two
 * (`--query.timeout`), but a soak job should not hang that long on a server that is not there.
 */
export const defaultTimeoutMs = 60_000;

/**
 * Runs each query over the window on a Prometheus server (`/api/v1/query_range`, POST
 * form-encoded, or GET when the server or a proxy answers POST with 405, as promtool does) and
 * gathers the series: one per label set of each query, named after the query. A window longer
 * than 11,000 steps is fetched in slices (Prometheus' limit per request), joined seamlessly.
 * Queries run one after another, so as not to load the server a soak job is measuring.
 *
 * @throws ConfigurationError naming the query and the server when the server cannot be reached,
 *   does not answer in time, refuses the credentials, answers an error (its message quoted) or
 *   something that is not a Prometheus answer, or finds no series for a query; or when the
 *   options are wrong (no queries, a name used twice, an empty window).
 */
export async function queryPrometheus(options: PrometheusQueryOptions): Promise<PrometheusRun> {
  checkQueries(options.queries);
  const endpoint = queryRangeEndpoint(options.url);
  const plan = planQueryRange(options.from, options.to, options.step);
  const headers = requestHeaders(endpoint.headers, options.headers ?? {});
  const transport: Transport = {
    fetch: options.fetch ?? fetch,
    headers,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    display: endpoint.display,
    useGet: false,
  };
  const run: PrometheusRun = { format: 'prometheus', series: [], notes: [] };
  for (const query of options.queries) {
    const where = `query ${JSON.stringify(query.name)} (${abbreviate(query.promql)}) at ${endpoint.display}`;
    const answers: PrometheusAnswer[] = [];
    for (const window of plan.windows) {
      const request = buildQueryRangeRequest(endpoint.url, query.promql, window, plan.stepMs);
      answers.push(await send(transport, request, where));
    }
    const { series, notes } = parseQueryRangeAnswers(query.name, answers, where);
    run.series.push(...series);
    run.notes.push(...notes);
  }
  // Each query's series are in label order already; a stable sort by name keeps that.
  run.series.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return run;
}

interface Transport {
  fetch: typeof fetch;
  headers: Headers;
  timeoutMs: number;
  display: string;
  /** Set once the server refused a POST with 405, so later requests go straight to GET. */
  useGet: boolean;
}

async function send(
  transport: Transport,
  request: QueryRangeRequest,
  where: string,
): Promise<PrometheusAnswer> {
  if (!transport.useGet) {
    const answer = await exchange(transport, request.url, where, {
      method: 'POST',
      body: request.form,
      contentType: 'application/x-www-form-urlencoded',
    });
    if (answer.status !== 405) return answer;
    transport.useGet = true;
  }
  return exchange(transport, request.getUrl, where, { method: 'GET' });
}

/** Socket errors after which a request is sent once more. */
const retriedErrors = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * One request and its answer. A query is read-only, so a request whose connection broke (a
 * kept-alive connection the server had just closed) is sent once more on a new one.
 */
async function exchange(
  transport: Transport,
  url: string,
  where: string,
  request: { method: 'GET' | 'POST'; body?: string; contentType?: string },
): Promise<PrometheusAnswer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await exchangeOnce(transport, url, request);
    } catch (error) {
      if (attempt === 1 && retriedErrors.has(errorCode(error) ?? '')) continue;
      throw new ConfigurationError(
        `${where}: ${describeFetchFailure(error, transport.display, transport.timeoutMs)}`,
      );
    }
  }
}

async function exchangeOnce(
  transport: Transport,
  url: string,
  request: { method: 'GET' | 'POST'; body?: string; contentType?: string },
): Promise<PrometheusAnswer> {
  const headers = new Headers(transport.headers);
  if (request.contentType) headers.set('content-type', request.contentType);
  const response = await transport.fetch(url, {
    method: request.method,
    headers,
    body: request.body,
    redirect: 'follow',
    signal: AbortSignal.timeout(transport.timeoutMs),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  return {
    status: response.status,
    statusText: response.statusText,
    ...(contentType === null ? {} : { contentType }),
    text,
  };
}

/** Connection errors by their Node code, in words. */
const connectionErrors: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is Prometheus running, on that port?)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
};

/**
 * Why a fetch failed, in words: a timeout, or "cannot reach" with the connection error. Node's
 * fetch throws `TypeError('fetch failed')` and puts the socket error (or an AggregateError of
 * one per address tried) in `cause`.
 */
export function describeFetchFailure(error: unknown, display: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `Prometheus at ${display} did not answer within ${timeoutMs / 1000} s`;
  }
  const code = errorCode(error);
  const reason =
    code === undefined
      ? error instanceof Error
        ? innermostMessage(error)
        : String(error)
      : `${connectionErrors[code] ?? 'connection failed'} (${code})`;
  return `cannot reach Prometheus at ${display}: ${reason}`;
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return undefined;
    const record = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof record.code === 'string') return record.code;
    if (Array.isArray(record.errors) && record.errors.length > 0) {
      const inner = errorCode(record.errors[0]);
      if (inner) return inner;
    }
    current = record.cause;
  }
  return undefined;
}

function innermostMessage(error: Error): string {
  let current: Error = error;
  while (current.cause instanceof Error) current = current.cause;
  return current.message;
}

function checkQueries(queries: readonly PrometheusQuery[]): void {
  if (queries.length === 0) {
    throw new ConfigurationError('--prometheus needs at least one --query NAME=PROMQL');
  }
  const names = new Set<string>();
  for (const query of queries) {
    if (query.name.trim() === '') {
      throw new ConfigurationError(
        `--query ${JSON.stringify(`=${query.promql}`)} has no name (expected NAME=PROMQL)`,
      );
    }
    if (query.promql.trim() === '') {
      throw new ConfigurationError(
        `--query ${JSON.stringify(query.name)} has no PromQL (expected NAME=PROMQL)`,
      );
    }
    if (names.has(query.name)) {
      throw new ConfigurationError(
        `--query ${JSON.stringify(query.name)} is given twice; each query needs its own name`,
      );
    }
    names.add(query.name);
  }
}

/** The headers of every request: the URL's credentials, then the user's (which win). */
function requestHeaders(fromUrl: Record<string, string>, given: Record<string, string>): Headers {
  const headers = new Headers(fromUrl);
  for (const [name, value] of Object.entries(given)) {
    try {
      headers.set(name, value);
    } catch {
      throw new ConfigurationError(
        `header ${JSON.stringify(name)} is not a valid HTTP header name and value (no spaces or colons in the name, no line breaks in the value)`,
      );
    }
  }
  headers.set('accept', 'application/json');
  return headers;
}

/** A PromQL expression for messages: one line, at most 80 characters. */
function abbreviate(promql: string): string {
  const flat = promql.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
