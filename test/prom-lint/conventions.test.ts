import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  camelCaseAlertName,
  isCamelCaseAlertName,
  isLevelMetricOperations,
} from '../../src/gates/prom-lint/checks/conventions/index.js';
import {
  CONVENTION_PRESETS,
  defaultPromLintSettings,
  type ConventionSettings,
  type PromLintSettings,
} from '../../src/gates/prom-lint/settings.js';
import { parsePromLintConfig } from '../../src/gates/prom-lint/config-file.js';
import { settingsOf } from '../../src/gates/prom-lint/inputs.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { corpusFiles, corpusFindingsOf, findingsOf, FIXTURES } from './rule-files.js';

/** The defaults with the mixin conventions on: conventions are opt-in (`conventions: mixin`). */
const MIXIN: PromLintSettings = {
  ...defaultPromLintSettings,
  conventions: CONVENTION_PRESETS.mixin,
};

/** The mixin settings with some conventions changed. */
function withConventions(conventions: Partial<ConventionSettings>): PromLintSettings {
  return { ...MIXIN, conventions: { ...MIXIN.conventions, ...conventions } };
}

/** The findings of one check (or of every convention check, `conventions/*`) for a rule file. */
function ofCheck(check: string, text: string, settings: PromLintSettings = MIXIN): LintFinding[] {
  return findingsOf(check, text, { settings });
}

/** Every convention finding for a rule file. */
function conventionFindings(text: string, settings?: PromLintSettings): LintFinding[] {
  return ofCheck('conventions/*', text, settings);
}

/** A file with one alert (name on line 4, column 16), its labels and annotations as given. */
function alertFile(
  name: string,
  labels: Record<string, string>,
  annotations: Record<string, string>,
  groupLabels: Record<string, string> = {},
): string {
  const block = (key: string, entries: Record<string, string>, indent: string): string[] =>
    Object.keys(entries).length === 0
      ? []
      : [
          `${indent}${key}:`,
          ...Object.entries(entries).map(([k, v]) => `${indent}  ${k}: '${v.replace(/'/g, "''")}'`),
        ];
  return [
    'groups:',
    '  - name: node',
    '    rules:',
    `      - alert: ${name}`,
    '        expr: up == 0',
    ...block('labels', labels, '        '),
    ...block('annotations', annotations, '        '),
    ...block('labels', groupLabels, '    '),
    '',
  ].join('\n');
}

const COMPLETE = { summary: 'Instance down', description: 'It is down' };

describe('conventions/severity', () => {
  it('accepts a configured severity, from the rule or the group', () => {
    expect(
      ofCheck('conventions/severity', alertFile('A', { severity: 'critical' }, COMPLETE)),
    ).toEqual([]);
    expect(
      ofCheck('conventions/severity', alertFile('A', {}, COMPLETE, { severity: 'warning' })),
    ).toEqual([]);
  });

  it('flags a missing severity on the alert name, naming the allowed values', () => {
    expect(ofCheck('conventions/severity', alertFile('NodeDown', {}, COMPLETE))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 24,
        check: 'conventions/severity',
        message:
          'group "node", rule 1, "NodeDown": the alert has no severity label, so Alertmanager ' +
          'cannot route it by urgency; add one under labels (severity: critical; allowed: ' +
          'critical, warning, info)',
      },
    ]);
  });

  it('flags an unknown value on the value itself, and suggests the right case', () => {
    const [page] = ofCheck('conventions/severity', alertFile('A', { severity: 'page' }, COMPLETE));
    expect(page).toMatchObject({ line: 7, column: 22, endColumn: 26 });
    expect(page?.message).toContain('severity "page" is not one of');
    expect(page?.message).toContain('use one of critical, warning, info');
    const [upper] = ofCheck(
      'conventions/severity',
      alertFile('A', { severity: 'Critical' }, COMPLETE),
    );
    expect(upper?.message).toContain('write it "critical" (label values are case-sensitive)');
  });

  it('lets the rule label override the group label, and says where an inherited value is', () => {
    expect(
      ofCheck(
        'conventions/severity',
        alertFile('A', { severity: 'info' }, COMPLETE, { severity: 'page' }),
      ),
    ).toEqual([]);
    const [inherited] = ofCheck(
      'conventions/severity',
      alertFile('A', {}, COMPLETE, { severity: 'page' }),
    );
    expect(inherited).toMatchObject({ line: 4, column: 16 });
    expect(inherited?.message).toContain('"page" (set in the group labels)');
  });

  it.each([
    ['a templated value', '{{ if gt $value 10.0 }}critical{{ else }}warning{{ end }}'],
    ['the never-notify marker of the mixins (Watchdog)', 'none'],
  ])('skips %s', (_, value) => {
    expect(ofCheck('conventions/severity', alertFile('A', { severity: value }, COMPLETE))).toEqual(
      [],
    );
  });

  it('is off when the list of severities is empty, and uses a custom list', () => {
    expect(
      ofCheck(
        'conventions/severity',
        alertFile('A', {}, COMPLETE),
        withConventions({ severities: [] }),
      ),
    ).toEqual([]);
    const custom = withConventions({ severities: ['page', 'ticket'] });
    expect(
      ofCheck('conventions/severity', alertFile('A', { severity: 'page' }, COMPLETE), custom),
    ).toEqual([]);
    expect(
      ofCheck('conventions/severity', alertFile('A', { severity: 'critical' }, COMPLETE), custom),
    ).toHaveLength(1);
  });

  it('ignores recording rules', () => {
    const text = [
      'groups:',
      '- name: g',
      '  rules:',
      '  - record: job:up:sum',
      '    expr: sum by (job) (up)',
      '',
    ];
    expect(ofCheck('conventions/severity', text.join('\n'))).toEqual([]);
  });
});

