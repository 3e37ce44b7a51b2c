/**
 * The functions a Prometheus alerting template may call: Prometheus' own (template/template.go,
 * main branch, late 2025) plus Go's text/template builtins. Go's parser rejects any other name
 * with `function "x" not defined` while loading the rule file, so `promtool check rules` does too.
 */

/** Functions Prometheus adds to its alert and console templates. */
export const PROMETHEUS_TEMPLATE_FUNCTIONS: readonly string[] = [
  'query',
  'first',
  'label',
  'value',
  'strvalue',
  'sortByLabel',
  'args',
  'reReplaceAll',
  'safeHtml',
  'match',
  'title',
  'toUpper',
  'toLower',
  'graphLink',
  'tableLink',
  'stripPort',
  'stripDomain',
  'humanize',
  'humanize1024',
  'humanizeDuration',
  'humanizePercentage',
  'humanizeTimestamp',
  'toTime',
  'toDuration',
  'now',
  'pathPrefix',
  'externalURL',
  'parseDuration',
];

/** Go's text/template builtins (text/template/funcs.go). */
export const GO_TEMPLATE_BUILTINS: readonly string[] = [
  'and',
  'call',
  'html',
  'index',
  'slice',
  'js',
  'len',
  'not',
  'or',
  'print',
  'printf',
  'println',
  'urlquery',
  'eq',
  'ge',
  'gt',
  'le',
  'lt',
  'ne',
];

/** Every function name a Prometheus template may use. */
export const TEMPLATE_FUNCTIONS: ReadonlySet<string> = new Set([
  ...PROMETHEUS_TEMPLATE_FUNCTIONS,
  ...GO_TEMPLATE_BUILTINS,
]);

/**
 * Variables Prometheus defines before each label or annotation template: it prepends
 * `{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}`.
 */
export const PREDEFINED_VARIABLES: readonly string[] = [
  '$labels',
  '$externalLabels',
  '$externalURL',
  '$value',
];
