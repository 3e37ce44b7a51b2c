/**
 * The typed model of rule files, as Prometheus' model/rulefmt sees them, with the source
 * position of every key and value so each check can point at the exact place.
 */
import type { RuleDocumentKind } from '../load/load-rule-file.js';
import type { YamlScalar } from '../load/yaml-tree.js';
import type { SourcePosition } from '../types.js';

/** A field's value with the position of its key and of its value. */
export interface Located<T> {
  value: T;
  keyPosition: SourcePosition;
  position: SourcePosition;
  /** The scalar itself, for mapping offsets inside the value (`positionOfOffset`). */
  node: YamlScalar;
}

/** One label or annotation. */
export interface NamedValue {
  name: string;
  namePosition: SourcePosition;
  value: string;
  position: SourcePosition;
  node: YamlScalar;
}

/** An alerting or recording rule (`rulefmt.Rule`). */
export interface RuleModel {
  /** 1-based index in its group, as Prometheus numbers rules in messages. */
  index: number;
  position: SourcePosition;
  record?: Located<string>;
  alert?: Located<string>;
  expr?: Located<string>;
  /** Durations are kept as written; their syntax is checked when decoding. */
  for?: Located<string>;
  keepFiringFor?: Located<string>;
  labels: NamedValue[];
  annotations: NamedValue[];
}

/** A rule group (`rulefmt.RuleGroup`). */
export interface RuleGroupModel {
  position: SourcePosition;
  name?: Located<string>;
  interval?: Located<string>;
  queryOffset?: Located<string>;
  limit?: Located<number>;
  labels: NamedValue[];
  rules: RuleModel[];
}

/** The groups of one rule document (a rule file, a PrometheusRule, a ConfigMap value). */
export interface RuleFileModel {
  file: string;
  kind: RuleDocumentKind;
  documentIndex: number;
  configMapKey?: string;
  groups: RuleGroupModel[];
}
