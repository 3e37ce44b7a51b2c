/** The words and signs every report uses for a gate and its outcome, kept in one place. */
import type { GateName, Severity, Status } from '../verdict/types.js';

/** Emoji shown before a headline in Markdown: the outcome at a glance. */
export function statusIcon(status: Status): string {
  switch (status) {
    case 'pass':
      return '✅';
    case 'warn':
      return '⚠️';
    case 'fail':
      return '❌';
    case 'error':
      return '💥';
    default:
      return assertNever(status);
  }
}

/** One word for the outcome, for plain text where an emoji may not render. */
export function statusWord(status: Status): string {
  switch (status) {
    case 'pass':
      return 'PASS';
    case 'warn':
      return 'WARN';
    case 'fail':
      return 'FAIL';
    case 'error':
      return 'ERROR';
    default:
      return assertNever(status);
  }
}

/** The name a reader knows a gate by. */
export function gateTitle(gate: GateName): string {
  switch (gate) {
    case 'bench':
      return 'Benchmarks';
    case 'prom-lint':
      return 'Prometheus rules';
    case 'dashboard-diff':
      return 'Grafana dashboards';
    case 'coverage':
      return 'Coverage';
    case 'soak':
      return 'Soak test';
    default:
      return assertNever(gate);
  }
}

/** Emoji for a finding's severity in Markdown. */
export function severityIcon(severity: Severity): string {
  switch (severity) {
    case 'error':
      return '❌';
    case 'warning':
      return '⚠️';
    case 'notice':
      return 'ℹ️';
    default:
      return assertNever(severity);
  }
}

/** Order of severities, most severe first: how findings are grouped and which survive a cap. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

/** Plural label of a severity group, e.g. `Errors`. */
export function severityGroupTitle(severity: Severity): string {
  switch (severity) {
    case 'error':
      return 'Errors';
    case 'warning':
      return 'Warnings';
    case 'notice':
      return 'Notices';
    default:
      return assertNever(severity);
  }
}

/** Exhaustiveness check: compiling proves every case of a union is handled. */
export function assertNever(value: never): never {
  throw new Error(`assertNever: unexpected value ${String(value)}`);
}

/**
 * One formatter for every count: `toLocaleString` builds a new one per call, slow over the
 * thousands of rows of a large verdict.
 */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/**
 * A count for reading, thousands grouped.
 * @example formatCount(44000) // '44,000'
 */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}

/** `1 row`, `2 rows`, with the count grouped by thousands: `20,000 rows`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
