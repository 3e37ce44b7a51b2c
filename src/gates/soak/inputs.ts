/**
 * Reads and validates the soak gate's inputs once, for the action and the CLI alike (the CLI's
 * flags have the inputs' names). Pure: no file is opened and no clock is read here.
 */
import { ConfigurationError } from '../../shared/errors.js';
import {
  booleanInput,
  choiceInput,
  inputLabel,
  inputMention,
  listInput,
  mappingInput,
  numberInput,
  optionalInput,
  readCommonInputs,
  type CommonInputs,
  type InputSource,
} from '../../shared/inputs.js';
import { DEFAULT_TRACKING_LABEL } from '../../github/tracking-issue.js';
import { parseSloObjective } from './analyze/index.js';
import type { GrowthLimit, SloObjective } from './types.js';

/** The `format` input's values; `k6` is the end-of-test summary, `locust` any of its CSV files. */
export const SOAK_INPUT_FORMATS = ['auto', 'k6', 'k6-ndjson', 'locust', 'csv', 'json'] as const;

/** A value of the `format` input. */
export type SoakInputFormat = (typeof SOAK_INPUT_FORMATS)[number];

/** A named PromQL query of the `query` input. */
export interface NamedQuery {
  name: string;
  promql: string;
}

/** Where the Prometheus series come from. */
export interface PrometheusInputs {
  url: string;
  queries: NamedQuery[];
  /** Start and end as written (`now-1h`, RFC 3339, seconds); parsed against the clock in run.ts. */
  from: string;
  to: string;
  /** Resolution as written (`15s`), when given. */
  step?: string;
  /** Request headers, e.g. `Authorization: Bearer …` (their values are secrets). */
  headers: Record<string, string>;
}

/** Every input of the soak gate. */
export interface SoakInputs {
  common: CommonInputs;
  /** Result files: paths or globs. */
  input: string[];
  format: SoakInputFormat;
  prometheus?: PrometheusInputs;
  slos: SloObjective[];
  growth: GrowthLimit[];
  /** Seconds of warm-up to leave out; undefined: detected. */
  warmupSeconds?: number;
  /** Significance of the trend tests. */
  alpha: number;
  /** The soak job's name: its history file and its tracking issue. */
  job: string;
  /** CLI: the local history file. */
  historyFile?: string;
  /** Action: keep the nightly history on a data branch. */
  history: boolean;
  historyBranch: string;
  historyRetention: number;
  /** Action: open, comment on and close a tracking issue on scheduled runs. */
  trackingIssue: boolean;
  /** Label of the tracking issue. */
  trackingLabel: string;
}

/** Longest accepted growth limit, in percent per hour: beyond it the limit is surely a typo. */
const MAX_GROWTH_LIMIT = 1000;

/** Seconds per unit of a duration (`90s`, `5m`, `1h`; Prometheus' units up to days). */
const SECONDS: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  m: 60,
  min: 60,
  h: 3600,
  d: 86_400,
};

/**
 * A duration such as `90s`, `5m`, `1h30m` or `300` (seconds), in seconds.
 *
 * @throws ConfigurationError naming `what` when the text is not a duration.
 * @example parseDurationSeconds('1h30m', "Input 'warmup'") // 5400
 */
export function parseDurationSeconds(text: string, what: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const parts = /^(?:\d+(?:\.\d+)?(?:ms|min|s|m|h|d))+$/.test(trimmed)
    ? [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|min|s|m|h|d)/g)]
    : [];
  if (parts.length === 0) {
    throw new ConfigurationError(
      `${what} is '${text}'; expected a duration such as 90s, 5m or 1h30m.`,
    );
  }
  return parts.reduce(
    (total, [, amount, unit]) => total + Number(amount) * (SECONDS[unit ?? ''] ?? 0),
    0,
  );
}

/**
 * A growth limit in percent per hour: `1%/h`, `1 %/h`, `1%` or `1`.
 *
 * @example parseGrowthLimit('2.5%/h', "Input 'growth'") // 2.5
 */
export function parseGrowthLimit(text: string, what: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*(?:%\s*(?:\/\s*h(?:our)?)?)?$/i.exec(text.trim());
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= MAX_GROWTH_LIMIT)) {
    throw new ConfigurationError(
      `${what} is '${text}'; expected a growth per hour such as 1%/h (0 to ${MAX_GROWTH_LIMIT}).`,
    );
  }
  return value;
}

