/**
 * The dashboard lint: what a change introduces, not what was there before. Both sides are
 * linted, and a head finding is reported only when the base has no finding of the same identity
 * (rule, dashboard uid, panel, subject), so renumbered lines or reworded messages do not make an
 * old problem new. A `.lint` file (grafana/dashboard-linter's format) excludes findings or makes
 * them warnings. Pure: sides and config in, verdict findings out.
 */
import type { Finding, Severity } from '../../../verdict/types.js';
import type { DashboardSide } from '../types.js';
import type { LintFinding } from './context.js';
import { DEFAULT_LINT_CONFIG, type LintConfig, type LintConfigRule } from './config.js';
import { dashboardRuleFindings } from './dashboard-rules.js';
import { promqlFindings, type PromQLParseCache } from './promql.js';
import { LINT_RULES } from './rules.js';
import {
  angularPanels,
  duplicatePanelIds,
  duplicateRefIds,
  gridProblems,
  orphanElements,
  schemaVersionBackwards,
} from './structure.js';
import { undefinedVariables } from './variables.js';

export { DEFAULT_LINT_CONFIG, parseLintConfig } from './config.js';
export type { LintConfig, LintConfigEntry, LintConfigRule } from './config.js';
export { LINT_RULES, type LintRuleName } from './rules.js';
export type { PromQLParseCache } from './promql.js';

/** The opt-in rules the config enables, with every default rule. */
function enabledRules(config: LintConfig): Set<string> {
  return new Set([
    ...Object.entries(LINT_RULES)
      .filter(([, rule]) => !('optIn' in rule))
      .map(([name]) => name),
    ...config.enable,
  ]);
}

/** Every finding of one side (`base` only for the checks that compare, such as schemaVersion). */
function lintSide(
  side: DashboardSide,
  base: DashboardSide | undefined,
  enabled: ReadonlySet<string>,
  cache: PromQLParseCache,
): LintFinding[] {
  const all = [
    ...duplicatePanelIds(side),
    ...gridProblems(side),
    ...duplicateRefIds(side),
    ...undefinedVariables(side),
    ...orphanElements(side),
    ...schemaVersionBackwards(side, base),
    ...angularPanels(side),
    ...promqlFindings(side, enabled, cache),
    ...dashboardRuleFindings(side, enabled),
  ];
  return all.filter((finding) => enabled.has(finding.rule));
}

/**
 * A finding's identities across the two sides of a change: by the panel's key (its id, stable
 * across a rename) and by its title within its row (stable across renumbered ids). A head finding
 * is old when the base has a finding with either identity.
 */
function identities(side: DashboardSide, finding: LintFinding): string[] {
  const of = (panel: string): string =>
    JSON.stringify([finding.rule, side.model.uid ?? '', panel, finding.subject]);
  if (finding.panel === undefined) return [of('')];
  const byTitle =
    finding.panel.title.trim() === ''
      ? []
      : [of(`title:${finding.panel.row ?? ''}/${finding.panel.title}`)];
  return [of(`key:${finding.panel.key}`), ...byTitle];
}

/**
 * What of a `.lint` rule section applies to the finding: the whole rule when it lists no entries,
 * else the first matching entry (for its reason), else undefined.
 */
function applies(
  rule: LintConfigRule | undefined,
  finding: LintFinding,
  dashboard: string,
): { reason?: string } | undefined {
  if (rule === undefined) return undefined;
  if (rule.entries.length === 0) return rule;
  // As dashboard-linter matches: a level the finding does not have (a dashboard-level finding
  // has no panel, a panel-level one no query) is not compared.
  const entry = rule.entries.find(
    (e) =>
      (e.dashboard === undefined || e.dashboard === dashboard) &&
      (e.panel === undefined || finding.panel === undefined || e.panel === finding.panel.title) &&
      (e.targetIdx === undefined ||
        finding.targetIdx === undefined ||
        e.targetIdx === finding.targetIdx),
  );
  if (entry === undefined) return undefined;
  const reason = entry.reason ?? rule.reason;
  return reason === undefined ? {} : { reason };
}

