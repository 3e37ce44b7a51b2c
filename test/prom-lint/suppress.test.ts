import { describe, expect, it } from 'vitest';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { decodedDocuments } from './rule-files.js';
import type { RuleFileModel } from '../../src/gates/prom-lint/rulefmt/model.js';
import { PINT_CHECKS } from '../../src/gates/prom-lint/suppress/check-names.js';
import {
  parseSnoozeTime,
  parseSuppressionComment,
} from '../../src/gates/prom-lint/suppress/comment-grammar.js';
import { applySuppressions, findSuppressions } from '../../src/gates/prom-lint/suppress/index.js';
import { ruleSpans } from '../../src/gates/prom-lint/suppress/rule-spans.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';

const TODAY = '2026-11-23';

function modelsOf(path: string, text: string): RuleFileModel[] {
  try {
    return decodedDocuments(path, text);
  } catch {
    return []; // not YAML: lint reports it as an error; there are no rules to scope comments to
  }
}

/** Lints the files for real, then applies their suppression comments. */
function run(
  files: readonly { path: string; text: string }[],
  today = TODAY,
): { before: LintFinding[]; kept: LintFinding[]; suppressed: number; notices: LintFinding[] } {
  // Conventions are off: these files are about comments, not about annotations and labels.
  const { findings } = lintRuleFiles(files, {
    settings: { ...defaultPromLintSettings, disabled: ['conventions/*'] },
    ignoreSuppressionComments: true,
  });
  const result = applySuppressions(
    findings,
    files.map((file) => ({ ...file, models: modelsOf(file.path, file.text) })),
    today,
  );
  return { before: findings, ...result };
}

function runOne(lines: readonly string[], today = TODAY): ReturnType<typeof run> {
  return run([{ path: 'rules.yml', text: lines.join('\n') + '\n' }], today);
}

/** `check@line` of each finding, for compact expectations. */
function summary(findings: readonly LintFinding[]): string[] {
  return findings.map((finding) => `${finding.check}@${finding.line}`);
}

/** Two alerts without a threshold (alerts/always-firing on lines 5 and 7). */
const TWO_BARE_ALERTS = [
  'groups:',
  '  - name: node',
  '    rules:',
  '      - alert: InstanceDown',
  '        expr: up',
  '      - alert: LoadHigh',
  '        expr: node_load1',
];

