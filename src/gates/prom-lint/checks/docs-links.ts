/**
 * Where each prom-lint check is documented: a row of the README's prom-lint checks table, which
 * carries an anchor `check-<family>-<name>` (`<a id="check-promql-dead-code">`). A report links a
 * finding's check name there, so a reader who meets `promql/dead-code` for the first time can
 * read what it means and how to fix or switch it off. Checks whose row has no anchor yet, and
 * the errors (which quote Prometheus), link to the prom-lint section.
 */
import { ERROR_CHECKS, WARNING_CHECKS } from '../suppress/check-names.js';

/** The README section of the prom-lint gate. */
const SECTION = 'prom-lint-prometheus-rules';

/** The checks whose README row carries its own anchor (`<a id="check-…">`). */
export const ANCHORED_CHECKS: readonly string[] = [
  'promql/nesting-limit',
  'alerts/topk',
  'alerts/unguarded-aggregation',
  'promql/dead-code',
  'promql/aggregation-keep',
  'promql/required-labels',
  'rules/reject',
  'rules/removed-dependency',
  'promql/max-range',
  'alerts/for-range',
  'conventions/redundant-for',
  'conventions/humanize-value',
  'conventions/smelly-regex',
];

/**
 * The anchor of a check's row in the README (`check-promql-dead-code`), or of the prom-lint
 * section for a check without an anchored row; undefined for a name that is no check.
 * @example checkDocsAnchor('promql/dead-code') // 'check-promql-dead-code'
 */
export function checkDocsAnchor(check: string): string | undefined {
  if (ANCHORED_CHECKS.includes(check)) return `check-${check.replace(/\//gu, '-')}`;
  if (WARNING_CHECKS.includes(check) || ERROR_CHECKS.includes(check)) return SECTION;
  return undefined;
}

/**
 * The link to a check's documentation in the README of `repositoryUrl` (the repository the
 * action runs from, e.g. `https://github.com/owner/kaizen-gates`) at `ref`.
 * @example checkDocsLink('rules/reject', 'https://github.com/o/kaizen-gates')
 *   // 'https://github.com/o/kaizen-gates/blob/main/README.md#check-rules-reject'
 */
export function checkDocsLink(
  check: string,
  repositoryUrl: string,
  ref = 'main',
): string | undefined {
  const anchor = checkDocsAnchor(check);
  return anchor === undefined
    ? undefined
    : `${repositoryUrl.replace(/\/+$/u, '')}/blob/${ref}/README.md#${anchor}`;
}
