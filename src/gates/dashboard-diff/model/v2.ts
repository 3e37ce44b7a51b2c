import type { JsonPath } from '../types.js';
import { arrayOf, isRecord, numberOf, recordOf, stringOf } from './json.js';
import type { ClassicItem, ClassicShape } from './raw.js';

/**
 * Reads a dashboard v2 spec (v2alpha1 and v2beta1: grafana/grafana
 * packages/grafana-schema/src/schema/dashboard/v2beta1/types.spec.gen.ts and its v2alpha1
 * sibling) into the classic shape,
 * so that a v2 dashboard and its classic twin are modelled by the same code and compare equal.
 *
 * Layouts are flattened onto classic rows and the 24-column grid:
 * - GridLayout: its items keep their x/y/width/height (v2alpha1 GridLayoutRow items become
 *   rows, their items measured from the row's body, as Grafana's scenes serialiser
 *   `gridRowToLayoutRowKind` writes them: item y − row y − 1);
 * - RowsLayout: each row is a row, its layout measured from the row's body; a row nested in a
 *   row or tab becomes a row of its own titled `Outer / Inner` (the classic grid has one level);
 * - TabsLayout: each tab becomes a row titled by the tab;
 * - AutoGridLayout: v2 sizes it from the screen, so it has no grid; its items are placed in
 *   reading order, `maxColumnCount` (default 3) a line, each 24/columns wide and as high as
 *   its `rowHeightMode` (short 5, standard 9, tall 14 units; custom: pixels / 40). This is an
 *   approximation for the minimap and for moves; a real reflow is not a change of the file.
 */
export function v2ToClassic(spec: Record<string, unknown>): ClassicShape {
  const elements = recordOf(spec.elements);
  const items = layoutItems(spec.layout, ['layout'], elements, '');
  const variables = arrayOf(spec.variables);
  const annotations = arrayOf(spec.annotations);
  return {
    json: {
      ...dashboardSettings(spec),
      templating: { list: variables.map(variableOf) },
      annotations: { list: annotations.map(annotationOf) },
    },
    items,
    clones: 0,
    variableSources: variables.map((_, index): JsonPath => ['variables', index]),
    annotationSources: annotations.map((_, index): JsonPath => ['annotations', index]),
  };
}

const CURSOR_SYNC: Readonly<Record<string, number>> = { Off: 0, Crosshair: 1, Tooltip: 2 };

function dashboardSettings(spec: Record<string, unknown>): Record<string, unknown> {
  const time = recordOf(spec.timeSettings);
  const json: Record<string, unknown> = {};
  for (const key of ['title', 'description', 'tags', 'editable', 'liveNow', 'preload', 'links']) {
    if (spec[key] !== undefined) json[key] = spec[key];
  }
  const cursorSync = stringOf(spec.cursorSync);
  if (cursorSync !== undefined) json.graphTooltip = CURSOR_SYNC[cursorSync] ?? cursorSync;
  if (time.from !== undefined || time.to !== undefined)
    json.time = { from: time.from, to: time.to };
  if (time.autoRefresh !== undefined) json.refresh = time.autoRefresh;
  for (const key of ['timezone', 'weekStart', 'fiscalYearStartMonth']) {
    if (time[key] !== undefined) json[key] = time[key];
  }
  const timepicker: Record<string, unknown> = {};
  if (time.hideTimepicker !== undefined) timepicker.hidden = time.hideTimepicker;
  if (time.autoRefreshIntervals !== undefined)
    timepicker.refresh_intervals = time.autoRefreshIntervals;
  if (time.nowDelay !== undefined) timepicker.nowDelay = time.nowDelay;
  if (time.quickRanges !== undefined) timepicker.quick_ranges = time.quickRanges;
  json.timepicker = timepicker;
  return json;
}

/**
 * A v2 query (`DataQueryKind`) as classic `datasource` and query fields: v2beta1 names the
 * datasource type in `group` and its uid in `datasource.name`; v2alpha1 names the type in
 * `kind` and puts `{ type, uid }` beside the query.
 */
function queryOf(
  query: unknown,
  beside: unknown,
): { datasource?: Record<string, unknown>; fields: Record<string, unknown> } {
  const kind = recordOf(query);
  const fields = { ...recordOf(kind.spec) };
  if (isRecord(beside)) return { datasource: beside, fields };
  if (kind.kind === 'DataQuery') {
    const uid = stringOf(recordOf(kind.datasource).name);
    const type = stringOf(kind.group);
    if (uid === undefined) return { fields };
    return { datasource: type === undefined ? { uid } : { type, uid }, fields };
  }
  return { fields };
}

