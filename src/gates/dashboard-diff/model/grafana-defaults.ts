import { jsonEqual } from './json.js';
import type { NoiseTally } from './noise.js';

/**
 * Values Grafana treats as "not set": a key holding one of them means the same dashboard as the
 * key left out, so normalisation drops it (and counts it as noise). Only defaults Grafana really
 * applies are here, each with where it comes from; a value a plugin merely *tends* to write
 * (a legend mode, a line width) is not a default and stays.
 *
 * Sources (grafana/grafana, read at main, late 2025):
 * - S1 `packages/grafana-schema/src/raw/dashboard/x/dashboard_types.gen.ts` (`@grafana/schema`
 *   13.x): `defaultDashboard`, `defaultPanel`, `defaultFieldConfig`, `defaultFieldConfigSource`,
 *   `defaultVariableModel`, `defaultAnnotationQuery`, `defaultDashboardLink`,
 *   `defaultTimePickerConfig`, `defaultRowPanel`.
 * - S2 `public/app/features/dashboard/state/PanelModel.ts`: the `defaults` that `restoreModel`
 *   fills in with `defaultsDeep` and `getSaveModel` leaves out when equal (`transparent: false`,
 *   `options: {}`, `fieldConfig: { defaults: {}, overrides: [] }`, `title: ''`).
 * - S3 `public/app/core/components/OptionsUI/registry.tsx` (`getAllStandardFieldConfigs`): the
 *   standard field option `thresholds` has `defaultValue` absolute, green from -Infinity (saved
 *   as `null`), red from 80, which Grafana fills into every panel's field config on load.
 * - S4 `public/app/features/variables/types.ts` `initialVariableModelState`: `hide: 0`
 *   (dontHide), `skipUrlSync: false`, `description: null`.
 * - S5 `public/app/features/dashboard/state/DashboardModel.ts` constructor: `editable` unless
 *   `false`, `graphTooltip || 0`, `timezone || ''`, `weekStart` and `liveNow` unset when absent;
 *   and `addBuiltInAnnotationQuery`, which adds the "Annotations & Alerts" annotation to a
 *   dashboard without one (see dashboard-parts.ts).
 * - S6 `packages/grafana-schema/src/schema/dashboard/v2beta1/types.spec.gen.ts`:
 *   `defaultPanelSpec` (`description: ''`, `links: []`), `defaultSpec` (`preload: false`); a v2
 *   dashboard always writes them, a classic one leaves them out for the same meaning.
 *
 * We keep a table rather than depend on `@grafana/schema`: its defaults are a few dozen values
 * spread over generated files, several of them (S2–S5) live in Grafana's frontend and not in
 * the package, and the package's own `defaultDashboard.timezone` ('browser') is not what
 * Grafana's runtime fills in (''), so a table with a source per entry is the honest form.
 */

/** A key's default: the value, and the source note above it comes from. */
export interface DefaultEntry {
  readonly value: unknown;
  readonly source: 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6';
}

/** Defaults of one kind of object, by key. */
export type DefaultTable = Readonly<Record<string, readonly DefaultEntry[]>>;

const d = (value: unknown, source: DefaultEntry['source']): DefaultEntry => ({ value, source });

/** Panel keys (outside `fieldConfig`): S1 `defaultPanel`, S2 `defaults`. */
export const PANEL_DEFAULTS: DefaultTable = {
  transparent: [d(false, 'S1')],
  links: [d([], 'S1')],
  transformations: [d([], 'S1')],
  options: [d({}, 'S2')],
  title: [d('', 'S2')],
  description: [d('', 'S6')],
  // Only meaningful with `repeat`; 'h' is the default direction (S1).
  repeatDirection: [d('h', 'S1')],
  // S2 declares `datasource: DataSourceRef | null = null`: null is "not set".
  datasource: [d(null, 'S2')],
  // Query options S2 declares nullable: the query options editor saves null for "no override".
  timeFrom: [d(null, 'S2')],
  timeShift: [d(null, 'S2')],
  interval: [d(null, 'S2')],
  maxDataPoints: [d(null, 'S2')],
  cacheTimeout: [d(null, 'S2')],
  queryCachingTTL: [d(null, 'S2')],
};

