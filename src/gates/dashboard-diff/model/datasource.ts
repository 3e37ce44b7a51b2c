import type { DatasourceRef } from '../types.js';
import { isRecord, stringOf } from './json.js';

/**
 * What we know offline about a dashboard's datasource variables: variable (or export input)
 * name → the datasource plugin type it selects. Grafana resolves a datasource *name* to a
 * `{ type, uid }` through the server's datasource list, which we do not have; a variable's
 * type we can read from the dashboard itself.
 */
export type DatasourceVariableTypes = ReadonlyMap<string, string>;

/** The ref Grafana stores for a panel whose queries each name their own datasource. */
export const MIXED_UID = '-- Mixed --';

/** A datasource as found in the JSON, brought to one form. */
export interface NormalisedDatasource {
  /** Undefined: not set, the panel's or the instance's default applies. */
  ref?: DatasourceRef;
  /** Set when the source held a legacy name that Grafana migrates to a ref (schemaVersion 33). */
  migration?: string;
}

/** The built-in "-- Grafana --" datasource as current Grafana refers to it. */
export const GRAFANA: Readonly<DatasourceRef> = { type: 'datasource', uid: 'grafana' };

// Grafana's built-in pseudo-datasources, by the names dashboards before schemaVersion 33 used.
const BUILT_IN_NAMES: Readonly<Record<string, DatasourceRef>> = {
  '-- Mixed --': { type: 'datasource', uid: MIXED_UID },
  '-- Grafana --': GRAFANA,
  '-- Dashboard --': { type: 'datasource', uid: '-- Dashboard --' },
};

// `$ds`, `${ds}`, `${ds:raw}` and the deprecated `[[ds]]`: Grafana's variable syntaxes.
const VARIABLE_REF = /^(?:\$(\w+)|\$\{(\w+)(?::[^}]*)?\}|\[\[(\w+)(?::[^\]]*)?\]\])$/;

/** The variable a datasource uid or name refers to (`$ds`, `${ds}`, `[[ds]]` → `ds`). */
export function datasourceVariableName(text: string): string | undefined {
  const match = VARIABLE_REF.exec(text.trim());
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * Brings a `datasource` value to `{ type, uid }`:
 * - a ref object keeps its `type` and `uid` (other keys are dropped); a variable uid is written
 *   `${name}` whatever syntax it used, and gets the variable's type when it has none;
 * - a legacy name string becomes the ref Grafana's schemaVersion-33 migration would store when
 *   the name is not found (`{ uid: name }`), a variable name becomes the variable's ref, and
 *   the built-in names their refs; each records the migration;
 * - `null`, `undefined` and `"default"` mean "not set".
 */
export function normaliseDatasource(
  value: unknown,
  variables: DatasourceVariableTypes,
): NormalisedDatasource {
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return fromName(value, variables);
  if (!isRecord(value)) return {};
  const type = stringOf(value.type);
  const uid = stringOf(value.uid);
  if (uid === undefined) return type === undefined ? {} : { ref: { type } };
  const variable = datasourceVariableName(uid);
  if (variable !== undefined) {
    return { ref: variableRef(variable, type ?? variables.get(variable)) };
  }
  // The built-in Grafana datasource has had three spellings; current Grafana saves the last.
  if (uid === '-- Grafana --' || (type === 'grafana' && uid === 'grafana'))
    return { ref: { ...GRAFANA } };
  return { ref: type === undefined ? { uid } : { type, uid } };
}

function fromName(name: string, variables: DatasourceVariableTypes): NormalisedDatasource {
  if (name === '' || name === 'default') {
    return { migration: `datasource name "${name}" → the default datasource` };
  }
  const migration = `datasource name "${name}" → {type, uid}`;
  const builtIn = BUILT_IN_NAMES[name];
  if (builtIn !== undefined) return { ref: { ...builtIn }, migration };
  const variable = datasourceVariableName(name);
  if (variable !== undefined) {
    return { ref: variableRef(variable, variables.get(variable)), migration };
  }
  return { ref: { uid: name }, migration };
}

function variableRef(name: string, type: string | undefined): DatasourceRef {
  return type === undefined ? { uid: `\${${name}}` } : { type, uid: `\${${name}}` };
}

/** Whether a ref is the "-- Mixed --" pseudo-datasource (each query names its own). */
export function isMixed(ref: DatasourceRef | undefined): boolean {
  return ref?.uid === MIXED_UID;
}