function panelJson(element: unknown): Record<string, unknown> | undefined {
  if (!isRecord(element)) return undefined;
  const spec = recordOf(element.spec);
  if (element.kind === 'LibraryPanel') {
    return { id: spec.id, title: spec.title, libraryPanel: spec.libraryPanel };
  }
  const data = recordOf(recordOf(spec.data).spec);
  const viz = recordOf(spec.vizConfig);
  const vizSpec = recordOf(viz.spec);
  const targets = arrayOf(data.queries).map((value) => {
    const query = recordOf(recordOf(value).spec);
    const { datasource, fields } = queryOf(query.query, query.datasource);
    const target: Record<string, unknown> = { ...fields, refId: query.refId };
    if (query.hidden === true) target.hide = true;
    if (datasource) target.datasource = datasource;
    return target;
  });
  const json: Record<string, unknown> = {
    ...recordOf(data.queryOptions),
    id: spec.id,
    title: spec.title,
    description: spec.description,
    links: spec.links,
    type: viz.kind === 'VizConfig' ? viz.group : viz.kind,
    options: vizSpec.options,
    fieldConfig: vizSpec.fieldConfig,
    targets,
    transformations: arrayOf(data.transformations).map((t) => recordOf(t).spec),
  };
  if (spec.transparent !== undefined) json.transparent = spec.transparent;
  return json;
}

function elementItem(
  reference: unknown,
  elements: Record<string, unknown>,
  gridPos: Record<string, unknown>,
  repeat: unknown,
): ClassicItem | undefined {
  const name = stringOf(recordOf(reference).name);
  if (name === undefined) return undefined;
  const json = panelJson(elements[name]);
  if (json === undefined) return undefined;
  json.gridPos = gridPos;
  if (isRecord(repeat) && typeof repeat.value === 'string') {
    json.repeat = repeat.value;
    if (repeat.direction !== undefined) json.repeatDirection = repeat.direction;
    if (repeat.maxPerRow !== undefined) json.maxPerRow = repeat.maxPerRow;
  }
  const source: JsonPath = ['elements', name];
  const targetCount = arrayOf(json.targets).length;
  const targetSources = Array.from({ length: targetCount }, (_, index): JsonPath => [
    ...source,
    'spec',
    'data',
    'spec',
    'queries',
    index,
  ]);
  return { json, source, targetSources };
}

function gridItem(value: unknown, elements: Record<string, unknown>): ClassicItem | undefined {
  const spec = recordOf(recordOf(value).spec);
  const gridPos = { x: spec.x, y: spec.y, w: spec.width, h: spec.height };
  return elementItem(spec.element, elements, gridPos, spec.repeat);
}

const AUTO_ROW_HEIGHT: Readonly<Record<string, number>> = { short: 5, standard: 9, tall: 14 };

function autoGridItems(
  spec: Record<string, unknown>,
  elements: Record<string, unknown>,
): ClassicItem[] {
  const columns = Math.max(1, Math.min(24, numberOf(spec.maxColumnCount) ?? 3));
  const width = Math.floor(24 / columns);
  const mode = stringOf(spec.rowHeightMode) ?? 'standard';
  const customHeight = numberOf(spec.rowHeight);
  const height =
    mode === 'custom' && customHeight !== undefined
      ? Math.max(1, Math.ceil(customHeight / 40))
      : (AUTO_ROW_HEIGHT[mode] ?? AUTO_ROW_HEIGHT.standard ?? 9);
  const out: ClassicItem[] = [];
  for (const value of arrayOf(spec.items)) {
    const item = recordOf(recordOf(value).spec);
    const index = out.length;
    const gridPos = {
      x: (index % columns) * width,
      y: Math.floor(index / columns) * height,
      w: width,
      h: height,
    };
    const placed = elementItem(item.element, elements, gridPos, item.repeat);
    if (placed) out.push(placed);
  }
  return out;
}

function rowItem(
  title: string,
  spec: Record<string, unknown>,
  source: JsonPath,
  children: ClassicItem[],
): ClassicItem {
  const json: Record<string, unknown> = {
    type: 'row',
    title,
    collapsed: spec.collapse === true || spec.collapsed === true,
    gridPos: { x: 0, y: numberOf(spec.y) ?? 0, w: 24, h: 1 },
  };
  const repeat = stringOf(recordOf(spec.repeat).value);
  if (repeat) json.repeat = repeat;
  return { json, source, children, childrenY: 'row-body' };
}

function joinTitles(outer: string, inner: string): string {
  return outer === '' ? inner : `${outer} / ${inner}`;
}

