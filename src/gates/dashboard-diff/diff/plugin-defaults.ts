/**
 * Panel-plugin defaults: the values Grafana's panel plugins use when an option is absent, which a
 * newer Grafana writes into the JSON on the next save (upgrading Grafana 10.4 → 11.2 adds
 * `percentChangeColorMode: "standard"` to every stat panel and `barWidthFactor: 0.6` to every time
 * series). An option absent on one side and equal to its plugin default on the other is the same
 * panel, so the diff hides it as `default value` noise.
 *
 * This differs from the normaliser's table of dashboard-schema defaults (model/grafana-defaults.ts),
 * which drops keys on each side alone: a plugin option is only dropped here, when the other side
 * lacks it, so a panel that sets an option explicitly keeps showing it while it is unchanged.
 *
 * Only defaults read in Grafana's sources are listed (grafana/grafana, read late 2025):
 * - P1 `packages/grafana-schema/src/raw/composable/stat/panelcfg/x/types.gen.ts` `defaultOptions`.
 * - P2 `packages/grafana-schema/src/raw/composable/bargauge/panelcfg/x/BarGaugePanelCfg_types.gen.ts`
 *   `defaultOptions`.
 * - P3 `public/app/plugins/panel/timeseries/config.ts` `defaultGraphConfig` (the field config the
 *   time series option builders default to).
 * - P5 `public/app/core/components/OptionsUI/registry.tsx` (the standard `thresholds` option):
 *   absolute, green from the base, red from 80, filled into every panel's field config. The first
 *   step is the base whatever its stored value (Grafana saves `null` for -Infinity, older
 *   versions left `value` out), so it is compared without it.
 * - P6 `public/app/plugins/datasource/prometheus/querybuilder/state.ts` and Loki's
 *   `querybuilder/state.ts` (`getQueryWithDefaults`): a query without `editorMode` opens in the
 *   code editor when it has an expression; a Prometheus query with neither `range` nor `instant`
 *   is a range query; a Loki query without `queryType` is a range query. The editors write these
 *   into the query on the next save.
 * - P4 grafana/grafana#79411 (Grafana 10.3) added the standard field option `unitScale`, on by
 *   default: the behaviour before it existed. Grafana 10.3 wrote `unitScale: true` into every
 *   panel's field config; later versions dropped the option again.
 */
import { isRecord, jsonEqual, withoutBaseStep } from './values.js';

type Defaults = Readonly<Record<string, unknown>>;

/** Field-config defaults shared by every panel type (P4). */
const ALL_PANELS: Defaults = {
  'fieldConfig.defaults.unitScale': true,
  // P5
  'fieldConfig.defaults.thresholds': {
    mode: 'absolute',
    steps: [
      { color: 'green', value: null },
      { color: 'red', value: 80 },
    ],
  },
};

/** Defaults by panel type, keyed by the option's dotted path inside the panel. */
const BY_TYPE: Readonly<Record<string, Defaults>> = {
  // P1
  stat: {
    'options.colorMode': 'value',
    'options.graphMode': 'area',
    'options.justifyMode': 'auto',
    'options.percentChangeColorMode': 'standard',
    'options.showPercentChange': false,
    'options.textMode': 'auto',
    'options.wideLayout': true,
  },
  // P2
  bargauge: {
    'options.displayMode': 'gradient',
    'options.maxVizHeight': 300,
    'options.minVizHeight': 16,
    'options.minVizWidth': 8,
    'options.namePlacement': 'auto',
    'options.showUnfilled': true,
    'options.sizing': 'auto',
    'options.valueMode': 'color',
  },
  // P3 (enum values: GraphDrawStyle.Line, LineInterpolation.Linear, GraphGradientMode.None,
  // BarAlignment.Center = 0, StackingMode.None)
  timeseries: {
    'fieldConfig.defaults.custom.drawStyle': 'line',
    'fieldConfig.defaults.custom.lineInterpolation': 'linear',
    'fieldConfig.defaults.custom.lineWidth': 1,
    'fieldConfig.defaults.custom.fillOpacity': 0,
    'fieldConfig.defaults.custom.gradientMode': 'none',
    'fieldConfig.defaults.custom.barAlignment': 0,
    'fieldConfig.defaults.custom.barWidthFactor': 0.6,
    'fieldConfig.defaults.custom.stacking': { mode: 'none', group: 'A' },
    'fieldConfig.defaults.custom.axisGridShow': true,
    'fieldConfig.defaults.custom.axisCenteredZero': false,
    'fieldConfig.defaults.custom.axisBorderShow': false,
    'fieldConfig.defaults.custom.spanNulls': false,
    'fieldConfig.defaults.custom.insertNulls': false,
    'fieldConfig.defaults.custom.pointSize': 5,
    'fieldConfig.defaults.custom.thresholdsStyle': { mode: 'off' },
  },
};

/**
 * Whether `value`, found at `path` inside a panel of type `type`, is what the plugin uses when the
 * option is absent; an object counts when every option in it does.
 */
export function isPluginDefault(
  type: string,
  path: readonly (string | number)[],
  value: unknown,
): boolean {
  const key = path.join('.');
  const table = BY_TYPE[type];
  const known =
    table && Object.hasOwn(table, key)
      ? table[key]
      : Object.hasOwn(ALL_PANELS, key)
        ? ALL_PANELS[key]
        : undefined;
  if (known !== undefined && jsonEqual(withoutBaseStep(known), withoutBaseStep(value))) return true;
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(([child, item]) => isPluginDefault(type, [...path, child], item))
  );
}

/**
 * Whether a query key present on one side only (`key`: `editorMode`, `range`, `queryType`) holds
 * what the datasource's query editor fills in when it is absent (P6). `query` is the side's query
 * fields with its text.
 */
export function isQueryDefault(
  datasourceType: string | undefined,
  key: string,
  value: unknown,
  query: { expr?: string; fields: Record<string, unknown> },
): boolean {
  if (datasourceType !== 'prometheus' && datasourceType !== 'loki') return false;
  if (key === 'editorMode') return value === ((query.expr ?? '') === '' ? 'builder' : 'code');
  if (datasourceType === 'prometheus' && key === 'range')
    return value === true && query.fields.instant !== true;
  if (datasourceType === 'loki' && key === 'queryType') return value === 'range';
  return false;
}
