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

/**
 * Defaults: every check on except `runbook_url` (a team's runbook location is its own choice);
 * a 15 s scrape interval, the interval of Prometheus' example configuration and most
 * Kubernetes stacks; severities as the Prometheus mixins use them.
 */
export const defaultPromLintSettings: PromLintSettings = {
  disabled: [],
  scrapeInterval: 15,
  conventions: {
    severities: ['critical', 'warning', 'info'],
    summary: true,
    description: true,
    runbookUrl: false,
    alertNames: true,
    recordNames: true,
  },
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
