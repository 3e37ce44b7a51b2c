/**
 * Small builders of normalised models, for the diff's unit tests of situations the corpus does not
 * hold (swaps, duplicate titles, renumbering with similar panels). The real-data tests go through
 * the real loader and normaliser.
 */
import type {
  DashboardModel,
  DashboardSide,
  GridBox,
  PanelModel,
  QueryModel,
  RowModel,
} from '../../../src/gates/dashboard-diff/types.js';

/** A Prometheus query with refId and expression. */
export function query(
  refId: string,
  expr: string,
  fields: Record<string, unknown> = {},
): QueryModel {
  return { refId, expr, exprField: 'expr', hidden: false, fields, source: ['targets', refId] };
}

/** A panel with a title, an id and a box; the rest defaulted. */
export function panel(
  id: number,
  title: string,
  grid: GridBox,
  extra: Partial<PanelModel> = {},
): PanelModel {
  return {
    key: `id:${id}`,
    id,
    title,
    type: 'timeseries',
    grid,
    queries: [query('A', `up{panel="${title}"}`)],
    fields: {},
    migrations: [],
    source: ['panels', id],
    ...extra,
  };
}

/** A row header at `y`. */
export function row(title: string, y: number): RowModel {
  return { key: title, title, collapsed: false, y, source: ['rows', title] };
}

/** A dashboard holding `panels` (and `rows`), panels put in reading order as the normaliser does. */
export function dashboard(
  panels: PanelModel[],
  extra: Partial<DashboardModel> = {},
): DashboardModel {
  const ordered = [...panels].sort((a, b) => a.grid.y - b.grid.y || a.grid.x - b.grid.x);
  return {
    uid: 'uid-1',
    title: 'Test',
    tags: [],
    settings: {},
    variables: [],
    annotations: [],
    links: [],
    rows: [],
    panels: ordered,
    view: { selected: {}, collapsed: {} },
    noise: {},
    ...extra,
  };
}

/** A side whose lines are unknown (the unit tests do not check lines). */
export function side(model: DashboardModel, file = 'dash.json'): DashboardSide {
  return {
    loaded: {
      file,
      location: '',
      containers: ['dashboard'],
      dashboard: { schema: 'classic', json: {} },
      lineOf: () => undefined,
    },
    model,
  };
}
