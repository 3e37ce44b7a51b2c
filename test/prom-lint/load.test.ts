import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '../../src/shared/errors.js';
import { checkRuleFileSize, MAX_RULE_FILE_BYTES } from '../../src/gates/prom-lint/load/limits.js';
import { loadRuleFile } from '../../src/gates/prom-lint/load/load-rule-file.js';
import type { RuleDocument } from '../../src/gates/prom-lint/load/load-rule-file.js';
import {
  positionOfOffset,
  valueStartPosition,
} from '../../src/gates/prom-lint/load/position-of-offset.js';
import { YamlLoadError } from '../../src/gates/prom-lint/load/yaml-load-error.js';
import { mapGet } from '../../src/gates/prom-lint/load/yaml-tree.js';
import type { YamlNode, YamlScalar } from '../../src/gates/prom-lint/load/yaml-tree.js';
import { decodeRuleDocument } from '../../src/gates/prom-lint/rulefmt/decode.js';

function firstDocument(text: string): RuleDocument {
  const document = loadRuleFile('f.yml', text).documents[0];
  if (document === undefined) throw new Error('no document');
  return document;
}

/** The expr scalar of the first rule of the first group of the first document. */
function firstExpr(text: string): YamlScalar {
  const { model } = decodeRuleDocument(firstDocument(text));
  const expr = model.groups[0]?.rules[0]?.expr;
  if (expr === undefined) throw new Error('no expr');
  return expr.node;
}

function child(node: YamlNode | undefined, ...path: (string | number)[]): YamlNode | undefined {
  let current = node;
  for (const step of path) {
    if (current === undefined) return undefined;
    if (typeof step === 'number')
      current = current.kind === 'seq' ? current.items[step] : undefined;
    else current = current.kind === 'map' ? mapGet(current, step) : undefined;
  }
  return current;
}

describe('positionOfOffset', () => {
  it('maps offsets in a plain single-line scalar', () => {
    const expr = firstExpr(
      'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(x[5m]))\n',
    );
    expect(expr.text).toBe('sum(rate(x[5m]))');
    expect(positionOfOffset(expr, 0)).toEqual({ line: 5, column: 15 });
    expect(positionOfOffset(expr, 4)).toEqual({ line: 5, column: 19 });
  });

  it('maps offsets in a double-quoted scalar with escapes', () => {
    const expr = firstExpr(
      'groups:\n- name: g\n  rules:\n  - record: r\n    expr: "up{job=\\"a\\"} > 1"\n',
    );
    expect(expr.text).toBe('up{job="a"} > 1');
    // 'a' is value offset 8; the value starts in column 12 and one escape precedes it.
    expect(positionOfOffset(expr, 8)).toEqual({ line: 5, column: 12 + 8 + 1 });
    // '>' is value offset 12: two escapes later it is two columns further right than in the value.
    expect(positionOfOffset(expr, 12)).toEqual({ line: 5, column: 12 + 12 + 2 });
  });

  it("maps offsets in a single-quoted scalar with '' escapes", () => {
    const expr = firstExpr(
      "groups:\n- name: g\n  rules:\n  - record: r\n    expr: 'label_replace(up, ''a'', x)'\n",
    );
    expect(expr.text).toBe("label_replace(up, 'a', x)");
    const b = expr.text.indexOf('x');
    expect(positionOfOffset(expr, b)).toEqual({ line: 5, column: 11 + b + 2 + 1 });
  });

  it('maps offsets in a literal block scalar to its content lines', () => {
    const text =
      'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: |\n          sum(x)\n          /\n            sum(y)\n';
    const expr = firstExpr(text);
    expect(expr.text).toBe('sum(x)\n/\n  sum(y)\n');
    expect(positionOfOffset(expr, 0)).toEqual({ line: 6, column: 11 });
    expect(valueStartPosition(expr)).toEqual({ line: 6, column: 11 });
    expect(expr.position).toEqual({ line: 5, column: 15 }); // the `|` header
    expect(positionOfOffset(expr, expr.text.indexOf('/'))).toEqual({ line: 7, column: 11 });
    expect(positionOfOffset(expr, expr.text.indexOf('sum(y)'))).toEqual({ line: 8, column: 13 });
  });

  it('maps offsets in a folded block scalar and a multi-line plain scalar', () => {
    const folded = firstExpr(
      'groups:\n- name: g\n  rules:\n  - record: r\n    expr: >-\n      sum(x)\n      / sum(y)\n',
    );
    expect(folded.text).toBe('sum(x) / sum(y)');
    expect(positionOfOffset(folded, folded.text.indexOf('/'))).toEqual({ line: 7, column: 7 });
    const plain = firstExpr(
      'groups:\n- name: g\n  rules:\n  - record: r\n    expr: sum(x)\n      / sum(y)\n',
    );
    expect(plain.text).toBe('sum(x) / sum(y)');
    expect(positionOfOffset(plain, plain.text.indexOf('sum(y)'))).toEqual({ line: 6, column: 9 });
  });

  it('maps offsets in a literal block scalar with CRLF line ends', () => {
    const expr = firstExpr(
      'groups:\r\n- name: g\r\n  rules:\r\n  - record: r\r\n    expr: |\r\n      a\r\n      / b\r\n',
    );
    expect(expr.text).toBe('a\n/ b\n');
    expect(positionOfOffset(expr, expr.text.indexOf('b'))).toEqual({ line: 7, column: 9 });
  });

  it('maps an offset at the end to just after the last character', () => {
    const expr = firstExpr('groups:\n- name: g\n  rules:\n  - record: r\n    expr: up\n');
    expect(positionOfOffset(expr, 2)).toEqual({ line: 5, column: 13 });
    expect(positionOfOffset(expr, 99)).toEqual({ line: 5, column: 13 });
  });
});

