/**
 * Which findings of a change's rule files the change did not bring. A pull request that edits a
 * comment must not fail on the warnings its file already had: a finding is existing when it lies
 * off the changed lines and the base (the merge base of the change) had the same check on the
 * same rule. Lines cannot say "the same": an edit above a rule moves every finding below it, so
 * the rule is known by its name (file after renames, group, alert or record name), which an edit
 * elsewhere in the file leaves alone. A finding outside any named rule (a YAML error, a group's
 * interval) is matched by its message instead, which for those names the group or the problem,
 * not a rule's index. Pure.
 */
import { normalizeChangePath, placeInChange, type ChangedFiles } from '../../diff/changed-lines.js';
import type { RuleFileModel } from './rulefmt/model.js';
import type { LintFinding } from './types.js';

/** The rule a finding lies in, by the names a change that edits something else keeps. */
export interface RuleIdentity {
  /** The group's name. */
  group: string;
  kind: 'alert' | 'record';
  /** The alert's or the recorded series' name. */
  name: string;
}

/** The findings of one version of the rule files, with the rule each lies in. */
export interface LintedVersion {
  findings: readonly LintFinding[];
  /** The rule of each finding that lies in a named rule (see {@link ruleIdentities}). */
  identities: ReadonlyMap<LintFinding, RuleIdentity>;
}

/** Where a rule or a group starts in its file: a rule runs from there to the next start. */
interface Start {
  line: number;
  identity: RuleIdentity | undefined;
}

/**
 * The rule each finding lies in: the named rule whose lines (from its `- ` item to the next
 * rule or group of the file) hold the finding's first line. Findings on a group's own fields, in
 * a rule without a name, or in no rule at all have none. O((findings + rules) · log rules).
 * @example ruleIdentities(findings, models).get(finding) // { group: 'api', kind: 'alert', name: 'HighErrorRate' }
 */
export function ruleIdentities(
  findings: readonly LintFinding[],
  models: readonly RuleFileModel[],
): Map<LintFinding, RuleIdentity> {
  const startsOf = new Map<string, Start[]>();
  for (const model of models) {
    let starts = startsOf.get(model.file);
    if (starts === undefined) startsOf.set(model.file, (starts = []));
    for (const group of model.groups) {
      starts.push({ line: group.position.line, identity: undefined });
      for (const rule of group.rules) {
        const alert = rule.alert?.value ?? '';
        const record = rule.record?.value ?? '';
        // A rule that is both is an error of its own; it is known by neither name.
        const identity: RuleIdentity | undefined =
          alert !== '' && record === ''
            ? { group: group.name?.value ?? '', kind: 'alert', name: alert }
            : record !== '' && alert === ''
              ? { group: group.name?.value ?? '', kind: 'record', name: record }
              : undefined;
        starts.push({ line: rule.position.line, identity });
      }
    }
  }
  // A group's start sorts before a rule's on the same line (`- name: g` then `rules: [...]`).
  for (const starts of startsOf.values())
    starts.sort((a, b) => a.line - b.line || (a.identity === undefined ? -1 : 1));
  const identities = new Map<LintFinding, RuleIdentity>();
  for (const finding of findings) {
    const identity = lastStartAtOrBefore(startsOf.get(finding.file) ?? [], finding.line)?.identity;
    if (identity !== undefined) identities.set(finding, identity);
  }
  return identities;
}

/** The last start at or before `line`, by bisection (a file may hold 10,000 rules). */
function lastStartAtOrBefore(starts: readonly Start[], line: number): Start | undefined {
  let low = 0;
  let high = starts.length - 1;
  let found: Start | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = starts[middle];
    if (start !== undefined && start.line <= line) {
      found = start;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The findings of `head` the change did not bring: in a file the change touched, on none of its
 * changed lines, and matched by a finding of `base` with the same check on the same rule (or,
 * outside named rules, the same message) in the same file. `base` is the lint of the rule files
 * at the merge base, each named by its path after the change (a renamed file by its new name).
 * Matching counts: a rule with two findings of a check at head and one at base keeps one of them
 * new (the later one), since one more of them is what the change brought.
 *
 * A finding on a changed line is always new, whatever the base had: the change touched it. A
 * finding in a file the change did not touch is never in the set: it is out of the change's scope
 * altogether (see ReportScope), not an existing finding of it. A changed file the base does not
 * have (added, or unreadable) has no existing findings.
 * @example existingFindings(head, changes, base) // the warnings a comment-only edit left as they were
 */
export function existingFindings(
  head: LintedVersion,
  changes: ChangedFiles,
  base: LintedVersion,
): Set<LintFinding> {
  const atBase = new Map<string, number>();
  for (const finding of base.findings) {
    const key = matchKey(finding, base.identities.get(finding));
    atBase.set(key, (atBase.get(key) ?? 0) + 1);
  }
  const existing = new Set<LintFinding>();
  for (const finding of head.findings) {
    if (placeInChange(changes, finding.file, finding.line, finding.endLine) !== 'changed-file')
      continue;
    const key = matchKey(finding, head.identities.get(finding));
    const left = atBase.get(key) ?? 0;
    if (left === 0) continue;
    atBase.set(key, left - 1);
    existing.add(finding);
  }
  return existing;
}

/** What "the same finding" means across versions: the check and the rule, or the message. */
function matchKey(finding: LintFinding, identity: RuleIdentity | undefined): string {
  const file = normalizeChangePath(finding.file);
  return identity === undefined
    ? JSON.stringify([file, finding.check, 'message', finding.message])
    : JSON.stringify([file, finding.check, identity.kind, identity.group, identity.name]);
}
