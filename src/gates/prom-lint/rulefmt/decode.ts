/**
 * Strict decoding of a positioned YAML tree into the rule model, with the errors Go's yaml.v3
 * gives when Prometheus decodes a rule file with known-fields checking on (as promtool does):
 * unknown fields, wrong node kinds, repeated keys, bad durations.
 */
import type { RuleDocument } from '../load/load-rule-file.js';
import { goYamlTag } from '../load/yaml-tree.js';
import type { YamlMap, YamlNode, YamlScalar } from '../load/yaml-tree.js';
import type { SourcePosition } from '../types.js';
import { parsePrometheusDuration } from './duration.js';
import type { Located, NamedValue, RuleFileModel, RuleGroupModel, RuleModel } from './model.js';

/** A schema error at a place in the file. */
export interface SchemaProblem {
  check: 'rulefmt/unknown-field' | 'rulefmt/type' | 'rulefmt/duplicate-key' | 'rulefmt/duration';
  position: SourcePosition;
  message: string;
}

const GROUPS_FIELDS = ['groups'];
const GROUP_FIELDS = ['name', 'interval', 'query_offset', 'limit', 'rules', 'labels'];
/** Thanos' field, accepted in PrometheusRule groups by the Prometheus Operator. */
const OPERATOR_GROUP_FIELDS = [...GROUP_FIELDS, 'partial_response_strategy'];
const RULE_FIELDS = ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'];

/** Decodes one rule document, collecting every schema problem (yaml.v3 reports them all too). */
export function decodeRuleDocument(document: RuleDocument): {
  model: RuleFileModel;
  problems: SchemaProblem[];
} {
  const decoder = new Decoder(document.kind === 'prometheus-rule');
  const groups = decoder.groups(document.root);
  const model: RuleFileModel = {
    file: document.file,
    kind: document.kind,
    documentIndex: document.documentIndex,
    groups,
  };
  if (document.configMapKey !== undefined) model.configMapKey = document.configMapKey;
  return { model, problems: decoder.problems };
}

class Decoder {
  readonly problems: SchemaProblem[] = [];

  constructor(private readonly operator: boolean) {}

  groups(root: YamlNode | undefined): RuleGroupModel[] {
    if (root === undefined || isNull(root)) return [];
    const typeName = this.operator ? 'v1.PrometheusRuleSpec' : 'rulefmt.RuleGroups';
    const map = this.expectMap(root, typeName);
    if (map === undefined) return [];
    const groups: RuleGroupModel[] = [];
    this.fields(map, typeName, GROUPS_FIELDS, (key, value) => {
      const items = this.expectSeq(value, '[]rulefmt.RuleGroup');
      for (const item of items) {
        const group = this.group(item);
        if (group !== undefined) groups.push(group);
      }
      void key;
    });
    return groups;
  }

  private group(node: YamlNode): RuleGroupModel | undefined {
    const group: RuleGroupModel = { position: node.position, labels: [], rules: [] };
    if (isNull(node)) return group;
    const map = this.expectMap(node, 'rulefmt.RuleGroup');
    if (map === undefined) return undefined;
    const allowed = this.operator ? OPERATOR_GROUP_FIELDS : GROUP_FIELDS;
    this.fields(map, 'rulefmt.RuleGroup', allowed, (key, value) => {
      switch (key.text) {
        case 'name':
          group.name = this.string(key, value);
          break;
        case 'interval':
          group.interval = this.duration(key, value);
          break;
        case 'query_offset':
          group.queryOffset = this.duration(key, value);
          break;
        case 'limit':
          group.limit = this.int(key, value);
          break;
        case 'labels':
          group.labels = this.stringMap(value);
          break;
        case 'rules': {
          const items = this.expectSeq(value, '[]rulefmt.Rule');
          group.rules = [];
          items.forEach((item, i) => {
            const rule = this.rule(item, i + 1);
            if (rule !== undefined) group.rules.push(rule);
          });
          break;
        }
      }
    });
    return group;
  }