describe('findSuppressions', () => {
  it('finds every directive form, with its place, under both prefixes', () => {
    const text = [
      '# pint ignore/file',
      '#pint ignore/line',
      'groups: # pint ignore/next-line',
      '  # pint ignore/begin',
      '  # pint ignore/end',
      '  # pint disable promql/series(+testing)',
      '  # pint file/disable alerts/template',
      '  # pint snooze 2023-01-12T10:00:00Z promql/rate',
      '  # pint file/snooze 2025-06-01 promql/regexp',
      '  # kaizen-gates disable conventions/*',
      '  # keep it # kaizen-gates ignore/next-line',
      '',
    ].join('\n');
    expect(
      findSuppressions(text).map((c) => [c.line, c.column, c.namespace, c.directive, c.ownLine]),
    ).toEqual([
      [1, 1, 'pint', { kind: 'ignore/file' }, true],
      [2, 1, 'pint', { kind: 'ignore/line' }, true],
      [3, 9, 'pint', { kind: 'ignore/next-line' }, false],
      [4, 3, 'pint', { kind: 'ignore/begin' }, true],
      [5, 3, 'pint', { kind: 'ignore/end' }, true],
      [6, 3, 'pint', { kind: 'disable', check: 'promql/series', params: '+testing' }, true],
      [7, 3, 'pint', { kind: 'file/disable', check: 'alerts/template' }, true],
      [
        8,
        3,
        'pint',
        {
          kind: 'snooze',
          check: 'promql/rate',
          until: Date.UTC(2023, 0, 12, 10),
          untilText: '2023-01-12T10:00:00Z',
        },
        true,
      ],
      [
        9,
        3,
        'pint',
        {
          kind: 'file/snooze',
          check: 'promql/regexp',
          until: Date.UTC(2025, 5, 1),
          untilText: '2025-06-01',
        },
        true,
      ],
      [10, 3, 'kaizen-gates', { kind: 'disable', check: 'conventions/*' }, true],
      [11, 13, 'kaizen-gates', { kind: 'ignore/next-line' }, true],
    ]);
  });

  it('does not take text inside block scalars or strings for comments', () => {
    const text = [
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: |',
      '          up',
      '          # pint disable alerts/comparison',
      '        annotations:',
      '          summary: "down # pint ignore/line"',
      '          description: >',
      '            # kaizen-gates ignore/file',
      '',
    ].join('\n');
    expect(findSuppressions(text)).toEqual([]);
  });

  it('reads files with CRLF line ends', () => {
    const [found] = findSuppressions('groups: [] # pint ignore/line\r\n# pint ignore/end\r\n');
    expect(found).toMatchObject({ line: 1, text: '# pint ignore/line' });
    expect(findSuppressions('a: 1\r\n# pint disable promql/rate\r\n')[0]?.directive).toEqual({
      kind: 'disable',
      check: 'promql/rate',
    });
  });

  it('reads every document of a multi-document file', () => {
    const text = ['# pint ignore/begin', 'a: 1', '---', '# pint ignore/end', 'b: 2', ''].join('\n');
    expect(findSuppressions(text).map((c) => [c.line, c.directive.kind])).toEqual([
      [1, 'ignore/begin'],
      [4, 'ignore/end'],
    ]);
  });

  it.each([
    ['# pint ignore/line please', 'ignore/line takes nothing after it, found "please"'],
    ['# pint disable', 'disable needs a check name'],
    ['# pint disable promql/rate promql/regexp', 'write one comment per check'],
    ['# pint snooze promql/rate', 'snooze needs a time and a check'],
    ['# pint snooze 2026-02-30 promql/rate', 'is neither YYYY-MM-DD nor RFC 3339'],
    ['# pint file/snooze 12/01/2026 promql/rate', 'is neither YYYY-MM-DD nor RFC 3339'],
    ['# kaizen-gates disabel promql/regex-matcher', 'unknown directive "disabel"'],
  ])('reports %s as invalid', (comment, reason) => {
    const [found] = findSuppressions(`${comment}\n`);
    expect(found?.directive.kind).toBe('invalid');
    expect(found?.directive).toMatchObject({ reason: expect.stringContaining(reason) as string });
  });

  it.each([
    '# pint file/owner team-a', // pint's own business
    '# pint rule/set promql/series ignore/label-value', // idem
    '# pint frobnicate x', // pint ignores directives it does not know
    '# pintdisable promql/rate',
    '# pint: disable promql/rate',
    '# just a comment',
  ])('finds no directive in %s', (comment) => {
    expect(parseSuppressionComment(comment)).toBeUndefined();
    expect(findSuppressions(`a: 1 ${comment}\n`)).toEqual([]);
  });
});

