/**
 * What a team can tune about the prom-lint warning checks: which checks are off, the scrape
 * interval short ranges are judged against, and the naming conventions it follows. Errors (what
 * Prometheus itself rejects) are never switchable: a rule Prometheus refuses must not pass.
 */

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
}

/** Every tunable of the warning checks. */
export interface PromLintSettings {
  /** Check names that are off; `name/*` turns a whole family off (e.g. `conventions/*`). */
  disabled: readonly string[];
  /** Scrape interval, in seconds, that range selectors are judged against. */
  scrapeInterval: number;
  conventions: ConventionSettings;
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