describe('loadRuleFile', () => {
  it('reads every document of a multi-document file', () => {
    const loaded = loadRuleFile('m.yml', 'groups:\n- name: a\n---\ngroups:\n- name: b\n');
    expect(loaded.documents.map((d) => [d.kind, d.documentIndex])).toEqual([
      ['rule-file', 1],
      ['rule-file', 2],
    ]);
    expect(child(loaded.documents[1]?.root, 'groups', 0, 'name')?.position).toEqual({
      line: 5,
      column: 9,
    });
  });

  it('finds the groups of a PrometheusRule and skips other Kubernetes objects', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      '---',
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata:',
      '  name: r',
      'spec:',
      '  groups:',
      '    - name: g',
      '      rules:',
      '        - alert: A',
      '          expr: up == 0',
      '',
    ].join('\n');
    const loaded = loadRuleFile('k.yml', text);
    expect(loaded.documents).toHaveLength(1);
    expect(loaded.documents[0]?.kind).toBe('prometheus-rule');
    const expr = child(loaded.documents[0]?.root, 'groups', 0, 'rules', 0, 'expr');
    expect(expr?.position).toEqual({ line: 14, column: 17 });
  });

  it('maps positions of a rule file in a ConfigMap literal block back into the outer file', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: rules}',
      'data:',
      '  README: not a rule file',
      '  alerts.yml: |',
      '    groups:',
      '      - name: g',
      '        rules:',
      '          - alert: A',
      '            expr: up == 0',
      '',
    ].join('\n');
    const loaded = loadRuleFile('cm.yml', text);
    expect(loaded.documents).toHaveLength(1);
    const document = loaded.documents[0];
    expect(document?.kind).toBe('configmap');
    expect(document?.configMapKey).toBe('alerts.yml');
    const expr = child(document?.root, 'groups', 0, 'rules', 0, 'expr');
    expect(expr?.position).toEqual({ line: 11, column: 19 });
    if (expr?.kind !== 'scalar') throw new Error('expr is not a scalar');
    expect(positionOfOffset(expr, 6)).toEqual({ line: 11, column: 25 });
  });

  it('maps positions inside a quoted ConfigMap value to the start of the value', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  r.yml: "groups:\\n- name: g\\n"\n';
    const loaded = loadRuleFile('cm.yml', text);
    expect(child(loaded.documents[0]?.root, 'groups', 0, 'name')?.position).toEqual({
      line: 4,
      column: 10,
    });
  });

  it('reports a broken rule file in a ConfigMap key named like one', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  r.yml: |\n    groups: [\n';
    const loaded = loadRuleFile('cm.yml', text);
    expect(loaded.documents).toEqual([]);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.message).toMatch(/^ConfigMap key r\.yml: YAML syntax error/);
    expect(loaded.problems[0]?.position.line).toBeGreaterThanOrEqual(5);
  });

  it('resolves anchors, aliases and merge keys as yaml.v3 does', () => {
    const text = [
      'groups:',
      '  - name: g',
      '    rules:',
      '      - &base',
      '        alert: A',
      '        expr: &e up == 0',
      '        labels: {severity: page}',
      '      - <<: *base',
      '        alert: B',
      '      - alert: C',
      '        expr: *e',
      '',
    ].join('\n');
    const { model, problems } = decodeRuleDocument(firstDocument(text));
    expect(problems).toEqual([]);
    const rules = model.groups[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert?.value, r.expr?.value, r.labels.map((l) => l.value)])).toEqual(
      [
        ['A', 'up == 0', ['page']],
        ['B', 'up == 0', ['page']],
        ['C', 'up == 0', []],
      ],
    );
    // A merged value keeps the position where it is written (after its anchor).
    expect(rules[1]?.expr?.position).toEqual({ line: 6, column: 18 });
    expect(rules[1]?.alert?.position).toEqual({ line: 9, column: 16 });
  });

  it('treats an empty file as no rule groups', () => {
    const loaded = loadRuleFile('e.yml', '# nothing\n');
    expect(loaded.documents.map((d) => d.root)).toEqual([]);
  });
});

