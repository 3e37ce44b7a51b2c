import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../../src/gates/prom-lint/load/load-rule-file.js';
import { decodeRuleDocument } from '../../src/gates/prom-lint/rulefmt/decode.js';
import { parsePrometheusDuration } from '../../src/gates/prom-lint/rulefmt/duration.js';
import { validateRuleFile } from '../../src/gates/prom-lint/rulefmt/validate.js';

const RULEFMT = join(import.meta.dirname, '../fixtures/prom-lint/rulefmt');

/** Rule-format problems (schema and semantic, no PromQL/templates) as `line:column check message`. */
function problems(text: string, legacyNames = false): string[] {
  const out: string[] = [];
  for (const document of loadRuleFile('t.yml', text).documents) {
    const { model, problems: schema } = decodeRuleDocument(document);
    for (const p of [...schema, ...validateRuleFile(model, { legacyNames })]) {
      out.push(`${p.position.line}:${p.position.column} ${p.check} ${p.message}`);
    }
  }
  return out;
}

function rule(body: string): string {
  return `groups:\n  - name: g\n    rules:\n      - ${body.trim().split('\n').join('\n        ')}\n`;
}

describe('Prometheus rulefmt testdata', () => {
  const expected: unknown = JSON.parse(readFileSync(join(RULEFMT, 'expected-errors.json'), 'utf8'));
  if (typeof expected !== 'object' || expected === null)
    throw new Error('bad expected-errors.json');
  const expectations = Object.entries(expected).filter(
    (entry): entry is [string, string] =>
      entry[0].endsWith('.yaml') && typeof entry[1] === 'string',
  );
  /** bad_expr.bad.yaml fails in PromQL, which lint.test.ts covers. */
  const schemaCases = expectations.filter(
    ([file]) => file !== 'bad_expr.bad.yaml' && !file.startsWith('legacy_'),
  );

  it.each(schemaCases)('%s is rejected with "%s"', (file, message) => {
    const found = problems(readFileSync(join(RULEFMT, file), 'utf8'));
    expect(found.some((line) => line.includes(message))).toBe(true);
  });

  it('rejects legacy_validation_annotation.bad.yaml only with legacy names', () => {
    const text = readFileSync(join(RULEFMT, 'legacy_validation_annotation.bad.yaml'), 'utf8');
    expect(problems(text, false)).toEqual([]);
    expect(problems(text, true)).toEqual([
      '7:11 rulefmt/annotation-name group "yolo", rule 1, "hola": invalid annotation name: ins-tance',
    ]);
  });

  const goodFiles = readdirSync(RULEFMT).filter(
    (f) => f.endsWith('.good.yaml') || f.startsWith('test'),
  );
  it.each(goodFiles)('accepts %s', (file) => {
    expect(problems(readFileSync(join(RULEFMT, file), 'utf8'))).toEqual([]);
  });

  it('places each error where Prometheus does (line and column)', () => {
    const at = (file: string): string[] =>
      problems(readFileSync(join(RULEFMT, file), 'utf8')).map((p) => p.split(' ')[0] ?? '');
    expect(at('duplicate_grp.bad.yaml')).toEqual(['3:5']);
    expect(at('record_and_alert.bad.yaml')).toEqual(['4:17']);
    expect(at('bad_field.bad.yaml')).toEqual(['8:9']);
    expect(at('invalid_label_name.bad.yaml')).toEqual(['7:11']);
  });
});