/** The classic items of a layout: panels (top level) and rows with their panels. */
function layoutItems(
  layout: unknown,
  path: JsonPath,
  elements: Record<string, unknown>,
  prefix: string,
): ClassicItem[] {
  const kind = recordOf(layout);
  const spec = recordOf(kind.spec);
  switch (kind.kind) {
    case 'GridLayout': {
      // v2alpha1 mixes free items and GridLayoutRow items in one list; in the classic shape the
      // free ones come first (they sit above the first row) and the rows follow in their order.
      const items = arrayOf(spec.items).flatMap((value, index): ClassicItem[] => {
        const item = recordOf(value);
        if (item.kind === 'GridLayoutRow') {
          const rowSpec = recordOf(item.spec);
          const children = arrayOf(rowSpec.elements).flatMap(
            (child) => gridItem(child, elements) ?? [],
          );
          return [
            rowItem(
              joinTitles(prefix, stringOf(rowSpec.title) ?? ''),
              rowSpec,
              [...path, 'spec', 'items', index],
              children,
            ),
          ];
        }
        const panel = gridItem(value, elements);
        return panel ? [panel] : [];
      });
      return [
        ...items.filter((item) => item.json.type !== 'row'),
        ...items.filter((item) => item.json.type === 'row'),
      ];
    }
    case 'AutoGridLayout':
      return autoGridItems(spec, elements);
    case 'RowsLayout':
    case 'TabsLayout': {
      const list = kind.kind === 'RowsLayout' ? 'rows' : 'tabs';
      return arrayOf(spec[list]).flatMap((value, index) => {
        const rowSpec = recordOf(recordOf(value).spec);
        const title = joinTitles(prefix, stringOf(rowSpec.title) ?? '');
        const source: JsonPath = [...path, 'spec', list, index];
        const inner = layoutItems(rowSpec.layout, [...source, 'spec', 'layout'], elements, title);
        const panels = inner.filter((item) => item.json.type !== 'row');
        const nested = inner.filter((item) => item.json.type === 'row');
        return [rowItem(title, rowSpec, source, panels), ...nested];
      });
    }
    default:
      return [];
  }
}

const VARIABLE_TYPES: Readonly<Record<string, string>> = {
  QueryVariable: 'query',
  CustomVariable: 'custom',
  DatasourceVariable: 'datasource',
  ConstantVariable: 'constant',
  IntervalVariable: 'interval',
  TextVariable: 'textbox',
  GroupByVariable: 'groupby',
  AdhocVariable: 'adhoc',
  SwitchVariable: 'switch',
};

// v2 spells enums as names where classic JSON has numbers.
const HIDE: Readonly<Record<string, number>> = { dontHide: 0, hideLabel: 1, hideVariable: 2 };
const REFRESH: Readonly<Record<string, number>> = {
  never: 0,
  onDashboardLoad: 1,
  onTimeRangeChanged: 2,
};
const SORT: Readonly<Record<string, number>> = {
  disabled: 0,
  alphabeticalAsc: 1,
  alphabeticalDesc: 2,
  numericalAsc: 3,
  numericalDesc: 4,
  alphabeticalCaseInsensitiveAsc: 5,
  alphabeticalCaseInsensitiveDesc: 6,
  naturalAsc: 7,
  naturalDesc: 8,
};

function enumNumber(table: Readonly<Record<string, number>>, value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value;
}

function variableOf(value: unknown): Record<string, unknown> {
  const kind = recordOf(value);
  const spec = recordOf(kind.spec);
  const json: Record<string, unknown> = {
    ...spec,
    type: VARIABLE_TYPES[stringOf(kind.kind) ?? ''] ?? kind.kind,
  };
  if (spec.hide !== undefined) json.hide = enumNumber(HIDE, spec.hide);
  if (spec.refresh !== undefined) json.refresh = enumNumber(REFRESH, spec.refresh);
  if (spec.sort !== undefined) json.sort = enumNumber(SORT, spec.sort);
  if (kind.kind === 'DatasourceVariable') {
    delete json.pluginId;
    if (spec.pluginId !== undefined) json.query = spec.pluginId;
  }
  if (isRecord(spec.query) && (spec.query.kind === 'DataQuery' || isRecord(spec.query.spec))) {
    const { datasource, fields } = queryOf(spec.query, spec.datasource);
    json.query =
      typeof fields.__legacyStringValue === 'string' ? fields.__legacyStringValue : fields;
    if (datasource) json.datasource = datasource;
  } else if (kind.group !== undefined) {
    // GroupBy and Adhoc variables name their datasource beside the spec (v2beta1).
    const uid = stringOf(recordOf(kind.datasource).name);
    if (uid !== undefined) json.datasource = { type: kind.group, uid };
  }
  return json;
}

function annotationOf(value: unknown): Record<string, unknown> {
  const spec = recordOf(recordOf(value).spec);
  const { query, legacyOptions, builtIn, datasource: beside, ...rest } = spec;
  const json: Record<string, unknown> = { ...rest, ...recordOf(legacyOptions) };
  if (builtIn !== undefined) json.builtIn = builtIn === true ? 1 : builtIn === false ? 0 : builtIn;
  const { datasource, fields } = queryOf(query, beside);
  if (datasource) json.datasource = datasource;
  if (Object.keys(fields).length > 0) json.target = fields;
  return json;
}