describe('hostile YAML', () => {
  function loadError(text: string): YamlLoadError {
    try {
      loadRuleFile('h.yml', text);
    } catch (error) {
      if (error instanceof YamlLoadError) return error;
      throw error;
    }
    throw new Error('no error');
  }

  it('reports a syntax error with its line and column', () => {
    const error = loadError('groups:\n  - name: g\n    rules: [\n      - x\n');
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toMatch(/^h\.yml:\d+:\d+: YAML syntax error: /);
    expect(error.position.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) {
      const previous = `*a${i - 1}`;
      lines.push(`a${i}: &a${i} [${Array(10).fill(previous).join(', ')}]`);
    }
    lines.push('groups: *a9');
    const started = performance.now();
    const error = loadError(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.reason).toMatch(/more than 2000000 nodes through aliases/);
  });

  it('refuses nesting 10,000 and 20,000 deep with the limit, whatever the parser could take', () => {
    const error = loadError(`groups: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    // The limit's own words, never the engine's ("Maximum call stack size exceeded").
    expect(error.reason).toBe('YAML nesting deeper than 256 levels');
    const deepBlock = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(loadError(deepBlock).reason).toBe('YAML nesting deeper than 256 levels');
    const deepInRule = [
      'groups:',
      '  - name: g',
      '    rules:',
      '      - alert: A',
      '        expr: up == 0',
      `        labels: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`,
    ].join('\n');
    expect(loadError(deepInRule).reason).toBe('YAML nesting deeper than 256 levels');
    // Deeper than the cap, though shallow enough for the parser: refused by the cap.
    expect(loadError(`groups: ${'['.repeat(300)}${']'.repeat(300)}`).reason).toMatch(
      /nesting deeper than 256 levels/,
    );
  });

  it('refuses a text over 100 MB before parsing it', () => {
    const started = performance.now();
    const text = ' '.repeat(MAX_RULE_FILE_BYTES + 1);
    expect(() => loadRuleFile('big.yml', text)).toThrow(
      /big\.yml: rule file is 104857601 bytes, over the limit/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(() => checkRuleFileSize('big.yml', 200 * 1024 * 1024)).toThrow(
      /over the limit of 104857600 bytes/,
    );
    expect(() => checkRuleFileSize('ok.yml', 1024)).not.toThrow();
  });

  it('refuses an alias that refers to itself', () => {
    expect(loadError('groups: &a [*a]\n').reason).toMatch(/alias|anchor/);
  });
});
