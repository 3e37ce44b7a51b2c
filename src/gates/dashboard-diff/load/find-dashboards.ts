/**
 * Where the dashboards are in a parsed value: the value itself, under the API wrapper's
 * `dashboard`, under a Kubernetes Dashboard's `spec`, or in strings of a ConfigMap's `data` or a
 * GrafanaDashboard's `spec.json` (read by the caller, which knows where the string sits), through
 * Kubernetes lists. Only the value is looked at, so this costs nothing next to parsing.
 */
import { isRecord } from '../../../shared/is-record.js';
import type { DashboardContainer, JsonPath, LoadedDashboard } from '../types.js';
import { dashboardSchemaOf, notDashboardReason } from './detect.js';

/** What a part of the value was found to be; `label` names it for {@link LoadedDashboard.location}. */
export type Found =
  | {
      kind: 'dashboard';
      path: JsonPath;
      containers: DashboardContainer[];
      label: string;
      dashboard: LoadedDashboard['dashboard'];
    }
  | {
      /** A string that holds (or may hold) dashboard JSON. */
      kind: 'json-string';
      path: JsonPath;
      containers: DashboardContainer[];
      label: string;
      text: string;
      /** The key names JSON (`*.json`, `spec.json`): invalid content is a problem, not skipped. */
      named: boolean;
    }
  | { kind: 'problem'; path: JsonPath; label: string; message: string };

/** The dashboards in `value`, and why the rest is not one (for {@link LoadedFile.notDashboard}). */
export function findDashboards(value: unknown, label = ''): { found: Found[]; notes: string[] } {
  const found: Found[] = [];
  const notes: string[] = [];
  visit(value, [], label, found, notes);
  return { found, notes };
}

function visit(
  value: unknown,
  path: JsonPath,
  label: string,
  found: Found[],
  notes: string[],
): void {
  if (!isRecord(value)) {
    notes.push(notDashboardReason(value));
    return;
  }
  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
    visitResource(value, value.apiVersion, value.kind, path, label, found, notes);
    return;
  }
  const schema = dashboardSchemaOf(value);
  if (schema !== undefined) {
    found.push({
      kind: 'dashboard',
      path,
      containers: [],
      label,
      dashboard: modelOf(schema, value),
    });
    return;
  }
  // The HTTP API's GET /api/dashboards/uid/:uid (and the body of a POST): `{ dashboard, meta }`.
  const inner = value.dashboard;
  if (isRecord(inner) && dashboardSchemaOf(inner) !== undefined) {
    const innerSchema = dashboardSchemaOf(inner) ?? 'classic';
    found.push({
      kind: 'dashboard',
      path: [...path, 'dashboard'],
      containers: ['api'],
      label,
      dashboard: modelOf(innerSchema, inner),
    });
    return;
  }
  notes.push(notDashboardReason(value));
}

function modelOf(
  schema: 'classic' | 'v2',
  value: Record<string, unknown>,
): LoadedDashboard['dashboard'] {
  return schema === 'v2' ? { schema, spec: value } : { schema, json: value };
}

function visitResource(
  value: Record<string, unknown>,
  apiVersion: string,
  kind: string,
  path: JsonPath,
  label: string,
  found: Found[],
  notes: string[],
): void {
  const name = resourceName(kind, value.metadata, label);
  if (kind === 'Dashboard' && apiVersion.startsWith('dashboard.grafana.app/')) {
    // v0alpha1 and v1beta1 hold the classic model in `spec`; v2alpha1, v2beta1… the v2 schema.
    const spec = value.spec;
    const schema = isRecord(spec) ? dashboardSchemaOf(spec) : undefined;
    if (isRecord(spec) && schema !== undefined) {
      found.push({
        kind: 'dashboard',
        path: [...path, 'spec'],
        containers: ['kubernetes'],
        label: name,
        dashboard: modelOf(schema, spec),
      });
    } else {
      found.push({
        kind: 'problem',
        path: [...path, 'spec'],
        label: name,
        message: `${apiVersion} Dashboard: spec is not a dashboard (${notDashboardReason(spec)})`,
      });
    }
    return;
  }
  if (kind === 'GrafanaDashboard') {
    // The Grafana Operator's resource: the dashboard is a JSON string in spec.json.
    const spec = isRecord(value.spec) ? value.spec : {};
    if (typeof spec.json === 'string') {
      found.push({
        kind: 'json-string',
        path: [...path, 'spec', 'json'],
        containers: ['kubernetes'],
        label: name,
        text: spec.json,
        named: true,
      });
    } else {
      const elsewhere = [
        'gzipJson',
        'url',
        'grafanaCom',
        'configMapRef',
        'jsonnet',
        'jsonnetLib',
      ].filter((key) => spec[key] !== undefined);
      notes.push(
        `${name} holds no spec.json${elsewhere.length > 0 ? ` (its dashboard comes from spec.${elsewhere.join(', spec.')}, which is not read)` : ''}`,
      );
    }
    return;
  }
  if (kind === 'GrafanaManifest' && isRecord(value.spec) && isRecord(value.spec.template)) {
    // The operator's wrapper for any Grafana resource: how it provisions v2 dashboards.
    visit(value.spec.template, [...path, 'spec', 'template'], name, found, notes);
    return;
  }
  if (kind === 'ConfigMap') {
    const data = isRecord(value.data) ? value.data : {};
    const before = found.length;
    for (const [key, text] of Object.entries(data)) {
      if (typeof text !== 'string') continue;
      const named = key.endsWith('.json');
      if (named || text.trimStart().startsWith('{')) {
        found.push({
          kind: 'json-string',
          path: [...path, 'data', key],
          containers: ['configmap'],
          label: `${name}, key ${key}`,
          text,
          named,
        });
      }
    }
    if (found.length === before) notes.push(`${name} holds no JSON in its data`);
    return;
  }
  if (kind.endsWith('List') && Array.isArray(value.items)) {
    // `List`, `ConfigMapList` (kube-prometheus' grafana-dashboardDefinitions.yaml), `DashboardList`…
    value.items.forEach((item, i) => {
      visit(
        item,
        [...path, 'items', i],
        `${label === '' ? '' : `${label}, `}item ${i + 1}`,
        found,
        notes,
      );
    });
    if (value.items.length === 0) notes.push(`an empty ${kind}`);
    return;
  }
  notes.push(`a Kubernetes ${kind} (${apiVersion}), not a dashboard resource`);
}

/** `ConfigMap monitoring/grafana-dashboard-nodes`; the enclosing label for an unnamed resource. */
function resourceName(kind: string, metadata: unknown, label: string): string {
  const name = isRecord(metadata) && typeof metadata.name === 'string' ? metadata.name : undefined;
  const namespace =
    isRecord(metadata) && typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  if (name === undefined) return label === '' ? kind : `${label}, ${kind}`;
  return `${kind} ${namespace === undefined ? '' : `${namespace}/`}${name}`;
}
