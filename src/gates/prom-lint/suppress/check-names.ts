/**
 * The check names a suppression comment may name: ours, and pint's mapped to ours, so that
 * `# pint disable promql/regexp` in a file written for pint silences our `promql/regex-matcher`.
 */
import type { SuppressionNamespace } from './comment-grammar.js';

/**
 * Checks that report what Prometheus itself rejects (severity `error`). They are never
 * suppressed: a rule Prometheus refuses to load must not pass, whatever a comment says.
 */
export const ERROR_CHECKS: readonly string[] = [
  'rulefmt/yaml',
  'rulefmt/duplicate-key',
  'rulefmt/unknown-field',
  'rulefmt/type',
  'rulefmt/limit',
  'rulefmt/group-name',
  'rulefmt/duplicate-group',
  'rulefmt/label-name',
  'rulefmt/label-value',
  'rulefmt/annotation-name',
  'rulefmt/duration',
  'rulefmt/record-name',
  'rulefmt/record-or-alert',
  'rulefmt/recording-rule-field',
  'rulefmt/expr-required',
  'promql/syntax',
  'promql/type',
  'promql/experimental',
  'template/syntax',
];

/** The warning checks, current and planned (issue #4); a comment may name any of them. */
export const WARNING_CHECKS: readonly string[] = [
  'promql/nesting-limit',
  'alerts/always-firing',
  'alerts/value-in-labels',
  'promql/irate-in-alert',
  'alerts/absent-without-for',
  'rules/group-interval',
  'promql/rate-on-non-counter',
  'promql/short-range',
  'promql/regex-matcher',
  'promql/nan-division',
  'alerts/template-label-removed',
  'promql/label-removed',
  'rules/duplicate',
  'alerts/overlap',
  'rules/cross-group-dependency',
  'rules/record-order',
  'conventions/severity',
  'conventions/summary',
  'conventions/description',
  'conventions/runbook-url',
  'conventions/alert-name',
  'conventions/record-name',
  'conventions/redundant-for',
  'conventions/humanize-value',
  'conventions/smelly-regex',
  'alerts/topk',
  'alerts/unguarded-aggregation',
  'promql/dead-code',
  'promql/aggregation-keep',
  'promql/required-labels',
  'rules/reject',
  'rules/removed-dependency',
  'promql/max-range',
  'alerts/for-range',
];

/**
 * pint's checks (cloudflare/pint docs/checks) and ours that report the same kind of problem.
 * An empty list: pint's check has no counterpart here (most need a live Prometheus server), so a
 * comment naming it has nothing to silence and is quietly left alone.
 */
export const PINT_CHECKS: Readonly<Record<string, readonly string[]>> = {
  'alerts/absent': ['alerts/absent-without-for'],
  'alerts/annotation': [
    'conventions/summary',
    'conventions/description',
    'conventions/runbook-url',
  ],
  'alerts/comparison': ['alerts/always-firing'],
  'alerts/count': [],
  'alerts/external_labels': [],
  'alerts/for': ['conventions/redundant-for'],
  'alerts/template': [
    'alerts/value-in-labels',
    'alerts/template-label-removed',
    'conventions/humanize-value',
    'template/syntax',
  ],
  'group/interval': ['rules/group-interval'],
  'labels/conflict': [],
  'promql/aggregate': ['promql/aggregation-keep'],
  'promql/counter': [],
  'promql/features': ['promql/experimental'],
  'promql/fragile': ['alerts/topk', 'alerts/unguarded-aggregation'],
  'promql/impossible': ['promql/dead-code'],
  'promql/nan': ['promql/nan-division'],
  'promql/offset': [],
  'promql/performance': [],
  'promql/range_query': ['promql/max-range'],
  'promql/rate': ['promql/rate-on-non-counter', 'promql/short-range'],
  'promql/regexp': ['promql/regex-matcher', 'conventions/smelly-regex'],
  'promql/selector': ['promql/required-labels'],
  'promql/series': [],
  'promql/syntax': ['promql/syntax', 'promql/type'],
  'promql/vector_matching': [],
  'query/cost': [],
  'rule/dependency': ['rules/cross-group-dependency', 'rules/removed-dependency'],
  'rule/duplicate': ['rules/duplicate'],
  'rule/for': ['alerts/for-range'],
  'rule/label': ['conventions/severity'],
  'rule/link': [],
  'rule/name': ['conventions/alert-name', 'conventions/record-name'],
  'rule/owner': [],
  'rule/reject': ['rules/reject'],
  'rule/report': [],
  'yaml/parse': ['rulefmt/yaml'],
};

/** What a check name in a comment stands for. */
export type ResolvedTarget =
  /** Our check patterns it silences (`family/*` for a family); empty for pint-only checks. */
  | { patterns: readonly string[] }
  /** A name we do not know, with our equivalent when it is a pint name used under our prefix. */
  | { unknown: true; suggestion?: string };

/**
 * Our checks a name written in a comment silences. Our own names (and `family/*`) work under
 * both prefixes; pint's names work under `pint`. `extraKnown` adds the checks actually reported
 * in this run, so a check added after this table was written is still recognised.
 * @example resolveCheckName('pint', 'promql/rate', []) // { patterns: ['promql/rate-on-non-counter', 'promql/short-range'] }
 * @example resolveCheckName('kaizen-gates', 'promql/regexp', []) // { unknown: true, suggestion: 'promql/regex-matcher' }
 */
export function resolveCheckName(
  namespace: SuppressionNamespace,
  name: string,
  extraKnown: readonly string[],
): ResolvedTarget {
  const ours = [...ERROR_CHECKS, ...WARNING_CHECKS, ...extraKnown];
  if (name.endsWith('/*')) {
    return ours.some((check) => matchesCheck(name, check))
      ? { patterns: [name] }
      : { unknown: true };
  }
  if (ours.includes(name)) return { patterns: [name] };
  const pint = PINT_CHECKS[name];
  if (pint !== undefined) {
    if (namespace === 'pint') return { patterns: pint };
    return pint.length === 0 ? { unknown: true } : { unknown: true, suggestion: pint.join(', ') };
  }
  return { unknown: true };
}

/**
 * Whether a pattern (a check name, or `family/*`) covers a check, the convention of
 * `settings.disabled`.
 * @example matchesCheck('conventions/*', 'conventions/summary') // true
 */
export function matchesCheck(pattern: string, check: string): boolean {
  return pattern.endsWith('/*') ? check.startsWith(pattern.slice(0, -1)) : pattern === check;
}

/**
 * Whether every check the patterns cover is an error check, so the comment can never silence
 * anything. False for an empty list (a pint-only check: nothing to say about it).
 * @example onlyErrorChecks(['promql/syntax']) // true
 */
export function onlyErrorChecks(patterns: readonly string[]): boolean {
  const covered = [...ERROR_CHECKS, ...WARNING_CHECKS].filter((check) =>
    patterns.some((pattern) => matchesCheck(pattern, check)),
  );
  return covered.length > 0 && covered.every((check) => ERROR_CHECKS.includes(check));
}
