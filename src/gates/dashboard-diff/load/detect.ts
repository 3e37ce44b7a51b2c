/**
 * Whether a JSON object is a Grafana dashboard, decided on the model (never on the file name):
 * the default glob is every `.json` file, so package.json, tsconfig.json or a Helm values file
 * must be told apart reliably from one look at the top-level keys.
 */
import { isRecord } from '../../../shared/is-record.js';

/** Which schema an object is a dashboard of. */
export type DashboardSchema = 'classic' | 'v2';

/** Top-level keys of the classic model that other JSON rarely has, besides `panels` and `rows`. */
const CLASSIC_SIGNS = [
  'schemaVersion',
  'templating',
  'annotations',
  'time',
  'timepicker',
  'uid',
  'graphTooltip',
  'refresh',
];

/**
 * `classic` for the classic JSON model (any schemaVersion, legacy `rows[]` included), `v2` for
 * the v2 spec (`elements` and a `layout` whose `kind` is a layout), else undefined.
 *
 * Classic needs `panels` or `rows` as an array plus another key of the model (or a first item
 * shaped like a panel or legacy row), or a numeric `schemaVersion` with a title, templating,
 * annotations or time (an empty dashboard): a lone `panels` array beside a `title` is too common
 * in other JSON to be taken as a dashboard.
 */
export function dashboardSchemaOf(value: Record<string, unknown>): DashboardSchema | undefined {
  if (isRecord(value.elements) && isRecord(value.layout) && typeof value.layout.kind === 'string') {
    return 'v2';
  }
  const signs = CLASSIC_SIGNS.some((key) => value[key] !== undefined);
  const items = Array.isArray(value.panels)
    ? value.panels
    : Array.isArray(value.rows)
      ? value.rows
      : undefined;
  if (items !== undefined && (signs || looksLikePanel(items[0]))) return 'classic';
  const versioned = typeof value.schemaVersion === 'number';
  if (
    versioned &&
    (typeof value.title === 'string' ||
      isRecord(value.templating) ||
      isRecord(value.time) ||
      isRecord(value.annotations))
  ) {
    return 'classic';
  }
  return undefined;
}

/** A panel (`type`, `gridPos`, `targets`) or a legacy row (`panels`). */
function looksLikePanel(item: unknown): boolean {
  return (
    isRecord(item) &&
    (isRecord(item.gridPos) ||
      Array.isArray(item.targets) ||
      Array.isArray(item.panels) ||
      (typeof item.type === 'string' && typeof item.title === 'string'))
  );
}

/** Why an object is not a dashboard, naming its first keys so the user recognises the file. */
export function notDashboardReason(value: unknown): string {
  if (Array.isArray(value)) return 'an array, not a dashboard object';
  if (!isRecord(value))
    return `a ${value === null ? 'null' : typeof value}, not a dashboard object`;
  const keys = Object.keys(value);
  const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
  return `an object without a dashboard's keys (panels or rows with title, schemaVersion, templating…; v2: elements and layout)${keys.length > 0 ? `; its keys: ${shown}` : ''}`;
}

/** True when a classic dashboard is an export for sharing (`__inputs`, `__requires`, `__elements`). */
export function isSharingExport(value: Record<string, unknown>): boolean {
  return (
    value.__inputs !== undefined || value.__requires !== undefined || value.__elements !== undefined
  );
}