describe('parseSnoozeTime', () => {
  it.each([
    ['2026-01-31', Date.UTC(2026, 0, 31)],
    ['2026-01-31T10:00:00Z', Date.UTC(2026, 0, 31, 10)],
    ['2026-01-31T10:00:00.5+02:00', Date.UTC(2026, 0, 31, 8, 0, 0, 500)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2026-11-23T18:24:18.123Z', Date.UTC(2026, 10, 23, 18, 24, 18, 123)], // new Date().toISOString()
  ])('reads %s', (text, expected) => {
    expect(parseSnoozeTime(text)).toBe(expected);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-01-31T24:00:00Z', '2026-01-31T10:00:00', 'tomorrow'])(
    'refuses %s',
    (text) => {
      expect(parseSnoozeTime(text)).toBeUndefined();
    },
  );
});

describe('ruleSpans', () => {
  it('spans each rule from its first key to the end of its last value, block scalars included', () => {
    const text = [
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: |',
      '          up == 0',
      '',
      '        labels:',
      '          severity: critical',
      '',
      '      - record: job:up:sum',
      '        expr: sum by (job) (up)',
      '',
    ].join('\n');
    expect(ruleSpans(modelsOf('r.yml', text))).toEqual([
      { firstLine: 4, lastLine: 9, keyColumn: 9 },
      { firstLine: 11, lastLine: 12, keyColumn: 9 },
    ]);
  });
});

describe('applySuppressions: disable and snooze on a rule', () => {
  it('silences only the rule whose head comment names the check (a pint name, mapped)', () => {
    const { before, kept, suppressed, notices } = runOne([
      ...TWO_BARE_ALERTS.slice(0, 3),
      '      # Fires for every target on purpose: the dashboard lists them.',
      '      # pint disable alerts/comparison',
      ...TWO_BARE_ALERTS.slice(3),
    ]);
    expect(summary(before)).toEqual(['alerts/always-firing@7', 'alerts/always-firing@9']);
    expect(summary(kept)).toEqual(['alerts/always-firing@9']);
    expect(suppressed).toBe(1);
    expect(notices).toEqual([]);
  });

  it('applies a comment written inside the rule, or right below it indented like its keys', () => {
    const inside = runOne([
      ...TWO_BARE_ALERTS.slice(0, 4),
      '        # kaizen-gates disable alerts/always-firing',
      ...TWO_BARE_ALERTS.slice(4),
    ]);
    expect(summary(inside.kept)).toEqual(['alerts/always-firing@8']);
    const onItemLine = runOne([
      ...TWO_BARE_ALERTS.slice(0, 3),
      '      - alert: InstanceDown # pint disable alerts/comparison',
      ...TWO_BARE_ALERTS.slice(4),
    ]);
    expect(summary(onItemLine.kept)).toEqual(['alerts/always-firing@7']);
    const below = runOne([
      ...TWO_BARE_ALERTS.slice(0, 5),
      '        # kaizen-gates disable alerts/always-firing',
      ...TWO_BARE_ALERTS.slice(5),
    ]);
    // Indented like InstanceDown's keys: InstanceDown's comment, though LoadHigh follows.
    expect(summary(below.kept)).toEqual(['alerts/always-firing@8']);
    expect(below.notices).toEqual([]);
  });

  it('ties a comment separated from the rule by a blank line to nothing, and says so', () => {
    const { kept, notices } = runOne([
      ...TWO_BARE_ALERTS.slice(0, 3),
      '      # pint disable alerts/comparison',
      '',
      ...TWO_BARE_ALERTS.slice(3),
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@7', 'alerts/always-firing@9']);
    expect(notices).toEqual([
      {
        severity: 'notice',
        file: 'rules.yml',
        line: 4,
        column: 7,
        check: 'suppress/unattached',
        message:
          '# pint disable alerts/comparison: the comment touches no rule, so it silences nothing; ' +
          'put it inside the rule or on the lines right above it (no blank line between), or use ' +
          'file/disable for the whole file',
      },
    ]);
  });

  it('silences only the named check, and takes parameters as the whole check', () => {
    const { kept } = runOne([
      'groups:',
      '  - name: node',
      '    rules:',
      '      # pint disable alerts/template(prod)',
      '      - alert: InstanceDown',
      '        expr: up',
      '        labels:',
      "          value: '{{ $value }}'",
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@6']);
  });

  it('honours a snooze until its date, then reports the finding and notes the expiry', () => {
    const lines = (until: string): string[] => [
      ...TWO_BARE_ALERTS.slice(0, 3),
      `      # pint snooze ${until} alerts/comparison`,
      ...TWO_BARE_ALERTS.slice(3),
    ];
    const active = runOne(lines('2026-11-24'));
    expect(summary(active.kept)).toEqual(['alerts/always-firing@8']);
    expect(active.notices).toEqual([]);
    const activeUntilTen = runOne(lines('2026-11-23T10:00:00Z'));
    expect(summary(activeUntilTen.kept)).toEqual(['alerts/always-firing@8']);
    const expired = runOne(lines('2026-11-23'));
    expect(summary(expired.kept)).toEqual(['alerts/always-firing@6', 'alerts/always-firing@8']);
    expect(expired.notices.map((n) => [n.check, n.line, n.message])).toEqual([
      [
        'suppress/expired',
        4,
        '# pint snooze 2026-11-23 alerts/comparison: the snooze ended on 2026-11-23, so ' +
          'alerts/comparison reports again; fix what it reports, or snooze to a later date',
      ],
    ]);
    // The same file a day earlier: still snoozed.
    expect(summary(runOne(lines('2026-11-23'), '2026-11-22').kept)).toEqual([
      'alerts/always-firing@8',
    ]);
  });
});

describe('applySuppressions: whole file', () => {
  it('file/disable and an active file/snooze silence the check everywhere in the file', () => {
    const disabled = runOne([...TWO_BARE_ALERTS, '# pint file/disable alerts/comparison']);
    expect(disabled.kept).toEqual([]);
    expect(disabled.suppressed).toBe(2);
    const snoozed = runOne(['# kaizen-gates file/snooze 2027-01-01 alerts/*', ...TWO_BARE_ALERTS]);
    expect(snoozed.kept).toEqual([]);
    const expired = runOne(['# kaizen-gates file/snooze 2026-01-01 alerts/*', ...TWO_BARE_ALERTS]);
    expect(expired.kept).toHaveLength(2);
    expect(expired.notices.map((n) => n.check)).toEqual(['suppress/expired']);
  });

  it('ignore/file silences every warning from its line on', () => {
    const { kept, suppressed } = runOne(['# pint ignore/file', ...TWO_BARE_ALERTS]);
    expect(kept).toEqual([]);
    expect(suppressed).toBe(2);
  });
});

describe('applySuppressions: lines', () => {
  it('ignore/line silences its own line; ignore/next-line the line after', () => {
    const { kept } = runOne([
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: up # pint ignore/line',
      '      - alert: LoadHigh',
      '        # kaizen-gates ignore/next-line',
      '        expr: node_load1',
      '      - alert: MemoryLow',
      '        expr: node_memory_MemAvailable_bytes',
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@10']);
  });

  it('ignore/begin … ignore/end silences the lines between, and only those', () => {
    const { kept } = runOne([
      'groups:',
      '  - name: node',
      '    rules:',
      '      # pint ignore/begin',
      '      - alert: InstanceDown',
      '        expr: up',
      '      - alert: LoadHigh',
      '        expr: node_load1',
      '      # pint ignore/end',
      '      - alert: MemoryLow',
      '        expr: node_memory_MemAvailable_bytes',
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@11']);
  });

  it('ignore/begin without an end runs to the end of the file', () => {
    const { kept } = runOne([
      ...TWO_BARE_ALERTS.slice(0, 5),
      '      # pint ignore/begin',
      ...TWO_BARE_ALERTS.slice(5),
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@5']);
  });

  it('a comment-looking line inside a | expression does not count', () => {
    const { before, kept, suppressed } = runOne([
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: |',
      '          up',
      '          # pint ignore/file',
      '          # pint disable alerts/comparison',
    ]);
    expect(summary(before)).toEqual(['alerts/always-firing@6']);
    expect(kept).toEqual(before);
    expect(suppressed).toBe(0);
  });
});

describe('applySuppressions: multi-document files and ConfigMaps', () => {
  const MULTI = [
    'groups:',
    '  - name: first',
    '    rules:',
    '      - alert: InstanceDown',
    '        expr: up',
    '---',
    'groups:',
    '  - name: second',
    '    rules:',
    '      # pint disable alerts/comparison',
    '      - alert: LoadHigh',
    '        expr: node_load1',
    '      - alert: MemoryLow',
    '        expr: node_memory_MemAvailable_bytes',
  ];

  it('ties a disable comment to the rule of its own document', () => {
    expect(summary(runOne(MULTI).kept)).toEqual([
      'alerts/always-firing@5',
      'alerts/always-firing@14',
    ]);
  });

  it('applies file/disable in a later document to the whole file; ignore/file only below it', () => {
    const disabled = runOne([
      ...MULTI.slice(0, 6),
      '# pint file/disable alerts/comparison',
      ...MULTI.slice(6),
    ]);
    expect(disabled.kept).toEqual([]);
    const ignored = runOne([...MULTI.slice(0, 6), '# pint ignore/file', ...MULTI.slice(6)]);
    expect(summary(ignored.kept)).toEqual(['alerts/always-firing@5']);
  });

  it('reads comments inside a rule file held in a ConfigMap value', () => {
    const { before, kept } = runOne([
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: prometheus-rules',
      'data:',
      '  node.rules.yml: |',
      '    groups:',
      '      - name: node',
      '        rules:',
      '          # pint disable alerts/comparison',
      '          - alert: InstanceDown',
      '            expr: up',
      '          - alert: LoadHigh',
      '            expr: node_load1 # kaizen-gates ignore/line',
      '          - alert: MemoryLow',
      '            expr: node_memory_MemAvailable_bytes',
    ]);
    expect(summary(before)).toEqual([
      'alerts/always-firing@12',
      'alerts/always-firing@14',
      'alerts/always-firing@16',
    ]);
    expect(summary(kept)).toEqual(['alerts/always-firing@16']);
  });
});

describe('applySuppressions: errors are never suppressed', () => {
  const BROKEN = [
    'groups:',
    '  - name: node',
    '    rules:',
    '      # pint disable promql/syntax',
    '      - alert: InstanceDown',
    '        expr: sum(up',
  ];

  it('keeps the error and says why a comment naming an error check cannot help', () => {
    const { before, kept, notices } = runOne(BROKEN);
    expect(summary(before)).toEqual(['promql/syntax@6']);
    expect(kept).toEqual(before);
    expect(notices).toEqual([
      {
        severity: 'notice',
        file: 'rules.yml',
        line: 4,
        column: 7,
        check: 'suppress/ineffective',
        message:
          '# pint disable promql/syntax: promql/syntax reports what Prometheus rejects, and ' +
          'errors are never suppressed (Prometheus would refuse the rule whatever the comment ' +
          'says); fix the rule and remove the comment',
      },
    ]);
  });

  it('keeps errors inside ignored lines, noting the comment that covered them', () => {
    const { before, kept, notices } = runOne([
      '# pint ignore/file',
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: sum(up',
      '      - alert: LoadHigh',
      '        expr: node_load1',
    ]);
    expect(summary(before)).toEqual(['promql/syntax@6', 'alerts/always-firing@8']);
    expect(summary(kept)).toEqual(['promql/syntax@6']);
    expect(notices).toEqual([]);
    const onlyError = runOne(['# pint ignore/file', ...BROKEN]);
    expect(summary(onlyError.kept)).toEqual(['promql/syntax@7']);
    expect(onlyError.notices.map((n) => [n.check, n.line])).toEqual([
      ['suppress/ineffective', 1],
      ['suppress/ineffective', 5],
    ]);
  });

  it('keeps a YAML error even on an ignored line (pint would skip the line; Prometheus would not)', () => {
    const { kept, notices } = runOne([
      '{% set x = 1 %} # pint ignore/line',
      ...TWO_BARE_ALERTS.slice(0, 3),
      '      # pint disable alerts/comparison',
      ...TWO_BARE_ALERTS.slice(3),
    ]);
    expect(kept.map((f) => [f.severity, f.check, f.line])).toEqual([['error', 'rulefmt/yaml', 1]]);
    // The rules could not be read, so the disable comment is not reported as touching none.
    expect(notices.map((n) => [n.check, n.line])).toEqual([['suppress/ineffective', 1]]);
  });
});

describe('applySuppressions: notices about comments', () => {
  it('flags our own comments that silence nothing, unknown names and pint names under our prefix', () => {
    const { kept, notices } = runOne([
      '# kaizen-gates file/disable promql/regex-matcher',
      '# kaizen-gates file/disable promql/regexp',
      '# kaizen-gates file/disable promql/typo',
      ...TWO_BARE_ALERTS,
    ]);
    expect(kept).toHaveLength(2);
    expect(notices.map((n) => [n.check, n.line, n.message])).toEqual([
      [
        'suppress/unused',
        1,
        '# kaizen-gates file/disable promql/regex-matcher: it silences nothing here; remove it',
      ],
      [
        'suppress/unknown-check',
        2,
        '# kaizen-gates file/disable promql/regexp: no check is named "promql/regexp"; ' +
          "that is pint's name; ours is promql/regex-matcher, conventions/smelly-regex",
      ],
      [
        'suppress/unknown-check',
        3,
        '# kaizen-gates file/disable promql/typo: no check is named "promql/typo"; name a check ' +
          'as findings show it (family/name), or a family as family/*',
      ],
    ]);
  });

  it('stays quiet about pint comments for checks we do not have or that find nothing here', () => {
    const { kept, notices } = runOne([
      '# pint file/disable promql/series',
      '# pint file/disable query/cost(prod)',
      '# pint file/disable promql/regexp',
      '# pint file/owner team-infra',
      ...TWO_BARE_ALERTS,
    ]);
    expect(kept).toHaveLength(2);
    expect(notices).toEqual([]);
  });

  it('reports malformed comments, whichever the prefix', () => {
    const { notices } = runOne(['# pint snooze tomorrow promql/rate', ...TWO_BARE_ALERTS]);
    expect(notices.map((n) => [n.check, n.message])).toEqual([
      [
        'suppress/invalid',
        '# pint snooze tomorrow promql/rate: snooze time "tomorrow" is neither YYYY-MM-DD nor ' +
          'RFC 3339 (2026-01-31T10:00:00Z); the comment is ignored',
      ],
    ]);
  });

  it('leaves findings of files it was not given alone, and refuses a bad date', () => {
    const text = TWO_BARE_ALERTS.join('\n') + '\n';
    const { findings } = lintRuleFiles([{ path: 'other.yml', text }]);
    const result = applySuppressions(
      findings,
      [{ path: 'rules.yml', text: '# pint ignore/file\n', models: [] }],
      TODAY,
    );
    expect(result.kept).toEqual(findings);
    expect(() => applySuppressions([], [], '23/11/2026')).toThrow(
      'applySuppressions: today must be YYYY-MM-DD or an RFC 3339 time, got "23/11/2026"',
    );
  });
});

describe('the pint name table', () => {
  it('maps each pint check to checks we know, and the documented pairs as expected', () => {
    expect(PINT_CHECKS['promql/regexp']).toEqual([
      'promql/regex-matcher',
      'conventions/smelly-regex',
    ]);
    expect(PINT_CHECKS['rule/duplicate']).toContain('rules/duplicate');
    expect(PINT_CHECKS['alerts/template']).toContain('alerts/template-label-removed');
    expect(PINT_CHECKS['promql/rate']).toEqual([
      'promql/rate-on-non-counter',
      'promql/short-range',
    ]);
    expect(PINT_CHECKS['alerts/annotation']).toEqual([
      'conventions/summary',
      'conventions/description',
      'conventions/runbook-url',
    ]);
  });
});
