import { ConfigurationError } from '../../../shared/errors.js';

/**
 * Most points Prometheus returns per series from one range query. Its API refuses a query with
 * "exceeded maximum resolution of 11,000 points per timeseries" when `(end - start) / step`
 * exceeds 11,000 (web/api/v1/api.go); staying at 11,000 points (10,999 steps) keeps clear of the
 * boundary whichever way a server rounds.
 */
export const maxPointsPerRequest = 11_000;

/**
 * Step used when none is given and the window is short enough: 15 s, the scrape interval of the
 * configuration Prometheus ships as its example. A finer step than the scrape interval only
 * repeats samples (each step takes the latest sample before it), and repeated values are ties
 * that weaken the trend tests.
 */
export const defaultStepSeconds = 15;

/**
 * Most requests one query may be split into: 100 × 11,000 points is a million points per
 * series, more than a night's analysis needs; beyond it the step is surely a mistake.
 */
export const maxRequestsPerQuery = 100;

/** One request's slice of the window, in milliseconds since the epoch (Prometheus' resolution). */
export interface QueryRangeWindow {
  startMs: number;
  endMs: number;
}

/** How a query over a window is fetched: the step, and the windows of one request each. */
export interface QueryRangePlan {
  stepMs: number;
  /** Consecutive, non-overlapping slices on the grid `from + k·step`, in time order. */
  windows: QueryRangeWindow[];
}

/**
 * Plans the requests of one range query: the step (given, or {@link defaultStepSeconds}, or
 * coarser when the window would otherwise need more than {@link maxPointsPerRequest} points),
 * and the window cut into slices of at most that many points each, on one grid so that the
 * slices join without a gap or a duplicate.
 *
 * @param from start of the window, seconds since the epoch.
 * @param to end of the window (inclusive), seconds since the epoch.
 * @param step seconds between points.
 * @throws ConfigurationError when the window is empty or reversed, the step is not positive or
 *   finer than a millisecond, or the window needs more than {@link maxRequestsPerQuery} requests.
 */
export function planQueryRange(from: number, to: number, step?: number): QueryRangePlan {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new ConfigurationError(`the time window ${from} to ${to} is not a pair of times`);
  }
  const fromMs = Math.round(from * 1000);
  const toMs = Math.round(to * 1000);
  if (toMs <= fromMs) {
    throw new ConfigurationError(
      `the time window ends before it starts: --from ${formatSeconds(fromMs)} is not before --to ${formatSeconds(toMs)}`,
    );
  }
  const stepMs = step === undefined ? defaultStepMs(toMs - fromMs) : Math.round(step * 1000);
  if (step !== undefined && (!Number.isFinite(step) || step <= 0 || stepMs < 1)) {
    throw new ConfigurationError(
      `step ${step} s is not a positive number of seconds (Prometheus resolves 1 ms at best)`,
    );
  }
  const sliceMs = maxPointsPerRequest * stepMs;
  const requests = Math.ceil((toMs - fromMs + 1) / sliceMs);
  if (requests > maxRequestsPerQuery) {
    throw new ConfigurationError(
      `a step of ${formatSeconds(stepMs)} s over ${formatSeconds(toMs - fromMs)} s would take ${requests} requests of ${maxPointsPerRequest} points per query (at most ${maxRequestsPerQuery}); use a larger step`,
    );
  }
  const windows: QueryRangeWindow[] = [];
  for (let startMs = fromMs; startMs <= toMs; startMs += sliceMs) {
    windows.push({ startMs, endMs: Math.min(toMs, startMs + (maxPointsPerRequest - 1) * stepMs) });
  }
  return { stepMs, windows };
}

/** The default step for a window: 15 s, or whole seconds coarse enough for one request. */
function defaultStepMs(spanMs: number): number {
  const finest = Math.ceil(spanMs / 1000 / (maxPointsPerRequest - 1)) * 1000;
  return Math.max(defaultStepSeconds * 1000, finest);
}

/** Where to send range queries, and the headers the URL itself implies. */
export interface QueryRangeEndpoint {
  /** `…/api/v1/query_range`, without credentials. */
  url: URL;
  /** The URL for messages: no credentials, no query string (either may hold a secret). */
  display: string;
  /** `Authorization: Basic …` when the URL carried `user:password@`. */
  headers: Record<string, string>;
}

/**
 * The range-query endpoint of a Prometheus server given by its base URL
 * (`http://prometheus:9090`, `https://example.org/prometheus/` behind a path prefix, or the
 * endpoint itself). Credentials in the URL become a Basic `Authorization` header, because
 * `fetch` refuses a URL that holds them.
 *
 * @throws ConfigurationError when `base` is not an http(s) URL.
 */
export function queryRangeEndpoint(base: string): QueryRangeEndpoint {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new ConfigurationError(
      `--prometheus ${JSON.stringify(base)} is not a URL (expected e.g. http://prometheus:9090)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(
      `--prometheus ${JSON.stringify(base)} is not an http(s) URL (expected e.g. http://prometheus:9090)`,
    );
  }
  const headers: Record<string, string> = {};
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers['authorization'] =
      `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/api/v1/query_range') ? path : `${path}/api/v1/query_range`;
  return { url, display: `${url.origin}${url.pathname}`, headers };
}

/** One HTTP request of a range query. */
export interface QueryRangeRequest {
  /** The endpoint, for a POST. */
  url: string;
  /** The parameters form-encoded: the POST body, or the query string of a GET. */
  form: string;
  /** The same request as a GET, for servers that refuse POST with 405 (as promtool falls back). */
  getUrl: string;
}

/**
 * The request of one slice of a range query: `query`, `start`, `end` and `step` as Prometheus'
 * `/api/v1/query_range` takes them (seconds with a millisecond fraction). Parameters already in
 * the endpoint's query string (a tenant for a proxy) are kept.
 */
export function buildQueryRangeRequest(
  endpoint: URL,
  promql: string,
  window: QueryRangeWindow,
  stepMs: number,
): QueryRangeRequest {
  const form = new URLSearchParams({
    query: promql,
    start: formatSeconds(window.startMs),
    end: formatSeconds(window.endMs),
    step: formatSeconds(stepMs),
  }).toString();
  const get = new URL(endpoint);
  get.search = get.search === '' ? form : `${get.search.slice(1)}&${form}`;
  return { url: endpoint.toString(), form, getUrl: get.toString() };
}

/** Milliseconds as decimal seconds, exactly (`1796590800123` → `1796590800.123`). */
export function formatSeconds(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(ms) / 1000);
  const fraction = Math.abs(ms) % 1000;
  return fraction === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}
