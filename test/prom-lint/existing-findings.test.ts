/**
 * Telling the findings a change brought from those its files had (issue 14, item 8): real rule
 * files linted at the base and at the head, the change's lines taken from a real diff of the two
 * (jsdiff, as the gates read git's), and the set of existing findings compared with what a
 * reviewer would say of each edit.
 */
import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { changedFilesOf, type ChangedFiles } from '../../src/diff/changed-lines.js';
import { parseUnifiedDiff } from '../../src/diff/unified-diff.js';
import {
  existingFindings,
  ruleIdentities,
  type LintedVersion,
} from '../../src/gates/prom-lint/existing-findings.js';
import { decodeRuleModels, lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { fileText } from './rule-files.js';

const FILE = 'rules/api.rules.yml';

/**
 * A rule file with one warning in a named rule (absent() without `for`, on line 6) and one
 * error outside any rule (the group name repeated, on line 12), both true findings.
 */
const BASE = [
  'groups:',
  '  - name: api',
  '    rules:',
  '      # Fires when the api job is gone from service discovery.',
  '      - alert: TargetMissing',
  '        expr: absent(up{job="api"})',
  '      - alert: Down',
  '        expr: up{job="api"} == 0',
  '        for: 5m',
  '      - record: job:up:sum',
  '        expr: sum by (job) (up)',
  '  - name: api',
  '    rules: []',
];

/** Lints one version of the file, naming each finding's rule. */
function lint(lines: readonly string[], path = FILE): LintedVersion {
  const { findings, identities } = lintRuleFiles([{ path, text: fileText(lines) }], {
    identifyRules: true,
  });
  return { findings, identities: identities ?? new Map() };
}

/** The change from `base` to `head` of FILE, as the gate reads it from a diff. */
function changeOf(base: readonly string[], head: readonly string[]): ChangedFiles {
  const patch = createTwoFilesPatch(`a/${FILE}`, `b/${FILE}`, fileText(base), fileText(head));
  return changedFilesOf(
    parseUnifiedDiff(patch).map((file) => ({ path: file.path ?? FILE, lines: file.addedLines })),
  );
}

/** `line check` of each finding, for readable expectations. */
function places(findings: Iterable<LintFinding>): string[] {
  return [...findings].map((f) => `${f.line} ${f.check}`);
}

/** The existing findings of the change from BASE to `head`, and all of the head's. */
function compare(head: readonly string[]): { all: readonly LintFinding[]; existing: string[] } {
  const linted = lint(head);
  const existing = existingFindings(linted, changeOf(BASE, head), lint(BASE));
  return { all: linted.findings, existing: places(existing) };
}

describe('the findings of the base file', () => {
  it('are one warning in a named rule and one error in none (the premise of the cases below)', () => {
    const base = lint(BASE);
    expect(places(base.findings)).toEqual([
      '6 alerts/absent-without-for',
      '12 rulefmt/duplicate-group',
    ]);
    const [warning, error] = base.findings;
    expect(warning && base.identities.get(warning)).toEqual({
      group: 'api',
      kind: 'alert',
      name: 'TargetMissing',
    });
    expect(error && base.identities.get(error)).toBeUndefined();
  });
});

describe('existingFindings', () => {
  it('a comment edited above the rules: every finding was there before, though each moved', () => {
    const head = [...BASE];
    head.splice(3, 1, '      # Fires when the api job is gone.', '      # See the runbook.');
    const { all, existing } = compare(head);
    expect(places(all)).toEqual(['7 alerts/absent-without-for', '13 rulefmt/duplicate-group']);
    expect(existing).toEqual(places(all));
  });

  it('a finding on a changed line is new, even when the base had it', () => {
    const head = [...BASE];
    head[5] = '        expr: absent(up{job="api", env="prod"})';
    expect(compare(head).existing).toEqual(['12 rulefmt/duplicate-group']);
  });

  it('the same check on a renamed rule is new: the rule it was on is gone', () => {
    const head = [...BASE];
    head[4] = '      - alert: ApiTargetMissing';
    // The rename is on line 5, the warning on line 6: off the changed lines, but not the same rule.
    expect(places(lint(head).findings)).toContain('6 alerts/absent-without-for');
    expect(compare(head).existing).toEqual(['12 rulefmt/duplicate-group']);
  });

  it('a finding off the changed lines that the change caused is new (a duplicate added above)', () => {
    const head = [...BASE];
    // The copy goes above the record it repeats: the finding lands on the old, unchanged rule.
    head.splice(9, 0, '      - record: job:up:sum', '        expr: sum by (job) (up)');
    const { all, existing } = compare(head);
    const duplicate = all.find((f) => f.check === 'rules/duplicate');
    expect(duplicate?.line).toBe(12);
    expect(existing).toEqual(['6 alerts/absent-without-for', '14 rulefmt/duplicate-group']);
  });

  it('findings outside named rules are matched by message: a group renamed brings its own', () => {
    const head = [...BASE];
    head[1] = '  - name: web';
    head[11] = '  - name: web';
    const { all, existing } = compare(head);
    expect(all.find((f) => f.check === 'rulefmt/duplicate-group')?.message).toBe(
      'groupname: "web" is repeated in the same file',
    );
    // Line 12 changed; the warning stays on its rule, which is now in group web: not the same.
    expect(existing).toEqual([]);
  });

  it('matches as many as the base had: a second finding of a check on one rule is new', () => {
    const base = [
      'groups:',
      '  - name: api',
      '    rules:',
      '      - alert: Missing',
      '        expr: absent(up{job="api"})',
    ];
    // One edit line 5 cannot make: a second absent() in the same rule, off line 5's own change.
    const head = [...base];
    head[4] = '        expr: >-';
    head.push('          absent(up{job="api"})', '          or absent(up{job="web"})');
    const linted = lint(head);
    expect(places(linted.findings)).toEqual([
      '6 alerts/absent-without-for',
      '7 alerts/absent-without-for',
    ]);
    // Both are on changed lines, so both are new whatever the base had.
    const all = changedFilesOf([{ path: FILE, lines: 'whole-file' }]);
    expect(existingFindings(linted, all, lint(base)).size).toBe(0);
    // Were the lines unchanged (a move the diff could not see), one of the two is matched.
    const moved = changedFilesOf([{ path: FILE, lines: [{ start: 1, end: 1 }] }]);
    expect(places(existingFindings(linted, moved, lint(base)))).toEqual([
      '6 alerts/absent-without-for',
    ]);
  });

  it('leaves out findings in files the change did not touch, and files the base lacks', () => {
    const head = lint(BASE);
    const elsewhere = changedFilesOf([{ path: 'rules/other.rules.yml', lines: [] }]);
    expect(existingFindings(head, elsewhere, lint(BASE)).size).toBe(0);
    // An added file: the base has no findings for it, so nothing of it existed.
    const added = changedFilesOf([{ path: FILE, lines: [{ start: 1, end: 1 }] }]);
    expect(existingFindings(head, added, { findings: [], identities: new Map() }).size).toBe(0);
  });

  it('compares paths in one spelling (a base named ./rules/… matches rules/…)', () => {
    const head = [...BASE];
    head.splice(3, 1);
    const existing = existingFindings(lint(head), changeOf(BASE, head), lint(BASE, `./${FILE}`));
    expect(places(existing)).toEqual(['5 alerts/absent-without-for', '11 rulefmt/duplicate-group']);
  });
});

describe('ruleIdentities', () => {
  it('names the rule from its item to the next rule or group; a group line and a rule both alert and record have none', () => {
    const text = fileText([
      'groups:',
      '  - name: g',
      '    interval: 10s',
      '    rules:',
      '      - alert: A',
      '        expr: absent(x)',
      '      - alert: B',
      '        record: b',
      '        expr: absent(y)',
    ]);
    const { findings, identities } = lintRuleFiles([{ path: FILE, text }], { identifyRules: true });
    const findingAt = (line: number) => findings.find((f) => f.line === line);
    expect(findingAt(6) && identities?.get(findingAt(6) as LintFinding)).toEqual({
      group: 'g',
      kind: 'alert',
      name: 'A',
    });
    // B is both an alert and a record: an error, and no identity to match it by.
    const both = findings.find((f) => f.check.startsWith('rulefmt/') && f.line >= 7);
    expect(both).toBeDefined();
    expect(both && identities?.get(both)).toBeUndefined();
    // The pure function on the decoded rules says the same as the lint.
    expect(ruleIdentities(findings, decodeRuleModels([{ path: FILE, text }]))).toEqual(identities);
    // Without the rules there is nothing to name.
    expect(ruleIdentities(findings, []).size).toBe(0);
  });
});
