import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { SoakSeries } from '../types.js';
import { parseCsvNumber } from '../parse/csv-number.js';
import { describeSeries, SeriesAccumulator } from '../parse/series-accumulator.js';

/** What a server answered to one HTTP request, as the client read it. */
export interface PrometheusAnswer {
  /** HTTP status code. */
  status: number;
  /** HTTP reason phrase, for messages (`Unauthorized`). */
  statusText?: string;
  /** The `Content-Type` header, for messages about answers that are not JSON. */
  contentType?: string;
  /** The body. */
  text: string;
}

/** The series of one query, and what the reader should know about them. */
export interface QueryRangeSeries {
  /** One series per label set, named after the query, labels without `__name__`. */
  series: SoakSeries[];
  notes: string[];
}

const expectedShape =
  'expected {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {…}, "values": [[<time>, "<value>"], …]}, …]}}';

/** Longest piece of an unexpected body quoted in a message. */
const quoteLength = 200;

/**
 * Reads the answers of Prometheus' `/api/v1/query_range` to one query (several when the window
 * was cut into slices: their series are joined by label set) into one {@link SoakSeries} per label
 * set, named `name` (the query's name, not the metric's: `rate(x[5m]) / rate(y[5m])` has no metric
 * name), with the labels Prometheus returned minus `__name__`.
 *
 * Sample values are strings in the API (`"12.5"`, `"NaN"`, `"+Inf"`, `"-Inf"`); non-finite ones are
 * dropped with a note, as in every soak parser, and so are series with too few points. The API's
 * `warnings` (and `infos`, which newer servers send) become notes. Native-histogram samples
 * (`histograms`) are not float samples and are dropped with a note saying what to query instead.
 *
 * @param where the query and server, for messages: `query "memory" at http://…`.
 * @throws ConfigurationError naming `where` when an answer is an API error (its `errorType` and
 *   `error` quoted), an HTTP error, not JSON, or not a matrix; or when no answer holds any series
 *   (a misspelt metric or a window without data must not pass as "nothing grew").
 */
export function parseQueryRangeAnswers(
  name: string,
  answers: readonly PrometheusAnswer[],
  where: string,
): QueryRangeSeries {
  const accumulator = new SeriesAccumulator();
  const notes: string[] = [];
  const seen = new Set<string>();
  let matched = 0;
  let histogramSamples = 0;
  for (const answer of answers) {
    const document = readEnvelope(answer, where);
    for (const kind of ['warnings', 'infos'] as const) {
      for (const message of stringList(document[kind])) {
        const note = `${name}: Prometheus ${kind === 'warnings' ? 'warns' : 'notes'}: ${message}`;
        if (!seen.has(note)) notes.push(note);
        seen.add(note);
      }
    }
    const data = document['data'];
    const resultType = isRecord(data) ? data['resultType'] : undefined;
    const result = isRecord(data) ? data['result'] : undefined;
    if (resultType !== 'matrix' || !Array.isArray(result)) {
      throw new ConfigurationError(
        `${where}: the answer is not a matrix (resultType ${JSON.stringify(resultType)}); ${expectedShape}`,
      );
    }
    result.forEach((entry: unknown, index) => {
      const labels = readLabels(entry, `${where}: series ${index + 1}`);
      const identity = Object.keys(labels).length > 0 ? { name, labels } : { name };
      const series = describeSeries(identity);
      matched++;
      const values = isRecord(entry) ? entry['values'] : undefined;
      const histograms = isRecord(entry) ? entry['histograms'] : undefined;
      if (Array.isArray(histograms)) histogramSamples += histograms.length;
      if (values === undefined && Array.isArray(histograms)) return;
      if (!Array.isArray(values)) {
        throw new ConfigurationError(`${where}: ${series} has no "values" array; ${expectedShape}`);
      }
      for (const sample of values as unknown[]) {
        const [t, v] = readSample(sample, `${where}: ${series}`);
        accumulator.add(identity, t, v, `${series} at ${t}`);
      }
    });
  }
  if (matched === 0) {
    throw new ConfigurationError(
      `${where}: Prometheus found no series in the time window (check the metric name, its labels and --from/--to)`,
    );
  }
  if (histogramSamples > 0) {
    notes.push(
      `${name}: ${histogramSamples} native histogram sample(s) dropped; query a number from them instead, e.g. histogram_quantile(0.99, rate(metric[5m]))`,
    );
  }
  const series = accumulator.finish({ ordered: true }, notes);
  return { series, notes };
}

/** The top-level object of an answer, once it is known to be a successful API answer. */
function readEnvelope(answer: PrometheusAnswer, where: string): Record<string, unknown> {
  const http = `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
  let document: unknown;
  try {
    document = JSON.parse(answer.text) as unknown;
  } catch {
    document = undefined;
  }
  const status = isRecord(document) ? document['status'] : undefined;
  if (isRecord(document) && status === 'error') {
    const errorType = typeof document['errorType'] === 'string' ? document['errorType'] : 'error';
    const error = typeof document['error'] === 'string' ? document['error'] : '(no message given)';
    throw new ConfigurationError(
      `${where}: Prometheus answered an error (${http}, ${errorType}): ${error}`,
    );
  }
  if (answer.status === 401 || answer.status === 403) {
    throw new ConfigurationError(
      `${where}: Prometheus refused the request (${http}): give the credentials it expects (an Authorization header, or user:password@ in the URL); it answered ${quote(answer.text)}`,
    );
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new ConfigurationError(
      `${where}: ${http}${answer.status >= 500 ? ' (the server or a proxy in front of it failed)' : ' (is this the URL of a Prometheus server?)'}: ${quote(answer.text)}`,
    );
  }
  if (!isRecord(document)) {
    throw new ConfigurationError(
      `${where}: the answer is not JSON (${http}, content type ${answer.contentType ?? 'unknown'}): ${quote(answer.text)}; is this the URL of a Prometheus server?`,
    );
  }
  if (status !== 'success') {
    throw new ConfigurationError(
      `${where}: not a Prometheus API answer (status ${JSON.stringify(status)}); ${expectedShape}`,
    );
  }
  return document;
}

/** A series' labels without `__name__`. */
function readLabels(entry: unknown, where: string): Record<string, string> {
  const metric = isRecord(entry) ? entry['metric'] : undefined;
  if (!isRecord(metric)) {
    throw new ConfigurationError(`${where} has no "metric" object; ${expectedShape}`);
  }
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(metric)) {
    if (typeof value !== 'string') {
      throw new ConfigurationError(
        `${where}: label ${key} is ${JSON.stringify(value)}, not a string`,
      );
    }
    if (key !== '__name__') labels[key] = value;
  }
  return labels;
}

/** `[<seconds since the epoch>, "<value>"]` as `[t, v]`; `v` may be NaN or ±Infinity. */
function readSample(sample: unknown, where: string): [number, number] {
  if (Array.isArray(sample) && sample.length === 2) {
    const t: unknown = sample[0];
    const text: unknown = sample[1];
    const v = typeof text === 'string' ? parseCsvNumber(text) : undefined;
    if (typeof t === 'number' && Number.isFinite(t) && v !== undefined) return [t, v];
  }
  throw new ConfigurationError(
    `${where}: sample ${quote(JSON.stringify(sample) ?? String(sample))} is not [<time>, "<value>"]`,
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : [];
}

/** A body quoted for a message: whitespace collapsed, cut at {@link quoteLength} characters. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(an empty body)';
  return JSON.stringify(flat.length > quoteLength ? `${flat.slice(0, quoteLength)}…` : flat);
}