/** `fieldConfig` itself: S1 `defaultFieldConfigSource` (`overrides: []`), S2 (`defaults: {}`). */
export const FIELD_CONFIG_SOURCE_DEFAULTS: DefaultTable = {
  overrides: [d([], 'S1')],
  defaults: [d({}, 'S2')],
};

/** `fieldConfig.defaults`: S1 `defaultFieldConfig`, S3 standard options. */
export const FIELD_CONFIG_DEFAULTS: DefaultTable = {
  links: [d([], 'S1')],
  mappings: [d([], 'S1')],
  // The base step is -Infinity, which JSON cannot hold: Grafana saves `null`, older versions
  // left `value` out.
  thresholds: [
    d(
      {
        mode: 'absolute',
        steps: [
          { color: 'green', value: null },
          { color: 'red', value: 80 },
        ],
      },
      'S3',
    ),
    d({ mode: 'absolute', steps: [{ color: 'green' }, { color: 'red', value: 80 }] }, 'S3'),
  ],
  custom: [d({}, 'S2')],
};

/** Query (target) keys: `hide` is optional on `DataQuery` and false means shown (S1). */
export const QUERY_DEFAULTS: DefaultTable = {
  hide: [d(false, 'S1')],
};

/** Template variable keys: S1 `defaultVariableModel`, S4. */
export const VARIABLE_DEFAULTS: DefaultTable = {
  includeAll: [d(false, 'S1')],
  multi: [d(false, 'S1')],
  skipUrlSync: [d(false, 'S1')],
  hide: [d(0, 'S4')],
  description: [d(null, 'S4')],
};

/** Annotation query keys: S1 `defaultAnnotationQuery`. */
export const ANNOTATION_DEFAULTS: DefaultTable = {
  builtIn: [d(0, 'S1')],
  enable: [d(true, 'S1')],
  hide: [d(false, 'S1')],
};

/** Dashboard link keys: S1 `defaultDashboardLink`. */
export const LINK_DEFAULTS: DefaultTable = {
  asDropdown: [d(false, 'S1')],
  includeVars: [d(false, 'S1')],
  keepTime: [d(false, 'S1')],
  tags: [d([], 'S1')],
  targetBlank: [d(false, 'S1')],
};

/** Dashboard-level settings: S1 `defaultDashboard` where Grafana's runtime agrees, S5. */
export const SETTINGS_DEFAULTS: DefaultTable = {
  editable: [d(true, 'S1')],
  fiscalYearStartMonth: [d(0, 'S1')],
  graphTooltip: [d(0, 'S1')],
  liveNow: [d(false, 'S5')],
  preload: [d(false, 'S6')],
  timezone: [d('', 'S5')],
  weekStart: [d('', 'S5')],
  timepicker: [d({}, 'S1')],
};

/** `timepicker` keys: S1 `defaultTimePickerConfig`. */
export const TIMEPICKER_DEFAULTS: DefaultTable = {
  hidden: [d(false, 'S1')],
  refresh_intervals: [d(['5s', '10s', '30s', '1m', '5m', '15m', '30m', '1h', '2h', '1d'], 'S1')],
  time_options: [d(['5m', '15m', '1h', '6h', '12h', '24h', '2d', '7d', '30d'], 'S1')],
};

/**
 * A shallow copy of `value` without the keys that hold their default, each dropped key counted
 * as `default value` noise.
 */
export function withoutDefaults(
  value: Record<string, unknown>,
  table: DefaultTable,
  noise: NoiseTally,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const defaults = Object.hasOwn(table, key) ? table[key] : undefined;
    if (defaults?.some((entry) => jsonEqual(entry.value, item))) {
      noise.add('default value');
    } else if (item !== undefined) {
      out[key] = item;
    }
  }
  return out;
}