  private rule(node: YamlNode, index: number): RuleModel | undefined {
    const rule: RuleModel = { index, position: node.position, labels: [], annotations: [] };
    if (isNull(node)) return rule;
    const map = this.expectMap(node, 'rulefmt.Rule');
    if (map === undefined) return undefined;
    this.fields(map, 'rulefmt.Rule', RULE_FIELDS, (key, value) => {
      switch (key.text) {
        case 'record':
          rule.record = this.string(key, value);
          break;
        case 'alert':
          rule.alert = this.string(key, value);
          break;
        case 'expr':
          rule.expr = this.string(key, value);
          break;
        case 'for':
          rule.for = this.duration(key, value);
          break;
        case 'keep_firing_for':
          rule.keepFiringFor = this.duration(key, value);
          break;
        case 'labels':
          rule.labels = this.stringMap(value);
          break;
        case 'annotations':
          rule.annotations = this.stringMap(value);
          break;
      }
    });
    return rule;
  }

  /** Visits known fields; reports unknown and repeated ones the way yaml.v3 words them. */
  private fields(
    map: YamlMap,
    typeName: string,
    allowed: readonly string[],
    visit: (key: YamlScalar, value: YamlNode) => void,
  ): void {
    for (const { key, first } of map.duplicates) {
      this.problems.push({
        check: 'rulefmt/duplicate-key',
        position: key.position,
        message: `mapping key ${JSON.stringify(key.text)} already defined at line ${first.position.line}`,
      });
    }
    for (const entry of map.entries) {
      if (!allowed.includes(entry.key.text)) {
        this.problems.push({
          check: 'rulefmt/unknown-field',
          position: entry.key.position,
          message: `field ${entry.key.text} not found in type ${typeName}`,
        });
        continue;
      }
      visit(entry.key, entry.value);
    }
  }

  private string(key: YamlScalar, value: YamlNode): Located<string> | undefined {
    if (value.kind !== 'scalar') {
      this.mismatch(value, 'string');
      return undefined;
    }
    return { value: value.text, keyPosition: key.position, position: value.position, node: value };
  }

  private duration(key: YamlScalar, value: YamlNode): Located<string> | undefined {
    const located = this.string(key, value);
    // yaml.v3 does not call a type's unmarshaler for null: the field stays zero.
    if (located === undefined || located.node.type === 'null') return undefined;
    const parsed = parsePrometheusDuration(located.value);
    if ('error' in parsed) {
      this.problems.push({
        check: 'rulefmt/duration',
        position: located.position,
        message: parsed.error,
      });
    }
    return located;
  }

  private int(key: YamlScalar, value: YamlNode): Located<number> | undefined {
    if (value.kind === 'scalar' && value.type === 'null') return undefined;
    const number =
      value.kind === 'scalar' &&
      (value.type === 'int' || value.type === 'float') &&
      typeof value.value === 'number'
        ? value.value
        : undefined;
    if (number === undefined || !Number.isSafeInteger(number) || value.kind !== 'scalar') {
      this.mismatch(value, 'int');
      return undefined;
    }
    return { value: number, keyPosition: key.position, position: value.position, node: value };
  }

  private stringMap(node: YamlNode): NamedValue[] {
    if (isNull(node)) return [];
    const map = this.expectMap(node, 'map[string]string');
    if (map === undefined) return [];
    for (const { key, first } of map.duplicates) {
      this.problems.push({
        check: 'rulefmt/duplicate-key',
        position: key.position,
        message: `mapping key ${JSON.stringify(key.text)} already defined at line ${first.position.line}`,
      });
    }
    const values: NamedValue[] = [];
    for (const { key, value } of map.entries) {
      if (value.kind !== 'scalar') {
        this.mismatch(value, 'string');
        continue;
      }
      values.push({
        name: key.text,
        namePosition: key.position,
        value: value.text,
        position: value.position,
        node: value,
      });
    }
    return values;
  }

  private expectMap(node: YamlNode, typeName: string): YamlMap | undefined {
    if (node.kind === 'map') return node;
    this.mismatch(node, typeName);
    return undefined;
  }

  private expectSeq(node: YamlNode, typeName: string): YamlNode[] {
    if (node.kind === 'seq') return node.items;
    if (!isNull(node)) this.mismatch(node, typeName);
    return [];
  }

  /** yaml.v3: "cannot unmarshal !!str `foo` into int" (scalars are quoted, collections not). */
  private mismatch(node: YamlNode, typeName: string): void {
    const shown = node.kind === 'scalar' ? ` \`${node.text}\`` : '';
    this.problems.push({
      check: 'rulefmt/type',
      position: node.position,
      message: `cannot unmarshal ${goYamlTag(node)}${shown} into ${typeName}`,
    });
  }
}

function isNull(node: YamlNode): boolean {
  return node.kind === 'scalar' && node.type === 'null';
}