/** `NAME=PROMQL` lines of the `query` input (the first `=` splits: PromQL has `=` in matchers). */
export function parseQueries(source: InputSource): NamedQuery[] {
  const queries = lines(source('query')).map((line) => {
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    const promql = at > 0 ? line.slice(at + 1).trim() : '';
    if (!/^[A-Za-z_:][A-Za-z0-9_:.-]*$/.test(name) || promql === '') {
      throw new ConfigurationError(
        `${inputLabel(source, 'query')} has the line '${line}'; expected NAME=PROMQL, e.g. memory_rss=process_resident_memory_bytes{job="api"}.`,
      );
    }
    return { name, promql };
  });
  const seen = new Set<string>();
  for (const { name } of queries) {
    if (seen.has(name))
      throw new ConfigurationError(`${inputLabel(source, 'query')} names '${name}' twice.`);
    seen.add(name);
  }
  return queries;
}

/** `Name: value` lines of the `prometheus-header` input. */
export function parseHeaders(source: InputSource): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines(source('prometheus-header'))) {
    const at = line.indexOf(':');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    // The value is a secret: the message names the header, never the line.
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new ConfigurationError(
        `${inputLabel(source, 'prometheus-header')} has a line that is not 'Name: value' (e.g. 'Authorization: Bearer …').`,
      );
    }
    headers[name] = line.slice(at + 1).trim();
  }
  return headers;
}

/** Reads the soak inputs; throws ConfigurationError naming the bad input. */
export function readSoakInputs(source: InputSource): SoakInputs {
  const common = readCommonInputs(source);
  const input = listInput(source, 'input');
  const url = optionalInput(source, 'prometheus');
  const queries = parseQueries(source);
  if (url === undefined && queries.length > 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'query')} needs ${inputMention(source, 'prometheus')}, the server's URL.`,
    );
  }
  if (url !== undefined && queries.length === 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus')} needs at least one ${inputMention(source, 'query')} line NAME=PROMQL.`,
    );
  }
  if (url === undefined && input.length === 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'input')} is required: result files of the soak run (k6, Locust, CSV or JSON), or a ${inputMention(source, 'prometheus')} URL with ${inputMention(source, 'query')} lines.`,
    );
  }
  const headers = parseHeaders(source);
  if (url === undefined && Object.keys(headers).length > 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus-header')} needs ${inputMention(source, 'prometheus')}, the server's URL.`,
    );
  }
  const step = optionalInput(source, 'step');
  const warmup = optionalInput(source, 'warmup') ?? 'auto';
  const job = optionalInput(source, 'job') ?? common.key;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(job)) {
    throw new ConfigurationError(
      `${inputLabel(source, 'job')} is '${job}'; use 1 to 64 letters, digits, '.', '_' or '-'.`,
    );
  }
  const historyFile = optionalInput(source, 'history-file');
  const trackingLabel = optionalInput(source, 'tracking-label') ?? DEFAULT_TRACKING_LABEL;
  if (trackingLabel.length > 50 || trackingLabel.includes(',')) {
    throw new ConfigurationError(
      `${inputLabel(source, 'tracking-label')} is '${trackingLabel}'; a label has at most 50 characters and no comma.`,
    );
  }
  return {
    common,
    input,
    format: choiceInput(source, 'format', SOAK_INPUT_FORMATS, 'auto'),
    ...(url === undefined
      ? {}
      : {
          prometheus: {
            url: prometheusUrl(url, source),
            queries,
            from: optionalInput(source, 'from') ?? 'now-1h',
            to: optionalInput(source, 'to') ?? 'now',
            ...(step === undefined ? {} : { step }),
            headers,
          },
        }),
    slos: lines(source('slo')).map((line) => sloOf(line, inputLabel(source, 'slo'))),
    growth: mappingInput(source, 'growth', parseGrowthLimit).map(({ pattern, value }) => ({
      pattern,
      maxPercentPerHour: value,
    })),
    ...(warmup.toLowerCase() === 'auto'
      ? {}
      : { warmupSeconds: parseDurationSeconds(warmup, inputLabel(source, 'warmup')) }),
    alpha: numberInput(source, 'alpha', 0.05, { min: 0.0001, max: 0.5 }),
    job,
    ...(historyFile === undefined ? {} : { historyFile }),
    history: booleanInput(source, 'history', false),
    historyBranch: optionalInput(source, 'history-branch') ?? 'kaizen-data',
    historyRetention: numberInput(source, 'history-retention', 500, {
      min: 1,
      max: 10_000,
      integer: true,
    }),
    trackingIssue: booleanInput(source, 'tracking-issue', true),
    trackingLabel,
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function sloOf(line: string, label: string): SloObjective {
  try {
    return parseSloObjective(line);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`${label}: ${error.message}`);
    }
    throw error;
  }
}

function prometheusUrl(text: string, source: InputSource): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus')} is '${text}'; expected the server's URL, e.g. http://prometheus:9090.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus')} is '${text}'; expected an http:// or https:// URL.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in a URL end up in logs; the header input is masked.
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus')} holds credentials; pass them with ${inputMention(source, 'prometheus-header')} (e.g. 'Authorization: Basic …'), which is masked.`,
    );
  }
  return text;
}
