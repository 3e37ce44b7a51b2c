/**
 * What every check reads of one side of a dashboard: its model, the raw JSON behind it (for what
 * the model canonicalises away, such as a panel's type before migration), its variables and its
 * export inputs; and the finding record the checks produce.
 */
import type { Severity } from '../../../verdict/types.js';
import type {
  DashboardSide,
  DatasourceRef,
  JsonPath,
  PanelModel,
  QueryModel,
  VariableModel,
} from '../types.js';
import { findVariableReferences } from '../query/mask.js';
import type { LintRuleName } from './rules.js';
import { isRecord } from '../../../shared/is-record.js';

export { isRecord };

/** A finding before configuration and the only-new filter are applied. */
export interface LintFinding {
  rule: LintRuleName;
  /** The rule's default severity unless the check knows better. */
  severity?: Severity;
  title: string;
  message: string;
  /** Where in the dashboard, for the line. */
  source?: JsonPath;
  /** The panel's title (what `.lint` entries match) and key. */
  panel?: { title: string; key: string; row?: string };
  /** The query's index in its panel (`.lint` entries' `targetIdx`). */
  targetIdx?: number;
  /**
   * What the finding is about inside the panel or dashboard (a refId, a variable, a metric):
   * with the rule, dashboard and panel it makes the finding's identity across base and head.
   */
  subject: string;
}

/** The value at `path` inside the side's source dashboard object (classic JSON or v2 spec). */
export function sourceValue(side: DashboardSide, path: JsonPath): unknown {
  const dashboard = side.loaded.dashboard;
  let value: unknown = dashboard.schema === 'classic' ? dashboard.json : dashboard.spec;
  for (const step of path) {
    if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
    else value = isRecord(value) ? value[step] : undefined;
  }
  return value;
}

/**
 * Names a dashboard may reference without defining: Grafana's global variables and the macros
 * of its SQL and other datasources (every `$__…` name), the legacy `$interval` and `$timeFilter`,
 * and `$1`-style regex group references (`label_replace(…, "$1", …)`), which are no variables.
 */
export function isBuiltinVariable(name: string): boolean {
  return (
    name.startsWith('__') || name === 'interval' || name === 'timeFilter' || /^\d+$/u.test(name)
  );
}

/** The side's variables by name, and the `${DS_…}` inputs of an export for sharing. */
export interface SideNames {
  variables: Map<string, VariableModel>;
  /** `__inputs[].name` of an export for sharing, which Grafana replaces on import. */
  inputs: Map<string, { type?: string; pluginId?: string }>;
}

/** {@link SideNames} of a side. */
export function sideNames(side: DashboardSide): SideNames {
  const variables = new Map(side.model.variables.map((v) => [v.name, v]));
  const inputs = new Map<string, { type?: string; pluginId?: string }>();
  if (side.loaded.dashboard.schema === 'classic') {
    const raw = side.loaded.dashboard.json['__inputs'];
    if (Array.isArray(raw)) {
      for (const input of raw) {
        if (!isRecord(input) || typeof input['name'] !== 'string') continue;
        inputs.set(input['name'], {
          ...(typeof input['type'] === 'string' ? { type: input['type'] } : {}),
          ...(typeof input['pluginId'] === 'string' ? { pluginId: input['pluginId'] } : {}),
        });
      }
    }
  }
  return { variables, inputs };
}

/**
 * A datasource reference as dashboards write it: `{ type, uid }`, or a plain string (a name,
 * or a variable such as `$datasource`, before schema 33), read as a uid.
 */
export function datasourceRefOf(value: unknown): DatasourceRef | undefined {
  if (typeof value === 'string') return { uid: value };
  if (!isRecord(value)) return undefined;
  return {
    ...(typeof value['type'] === 'string' ? { type: value['type'] } : {}),
    ...(typeof value['uid'] === 'string' ? { uid: value['uid'] } : {}),
  };
}

/** The variable a datasource uid names (`${datasource}`, `$ds`), when it is one reference alone. */
export function datasourceVariable(ref: DatasourceRef | undefined): string | undefined {
  const uid = ref?.uid?.trim();
  if (uid === undefined) return undefined;
  const [only] = findVariableReferences(uid);
  return only !== undefined && only.from === 0 && only.to === uid.length ? only.name : undefined;
}

/**
 * The plugin type of a datasource reference as far as the dashboard tells it: its own `type`,
 * else the `query` of the datasource variable it names (`prometheus`), else the `pluginId` of
 * the export input it names.
 */
export function datasourceType(
  ref: DatasourceRef | undefined,
  names: SideNames,
): string | undefined {
  if (ref?.type !== undefined && ref.type !== '') return ref.type;
  const variable = datasourceVariable(ref);
  if (variable === undefined) return undefined;
  const model = names.variables.get(variable);
  if (model?.type === 'datasource') {
    const query = model.fields['query'];
    return typeof query === 'string' ? query : undefined;
  }
  return names.inputs.get(variable)?.pluginId;
}

/** Whether a query is PromQL: its effective datasource is Prometheus (or a Prometheus-speaking plugin). */
export function isPrometheusQuery(query: QueryModel, names: SideNames): boolean {
  const type = datasourceType(query.datasource, names);
  return (
    type !== undefined && type.toLowerCase().includes('prometheus') && query.expr !== undefined
  );
}

/** The panel part of a finding. */
export function panelOf(panel: PanelModel): NonNullable<LintFinding['panel']> {
  return {
    title: panel.title,
    key: panel.key,
    ...(panel.row !== undefined ? { row: panel.row } : {}),
  };
}

/** A panel's name as a message shows it: `"CPU"` or `panel id:7` when untitled. */
export function panelName(panel: PanelModel): string {
  return panel.title.trim() === ''
    ? `untitled panel ${panel.key}`
    : `panel ${JSON.stringify(panel.title)}`;
}

/** The query's index in its panel's targets, as `.lint` entries count it. */
export function targetIndex(panel: PanelModel, query: QueryModel): number {
  const last = query.source[query.source.length - 1];
  return typeof last === 'number' ? last : panel.queries.indexOf(query);
}
