export {
  defaultTimeoutMs,
  describeFetchFailure,
  queryPrometheus,
  type PrometheusQuery,
  type PrometheusQueryOptions,
  type PrometheusRun,
} from './client.js';
export {
  buildQueryRangeRequest,
  defaultStepSeconds,
  formatSeconds,
  maxPointsPerRequest,
  maxRequestsPerQuery,
  planQueryRange,
  queryRangeEndpoint,
  type QueryRangeEndpoint,
  type QueryRangePlan,
  type QueryRangeRequest,
  type QueryRangeWindow,
} from './query-range-request.js';
export {
  parseQueryRangeAnswers,
  type PrometheusAnswer,
  type QueryRangeSeries,
} from './query-range-response.js';
export { parsePrometheusDuration, parseTimeArgument } from './time-argument.js';
