/**
 * `conventions/smelly-regex`: a regex matcher that picks a piece out of the middle of a label
 * value (`instance=~".*prod-region1.*"`, `job=~"myservice_.+_production"`) says that one label
 * holds several facts (region, cluster, environment) that belong in labels of their own: such
 * regexes break silently when the naming scheme changes, and no one can aggregate by the hidden
 * part. pint reports them as "smelly selectors" (promql/regexp). A prefix (`device=~"sd.*"`) or a
 * suffix match is an ordinary idiom and left alone. Only the labels a team's scrape
 * configuration writes are looked at (`job`, `instance`): those it can split into labels of their
 * own; a piece of an exporter's value (`indexrelname=~".*ccnew.*"`, Postgres' name for an index
 * a concurrent reindex left behind) is the exporter's naming, not the team's. A style check: opt-in (`smelly-regex: true`,
 * or the `pint` preset).
 */
import { selectors } from '../../promql/index.js';
import type { LintFinding } from '../../types.js';
import { warningInScalar, type RuleContext } from '../rule-context.js';

/** The labels a scrape configuration sets, whose values the team chooses. */
const SCRAPE_LABELS: ReadonlySet<string> = new Set(['job', 'instance']);

/** One warning per regex matcher that matches a piece inside a label value, on the matcher. */
export function smellyRegex(context: RuleContext): LintFinding[] {
  if (!context.settings.conventions.smellyRegex) return [];
  return selectors(context.parsed).flatMap((selector) =>
    selector.matchers
      .filter(
        (m) =>
          SCRAPE_LABELS.has(m.name) && (m.op === '=~' || m.op === '!~') && isSmellyRegex(m.value),
      )
      .map((m) =>
        warningInScalar(
          context.file,
          context.exprNode,
          m.from,
          m.to,
          'conventions/smelly-regex',
          `${context.prefix}${m.name}${m.op}${JSON.stringify(m.value)} picks a piece out of the ` +
            `${m.name} label's value: that piece belongs in a label of its own (set it when scraping ` +
            'or relabelling), so rules can match it exactly',
        ),
      ),
  );
}

/**
 * Whether an RE2 pattern is literal text and `.*`/`.+` wildcards with a literal piece between two
 * wildcards (`.*prod.*`) or literal text at both ends (`a_.+_b`). Anything else (alternations,
 * classes, other metacharacters, a plain prefix or suffix match) is not.
 * @example isSmellyRegex('.*prod-region1.*') // true
 * @example isSmellyRegex('sd.*') // false
 */
export function isSmellyRegex(regex: string): boolean {
  const body = regex.replace(/^\^/u, '').replace(/(?<!\\)\$$/u, '');
  const segments: string[] = [''];
  for (let i = 0; i < body.length; i += 1) {
    const ch = body.charAt(i);
    const next = body.charAt(i + 1);
    if (ch === '.' && (next === '*' || next === '+')) {
      segments.push('');
      i += 1;
    } else if (ch === '\\' && /^[!-/:-@[-`{-~]$/u.test(next)) {
      segments[segments.length - 1] += next;
      i += 1;
    } else if (/^[\w\-/:=@,;%&#~ ]$/u.test(ch)) {
      segments[segments.length - 1] += ch;
    } else {
      return false;
    }
  }
  if (segments.length < 2) return false;
  const interior = segments.slice(1, -1).some((segment) => segment !== '');
  return interior || (segments[0] !== '' && segments.at(-1) !== '');
}
