/**
 * What a team can tune about the prom-lint warning checks: which checks are off, the scrape
 * interval short ranges are judged against, and the naming conventions it follows. Errors (what
 * Prometheus itself rejects) are never switchable: a rule Prometheus refuses must not pass.
 */
import type { PrometheusVersion } from './promql/versions.js';

/** The convention presets (`conventions/*` checks), each switchable. */
export interface ConventionSettings {
  /** Allowed values of the `severity` label of alerts; empty turns `conventions/severity` off. */
  severities: readonly string[];
  /** Alerts carry a `summary` annotation (`conventions/summary`). */
  summary: boolean;
  /** Alerts carry a `description` annotation (`conventions/description`). */
  description: boolean;
  /** Alerts carry a `runbook_url` annotation (`conventions/runbook-url`); off unless configured. */
  runbookUrl: boolean;
  /** Alert names are CamelCase (`conventions/alert-name`). */
  alertNames: boolean;
  /** Recording rule names follow `level:metric:operations` (`conventions/record-name`). */
  recordNames: boolean;
  /** No `for: 0s`, the default written out (`conventions/redundant-for`, pint's alerts/for). */
  redundantFor: boolean;
  /** `$value` of a rate goes through a humanize function (`conventions/humanize-value`). */
  humanizeValue: boolean;
  /** No regex that picks a part out of a label value (`conventions/smelly-regex`). */
  smellyRegex: boolean;
}

/**
 * Labels every aggregation must keep (`promql/aggregation-keep`, pint's promql/aggregate `keep`),
 * for the rules of one kind.
 */
export interface AggregationKeepRule {
  /** Which rules: alerting, recording, or both. */
  rules: 'alerting' | 'recording' | 'all';
  labels: readonly string[];
}

/**
 * Labels a selector of the metrics matching `metric` (an RE2 pattern, fully anchored) must
 * filter on (`promql/required-labels`, pint's promql/selector `requiredLabels`).
 */
export interface RequiredLabelsRule {
  rules: 'alerting' | 'recording' | 'all';
  metric: string;
  labels: readonly string[];
}

/** A pattern (fully anchored) that label or annotation keys or values must not match (`rules/reject`). */
export interface RejectRule {
  pattern: string;
  labelKeys: boolean;
  labelValues: boolean;
  annotationKeys: boolean;
  annotationValues: boolean;
}

/** Every tunable of the warning checks. */
export interface PromLintSettings {
  /** Check names that are off; `name/*` turns a whole family off (e.g. `conventions/*`). */
  disabled: readonly string[];
  /** Scrape interval, in seconds, that range selectors are judged against. */
  scrapeInterval: number;
  conventions: ConventionSettings;
  /** The Prometheus release and PromQL feature flags the PromQL checks follow; absent: the current release, no flag. */
  promql?: PromQLSettings;
  /** `promql/aggregation-keep`: off unless configured. */
  aggregationKeep?: readonly AggregationKeepRule[];
  /** `promql/required-labels`: off unless configured. */
  requiredLabels?: readonly RequiredLabelsRule[];
  /** `rules/reject`: off unless configured. */
  reject?: readonly RejectRule[];
  /** `promql/max-range`: the longest range selector allowed, in milliseconds; off unless configured. */
  maxRange?: number;
  /** `alerts/for-range`: the shortest and longest `for` of alerts, in milliseconds; off unless configured. */
  alertFor?: { min?: number; max?: number };
}

/** Named sets of conventions a configuration file can start from (`conventions: mixin`). */
export const CONVENTION_PRESETS = {
  /** No convention checked: the default, so style never drowns the findings that are bugs. */
  none: {
    severities: [],
    summary: false,
    description: false,
    runbookUrl: false,
    alertNames: false,
    recordNames: false,
    redundantFor: false,
    humanizeValue: false,
    smellyRegex: false,
  },
  /**
   * The conventions of the Prometheus monitoring mixins: a severity label of critical, warning
   * or info, summary and description annotations, CamelCase alert names, level:metric:operations
   * record names (runbook_url stays a team's own choice).
   */
  mixin: {
    severities: ['critical', 'warning', 'info'],
    summary: true,
    description: true,
    runbookUrl: false,
    alertNames: true,
    recordNames: true,
    redundantFor: false,
    humanizeValue: false,
    smellyRegex: false,
  },
  /**
   * The style checks pint runs by default: no `for: 0s` (alerts/for), `$value` of a rate through
   * humanize (alerts/template), no regex picking a part out of a label value (promql/regexp).
   */
  pint: {
    severities: [],
    summary: false,
    description: false,
    runbookUrl: false,
    alertNames: false,
    recordNames: false,
    redundantFor: true,
    humanizeValue: true,
    smellyRegex: true,
  },
} as const satisfies Record<string, ConventionSettings>;

/** The name of a convention preset. */
export type ConventionPreset = keyof typeof CONVENTION_PRESETS;

/**
 * Defaults: every check on, conventions off (opt-in through a preset, as in pint: on real rule
 * sets they were 96% of all warnings and drowned the bugs); a 15 s scrape interval, the interval
 * of Prometheus' example configuration and most Kubernetes stacks.
 */
export const defaultPromLintSettings: PromLintSettings = {
  disabled: [],
  scrapeInterval: 15,
  conventions: CONVENTION_PRESETS.none,
};

/**
 * Whether a check runs under these settings.
 * @example isCheckEnabled({ ...defaultPromLintSettings, disabled: ['conventions/*'] }, 'conventions/summary') // false
 */
export function isCheckEnabled(settings: PromLintSettings, check: string): boolean {
  return !settings.disabled.some((off) =>
    off.endsWith('/*') ? check.startsWith(off.slice(0, -1)) : check === off,
  );
}

/**
 * What the PromQL checks follow: the Prometheus release the rules are deployed to (its parser
 * changes between releases: an error that release would not raise is not reported) and the
 * `--enable-feature` flags it runs with, beyond `experimental-functions`.
 */
export interface PromQLSettings {
  prometheusVersion?: PrometheusVersion;
  /** `promql-duration-expr` (the default from Prometheus 3.14). */
  durationExpressions?: boolean;
  /** `promql-extended-range-selectors` (the default from Prometheus 3.16). */
  extendedRangeSelectors?: boolean;
  /** `promql-binop-fill-modifiers`. */
  fillModifiers?: boolean;
}
