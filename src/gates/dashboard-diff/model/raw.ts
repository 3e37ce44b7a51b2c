import type { GridBox, JsonPath } from '../types.js';

/**
 * One entry of a dashboard's panel list in the classic shape (a panel or a row panel), with
 * where it sits in the source. Classic dashboards give these directly; legacy `rows[]` and v2
 * layouts are first converted to them, so that one layout pass serves every format.
 */
export interface ClassicItem {
  /** The classic panel JSON (`type`, `title`, `gridPos`, `targets`, …). */
  json: Record<string, unknown>;
  source: JsonPath;
  /** A row's own panels (a collapsed classic row's `panels`, a v2 row's layout). */
  children?: ClassicItem[];
  /**
   * How the children's `gridPos.y` is measured: from the row's first child as a collapsed
   * classic row stores it (default), or from the top of the row's body as v2 rows do.
   */
  childrenY?: 'first-child' | 'row-body';
  /** Extra source paths by target index, when the targets were gathered from elsewhere (v2). */
  targetSources?: JsonPath[];
}

/** A row once the layout is read. */
export interface LaidOutRow {
  title: string;
  collapsed: boolean;
  repeat?: string;
  /** Header `y` with every row expanded. */
  y: number;
  source: JsonPath;
}

/** A panel once the layout is read: its place with every row expanded, and its row. */
export interface LaidOutPanel {
  item: ClassicItem;
  grid: GridBox;
  row?: LaidOutRow;
}

/**
 * A dashboard in the classic shape, ready to be modelled: its top-level JSON (panels aside),
 * its panel list, and where variables and annotations sit in the source when that is not
 * `templating.list[i]` / `annotations.list[i]` (v2).
 */
export interface ClassicShape {
  json: Record<string, unknown>;
  items: ClassicItem[];
  /** Repeat clones dropped while building `items` (legacy repeated rows). */
  clones: number;
  variableSources?: JsonPath[];
  annotationSources?: JsonPath[];
}