describe('conventions/summary, conventions/description, conventions/runbook-url', () => {
  it('flags each missing annotation once, on the alert name', () => {
    const findings = conventionFindings(alertFile('A', { severity: 'warning' }, {}));
    // In the gate's order: by place, then check name.
    expect(findings.map((f) => [f.check, f.line, f.column])).toEqual([
      ['conventions/description', 4, 16],
      ['conventions/summary', 4, 16],
    ]);
    expect(findings[1]?.message).toBe(
      'group "node", rule 1, "A": the alert has no summary annotation, so notifications show ' +
        'less than on-call needs; add summary: a one-line title, e.g. "Instance {{ $labels.instance }} is down"',
    );
  });

  it('treats a blank annotation as missing', () => {
    const [blank] = ofCheck(
      'conventions/description',
      alertFile('A', { severity: 'warning' }, { summary: 'S', description: '  ' }),
    );
    expect(blank?.message).toContain('has an empty description annotation');
  });

  it('checks runbook_url only when configured, and each annotation only when switched on', () => {
    const text = alertFile('A', { severity: 'warning' }, COMPLETE);
    expect(ofCheck('conventions/runbook-url', text)).toEqual([]);
    expect(
      ofCheck('conventions/runbook-url', text, withConventions({ runbookUrl: true })),
    ).toHaveLength(1);
    const withRunbook = alertFile(
      'A',
      { severity: 'warning' },
      {
        ...COMPLETE,
        runbook_url: 'https://runbooks.example.com/A',
      },
    );
    expect(
      ofCheck('conventions/runbook-url', withRunbook, withConventions({ runbookUrl: true })),
    ).toEqual([]);
    const none = alertFile('A', { severity: 'warning' }, {});
    expect(
      conventionFindings(none, withConventions({ summary: false, description: false })),
    ).toEqual([]);
  });
});

describe('conventions/alert-name', () => {
  it.each(['KubeAPIDown', 'HTTPErrors', 'NodeCPUHigh', 'HostOutOfMemory', 'Http5xxRate', 'A'])(
    'accepts %s',
    (name) => {
      expect(isCamelCaseAlertName(name)).toBe(true);
      expect(
        ofCheck('conventions/alert-name', alertFile(name, { severity: 'info' }, COMPLETE)),
      ).toEqual([]);
    },
  );

  it.each([
    ['node_down', 'NodeDown'],
    ['High CPU', 'HighCPU'],
    ['highCPU', 'HighCPU'],
    ['Cert-managerAbsent', 'CertManagerAbsent'],
    ['MysqlTooManyConnections(>80%)', 'MysqlTooManyConnections80'],
  ])('flags %s and suggests %s', (name, suggestion) => {
    expect(isCamelCaseAlertName(name)).toBe(false);
    expect(camelCaseAlertName(name)).toBe(suggestion);
    const [finding] = ofCheck(
      'conventions/alert-name',
      alertFile(JSON.stringify(name), { severity: 'info' }, COMPLETE),
    );
    expect(finding?.message).toContain(`rename it ${suggestion} (and update any matcher`);
    expect(finding).toMatchObject({ line: 4, column: 17 });
  });

  it('gives a generic fix when no CamelCase spelling can be derived', () => {
    const [finding] = ofCheck('conventions/alert-name', alertFile('"9lives"', {}, COMPLETE));
    expect(finding?.message).toContain('rename it in CamelCase starting with a capital letter');
  });

  it('is off when switched off', () => {
    expect(
      ofCheck(
        'conventions/alert-name',
        alertFile('node_down', {}, COMPLETE),
        withConventions({ alertNames: false }),
      ),
    ).toEqual([]);
  });
});