describe('rule format checks', () => {
  it.each([
    [
      'unknown rule field',
      rule('alert: A\nexpr: up\nsummary: x'),
      '6:9 rulefmt/unknown-field field summary not found in type rulefmt.Rule',
    ],
    [
      'unknown group field',
      'groups:\n  - name: g\n    owner: me\n',
      '3:5 rulefmt/unknown-field field owner not found in type rulefmt.RuleGroup',
    ],
    [
      'unknown top-level field',
      'group:\n  - name: g\n',
      '1:1 rulefmt/unknown-field field group not found in type rulefmt.RuleGroups',
    ],
    [
      'repeated key',
      rule('alert: A\nexpr: up\nexpr: down'),
      '6:9 rulefmt/duplicate-key mapping key "expr" already defined at line 5',
    ],
    [
      'repeated label',
      rule('alert: A\nexpr: up\nlabels: {a: b, a: c}'),
      '6:24 rulefmt/duplicate-key mapping key "a" already defined at line 6',
    ],
    [
      'empty group name',
      'groups:\n  - name: ""\n',
      '2:5 rulefmt/group-name Groupname must not be empty',
    ],
    [
      'missing group name',
      'groups:\n  - rules: []\n',
      '2:5 rulefmt/group-name Groupname must not be empty',
    ],
    [
      'annotations in a recording rule',
      rule('record: r\nexpr: up\nannotations: {a: b}'),
      `4:17 rulefmt/recording-rule-field group "g", rule 1, "r": invalid field 'annotations' in recording rule`,
    ],
    [
      'bad duration',
      rule('alert: A\nexpr: up\nfor: 1.5m'),
      '6:14 rulefmt/duration not a valid duration string: "1.5m"',
    ],
    [
      'units out of order',
      rule('alert: A\nexpr: up\nkeep_firing_for: 5m1h'),
      '6:26 rulefmt/duration not a valid duration string: "5m1h"',
    ],
    [
      'unit-less number',
      'groups:\n  - name: g\n    interval: 30\n',
      '3:15 rulefmt/duration not a valid duration string: "30"',
    ],
    [
      'bad query_offset',
      'groups:\n  - name: g\n    query_offset: 1x\n',
      '3:19 rulefmt/duration not a valid duration string: "1x"',
    ],
    [
      'negative limit',
      'groups:\n  - name: g\n    limit: -1\n',
      '3:12 rulefmt/limit group "g": limit must not be negative: -1',
    ],
    [
      'limit not an int',
      'groups:\n  - name: g\n    limit: ten\n',
      '3:12 rulefmt/type cannot unmarshal !!str `ten` into int',
    ],
    [
      'expr as a map',
      rule('alert: A\nexpr: {a: b}'),
      '5:15 rulefmt/type cannot unmarshal !!map into string',
    ],
    [
      'groups as a string',
      'groups: many\n',
      '1:9 rulefmt/type cannot unmarshal !!str `many` into []rulefmt.RuleGroup',
    ],
    [
      'rule as a string',
      'groups:\n  - name: g\n    rules: [up]\n',
      '3:13 rulefmt/type cannot unmarshal !!str `up` into rulefmt.Rule',
    ],
    ['invalid recording rule name (legacy)', rule('record: "a b"\nexpr: up'), ''],
    [
      'group label named __name__',
      'groups:\n  - name: g\n    labels: {__name__: x}\n',
      '3:14 rulefmt/label-name group "g": invalid label name: __name__',
    ],
    [
      'lone surrogate in a label value',
      rule('alert: A\nexpr: up\nlabels: {a: "\\ud800"}'),
      '6:21 rulefmt/label-value group "g", rule 1, "A": invalid label value: \ud800',
    ],
  ])('%s', (_name, text, message) => {
    const found = problems(text);
    if (message === '') expect(found).toEqual([]);
    else expect(found).toContain(message);
  });

  it('accepts valid durations, a zero for in a recording rule, and a zero limit', () => {
    const text = [
      'groups:',
      '  - name: g',
      '    interval: 1h30m',
      '    query_offset: 0',
      '    limit: 0',
      '    rules:',
      '      - record: r',
      '        expr: up',
      '        for: 0s',
      '      - alert: A',
      '        expr: up',
      '        for: 2w3d',
      '        keep_firing_for: 100ms',
      '        labels: {severity: 1, on: true}',
      '      - alert: B',
      '        expr: up',
      '        for:',
      '        labels:',
      '',
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });

  it('checks names with the legacy character set when asked', () => {
    const text = rule('record: "job:rate 5m"\nexpr: up\nlabels: {"ins-tance": a}');
    expect(problems(text, false)).toEqual([]);
    expect(problems(text, true)).toEqual([
      '4:17 rulefmt/record-name group "g", rule 1, "job:rate 5m": invalid recording rule name: job:rate 5m',
      '6:18 rulefmt/label-name group "g", rule 1, "job:rate 5m": invalid label name: ins-tance',
    ]);
  });

  it('allows Thanos partial_response_strategy in PrometheusRule groups only', () => {
    const operator =
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n    - name: g\n      partial_response_strategy: warn\n';
    expect(problems(operator)).toEqual([]);
    expect(problems('groups:\n  - name: g\n    partial_response_strategy: warn\n')).toEqual([
      '3:5 rulefmt/unknown-field field partial_response_strategy not found in type rulefmt.RuleGroup',
    ]);
  });
});

describe('parsePrometheusDuration', () => {
  it.each([
    ['0', { ms: 0 }],
    ['1h30m', { ms: 5_400_000 }],
    [
      '1y2w3d4h5m6s7ms',
      { ms: 31_536_000_000 + 1_209_600_000 + 259_200_000 + 14_400_000 + 300_000 + 6000 + 7 },
    ],
    ['', { error: 'empty duration string' }],
    ['5', { error: 'not a valid duration string: "5"' }],
    ['1h1h', { error: 'not a valid duration string: "1h1h"' }],
    ['-1m', { error: 'not a valid duration string: "-1m"' }],
    ['300y', { error: 'duration out of range' }],
  ])('%s', (text, result) => {
    expect(parsePrometheusDuration(text)).toEqual(result);
  });
});
