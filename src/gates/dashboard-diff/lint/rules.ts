/**
 * The lint's rules: this gate's structural checks and grafana/dashboard-linter's rules under
 * that tool's names, so one `.lint` file serves both. Severity follows one line: what Grafana
 * renders broken or wrong is an error, style is a warning.
 */
import type { Severity } from '../../../verdict/types.js';

/** One rule: its default severity and whether it runs without being enabled. */
export interface LintRule {
  severity: Severity;
  /** Off unless the `.lint` file's `enable` lists it. */
  optIn?: true;
  /** One line, for documentation. */
  description: string;
}

/** Every rule this lint implements. */
export const LINT_RULES = {
  'duplicate-panel-id': { severity: 'error', description: 'Two panels share an id.' },
  'duplicate-dashboard-uid': {
    severity: 'error',
    description: 'Two dashboards of the change share a uid (Grafana keeps one).',
  },
  'panel-grid': {
    severity: 'error',
    description: 'A panel off the 24-column grid (x + w > 24, negative, zero size).',
  },
  'panel-overlap': { severity: 'error', description: 'Two panels of one row overlap.' },
  'duplicate-ref-id': { severity: 'error', description: 'Two queries of a panel share a refId.' },
  'undefined-variable': {
    severity: 'error',
    description: 'A query, title or repeat names a variable the dashboard does not define.',
  },
  'undefined-datasource-variable': {
    severity: 'error',
    description: 'A datasource is a variable the dashboard does not define.',
  },
  'orphan-element': {
    severity: 'warning',
    description: 'A v2 element that no layout item shows.',
  },
  'missing-element': {
    severity: 'error',
    description: 'A v2 layout item that names no element.',
  },
  'schema-version-backwards': {
    severity: 'error',
    description: 'The schemaVersion went down: an older Grafana saved over a newer dashboard.',
  },
  'angular-panel': {
    severity: 'error',
    description: 'An AngularJS panel plugin, which Grafana 11+ no longer renders.',
  },
  'angular-panel-migrated': {
    severity: 'warning',
    description: 'An AngularJS core panel that Grafana migrates on load (graph, singlestat, …).',
  },
  'template-datasource-rule': {
    severity: 'warning',
    description: 'The dashboard has a templated datasource, named by convention.',
  },
  'template-job-rule': {
    severity: 'warning',
    optIn: true,
    description: 'The dashboard has a `job` variable.',
  },
  'template-instance-rule': {
    severity: 'warning',
    optIn: true,
    description: 'The dashboard has an `instance` variable.',
  },
  'template-label-promql-rule': {
    severity: 'error',
    description: 'Prometheus query variables use label_values() and friends with valid PromQL.',
  },
  'template-on-time-change-reload-rule': {
    severity: 'warning',
    description: 'Query variables refresh on time range change.',
  },
  'panel-datasource-rule': {
    severity: 'warning',
    description: 'Panels use the templated datasource.',
  },
  'panel-title-description-rule': {
    severity: 'warning',
    description: 'Panels have a title and a description.',
  },
  'panel-units-rule': { severity: 'warning', description: 'Panels set a valid unit.' },
  'panel-no-targets-rule': { severity: 'error', description: 'Panels have queries.' },
  'target-promql-rule': {
    severity: 'error',
    description: 'Prometheus queries are valid PromQL (variables substituted).',
  },
  'target-rate-interval-rule': {
    severity: 'warning',
    description: 'rate() and irate() use $__rate_interval.',
  },
  'target-job-rule': {
    severity: 'warning',
    optIn: true,
    description: 'Every selector matches job=~"$job".',
  },
  'target-instance-rule': {
    severity: 'warning',
    optIn: true,
    description: 'Every selector matches instance=~"$instance".',
  },
  'target-counter-agg-rule': {
    severity: 'warning',
    description: 'Counters (`_total`) are read through rate(), irate() or increase().',
  },
  'uneditable-dashboard': {
    severity: 'warning',
    optIn: true,
    description: 'The dashboard is not editable in the UI (code is the source of truth).',
  },
} as const satisfies Record<string, LintRule>;

/** A rule's name. */
export type LintRuleName = keyof typeof LINT_RULES;

/** Names of the rules implemented here. */
export const ALL_RULES: ReadonlySet<string> = new Set(Object.keys(LINT_RULES));

/**
 * dashboard-linter rules not implemented here (they need a LogQL parser, per-team settings, or
 * a running Grafana); a `.lint` file may name them, and they are ignored.
 */
const FOREIGN_RULES = [
  'target-logql-rule',
  'target-logql-auto-rule',
  'target-required-matchers-rule',
  'template-required-variables-rule',
  'template-uneditable-rule',
  'template-variable-matchers-rule',
  'element-reference-rule',
  'panel-legend-rule',
  'target-histogram-rule',
  'dashboard-refresh-interval-rule',
  'dashboard-time-interval-rule',
  'dashboard-time-refresh-rule',
  'panel-title-description',
  'panel-units',
  'target-valid-promql',
];

/** Rule names a `.lint` file may use. */
export const KNOWN_RULES: ReadonlySet<string> = new Set([...ALL_RULES, ...FOREIGN_RULES]);