describe('conventions/record-name', () => {
  const recordFile = (name: string): string =>
    ['groups:', '- name: g', '  rules:', `  - record: ${name}`, '    expr: sum(up)', ''].join('\n');

  it.each([
    'job:http_requests:rate5m',
    'instance_path:requests:rate5m',
    'job:test:count_over_time1m',
  ])('accepts %s', (name) => {
    expect(isLevelMetricOperations(name)).toBe(true);
    expect(ofCheck('conventions/record-name', recordFile(name))).toEqual([]);
  });

  it.each([
    'http_requests_rate',
    'job:http_requests',
    ':node_memory_MemAvailable_bytes:sum',
    'job:http_inprogress_requests:sum:1',
    'job::rate5m',
  ])('flags %s, on the name, with the expected form', (name) => {
    expect(isLevelMetricOperations(name)).toBe(false);
    expect(ofCheck('conventions/record-name', recordFile(name))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 13 + name.length,
        check: 'conventions/record-name',
        message:
          `group "g", rule 1, ${JSON.stringify(name)}: recording rule name ${JSON.stringify(name)} ` +
          'is not level:metric:operations, so readers cannot tell what it aggregates by or what it ' +
          'computes; rename it like job:http_requests:rate5m (aggregation labels, source metric, ' +
          'operations, separated by colons)',
      },
    ]);
  });

  it('is off when switched off, and never looks at alerts', () => {
    expect(
      ofCheck('conventions/record-name', recordFile('x'), withConventions({ recordNames: false })),
    ).toEqual([]);
    expect(ofCheck('conventions/record-name', alertFile('NodeDown', {}, COMPLETE))).toEqual([]);
  });
});

describe('conventions are opt-in', () => {
  it('checks none by default: on the awesome-prometheus-alerts corpus they were nearly all warnings', () => {
    const files = corpusFiles('awesome-prometheus-alerts');
    expect(corpusFindingsOf('conventions/*', files)).toEqual([]);
    expect(corpusFindingsOf('conventions/*', files, { settings: MIXIN }).length).toBeGreaterThan(
      50,
    );
  });

  it('a configuration file turns on the mixin preset, and changes single conventions over it', () => {
    const text = alertFile('node_down', {}, {});
    const settingsOfText = (config: string): PromLintSettings =>
      settingsOf(parsePromLintConfig(config, 'c.yml'));
    expect(conventionFindings(text, settingsOfText('scrape-interval: 30s'))).toEqual([]);
    expect(
      new Set(conventionFindings(text, settingsOfText('conventions: mixin')).map((f) => f.check)),
    ).toEqual(
      new Set([
        'conventions/severity',
        'conventions/summary',
        'conventions/description',
        'conventions/alert-name',
      ]),
    );
    const tuned = settingsOfText(
      'conventions:\n  preset: mixin\n  summary: false\n  severities: []',
    );
    expect(new Set(conventionFindings(text, tuned).map((f) => f.check))).toEqual(
      new Set(['conventions/description', 'conventions/alert-name']),
    );
    const single = settingsOfText('conventions:\n  alert-names: true');
    expect(conventionFindings(text, single).map((f) => f.check)).toEqual([
      'conventions/alert-name',
    ]);
  });
});

describe('conventions on the awesome-prometheus-alerts corpus', () => {
  const files = corpusFiles('awesome-prometheus-alerts');
  const findings = corpusFindingsOf('conventions/*', files, {
    settings: withConventions({ runbookUrl: true }),
  });
  const count = (check: string): number => findings.filter((f) => f.check === check).length;

  it('reads every file (112) and finds the conventions the collection follows', () => {
    expect(files).toHaveLength(112);
    // Every one of the 954 alerts has a known severity, a summary and a description.
    expect(count('conventions/severity')).toBe(0);
    expect(count('conventions/summary')).toBe(0);
    expect(count('conventions/description')).toBe(0);
    expect(count('conventions/record-name')).toBe(0);
  });

  it('finds the conventions it does not follow: no runbook links, 69 names that are not CamelCase', () => {
    expect(count('conventions/runbook-url')).toBe(954);
    const names = findings
      .filter((f) => f.check === 'conventions/alert-name')
      .map((f) => /alert name "([^"]+)"/.exec(f.message)?.[1] ?? '');
    expect(names).toHaveLength(69);
    // Each flagged name holds a character CamelCase has no place for: ( ) - _ > < % /.
    for (const name of names) expect(name).toMatch(/[()\-_<>%/]/);
    expect(names).toContain('Cert-managerAbsent');
    expect(names).toContain('MysqlTooManyConnections(>80%)');
  });
});

describe("conventions on Prometheus' own example rules (promtool testdata)", () => {
  it('finds what the examples leave out: the page severity, the bare AlwaysFiring, ad-hoc record names', () => {
    const text = readFileSync(join(FIXTURES, 'promtool/rules.yml'), 'utf8');
    expect(conventionFindings(text).map((f) => `${f.check}@${f.line}:${f.column}`)).toEqual([
      'conventions/severity@10:21', // severity: page
      'conventions/description@14:16', // AlwaysFiring: no labels, no annotations
      'conventions/severity@14:16',
      'conventions/summary@14:16',
      'conventions/record-name@23:17', // fixed_data
      'conventions/record-name@27:17', // suquery_interval_test
    ]);
  });
});