/** The verdict finding for a lint finding of `side`, or undefined when the config excludes it. */
function toFinding(
  side: DashboardSide,
  finding: LintFinding,
  config: LintConfig,
): Finding | undefined {
  const dashboard = side.model.title;
  if (applies(config.exclusions[finding.rule], finding, dashboard) !== undefined) return undefined;
  const warning = applies(config.warnings[finding.rule], finding, dashboard);
  const severity: Severity =
    warning !== undefined ? 'warning' : (finding.severity ?? LINT_RULES[finding.rule].severity);
  const reason =
    warning?.reason ?? (warning !== undefined ? config.warnings[finding.rule]?.reason : undefined);
  const where = side.loaded.location === '' ? '' : ` (${side.loaded.location})`;
  const line = side.loaded.lineOf(finding.source ?? []) ?? side.loaded.lineOf([]);
  return {
    severity,
    file: side.loaded.file,
    ...(line !== undefined ? { line } : {}),
    rule: finding.rule,
    title: finding.title,
    message: `Dashboard ${JSON.stringify(dashboard)}${where}: ${finding.message}${reason !== undefined ? ` (a warning by ${config.path || '.lint'}: ${reason})` : ''}`,
  };
}

/**
 * The lint findings a change introduces in one dashboard: every finding of `head` whose identity
 * (rule, dashboard uid, panel, subject; the panel by id or by title within its row, so a rename
 * or a renumbering alone makes nothing new) no finding of `base` has. With no
 * base (a new dashboard) every finding is new. Lines are the head file's (`lineOf` the panel,
 * query or variable). Findings are in line order.
 * @param config a parsed `.lint` file, or {@link DEFAULT_LINT_CONFIG}.
 * @param cache parsed queries by text; pass one cache to every call of a run so that a query
 *   the dashboards share is parsed once.
 */
export function lintDashboards(
  head: DashboardSide,
  base: DashboardSide | undefined,
  config: LintConfig = DEFAULT_LINT_CONFIG,
  cache: PromQLParseCache = new Map(),
): Finding[] {
  const enabled = enabledRules(config);
  const before = new Set(
    base === undefined
      ? []
      : lintSide(base, undefined, enabled, cache).flatMap((f) => identities(base, f)),
  );
  return lintSide(head, base, enabled, cache)
    .filter((finding) => !identities(head, finding).some((id) => before.has(id)))
    .flatMap((finding) => {
      const converted = toFinding(head, finding, config);
      return converted === undefined ? [] : [converted];
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Dashboards of the change's head that share a uid (Grafana keeps one of them), when the base
 * did not already have that clash: an error on each dashboard after the first.
 */
export function duplicateDashboardUids(
  heads: readonly DashboardSide[],
  bases: readonly DashboardSide[],
  config: LintConfig = DEFAULT_LINT_CONFIG,
): Finding[] {
  const clashes = (sides: readonly DashboardSide[]): Map<string, DashboardSide[]> => {
    const byUid = new Map<string, DashboardSide[]>();
    for (const side of sides) {
      const uid = side.model.uid;
      if (uid === undefined || uid === '') continue;
      byUid.set(uid, [...(byUid.get(uid) ?? []), side]);
    }
    return byUid;
  };
  const before = clashes(bases);
  const findings: Finding[] = [];
  for (const [uid, sides] of clashes(heads)) {
    if (sides.length < 2 || (before.get(uid)?.length ?? 0) >= sides.length) continue;
    const [first] = sides;
    for (const side of sides.slice(1)) {
      const converted = toFinding(
        side,
        {
          rule: 'duplicate-dashboard-uid',
          title: `Duplicate dashboard uid ${uid}`,
          message: `uid ${JSON.stringify(uid)} is also the uid of ${JSON.stringify(first?.model.title)} in ${first?.loaded.file ?? ''}; Grafana keeps one dashboard per uid, so provisioning one overwrites the other.`,
          source: ['uid'],
          subject: uid,
        },
        config,
      );
      if (converted !== undefined) findings.push(converted);
    }
  }
  return findings;
}
