/**
 * The verdict: the one typed, JSON-serialisable result that every gate returns and every
 * reporter consumes. A regression found is a verdict, never an exception.
 */

/** The gates of the suite. */
export type GateName = 'bench' | 'prom-lint' | 'dashboard-diff' | 'coverage' | 'soak';

/**
 * Outcome of a gate run. `error` means the gate could not decide (unreadable input, bad
 * configuration); it is never a silent pass.
 */
export type Status = 'pass' | 'warn' | 'fail' | 'error';

/** Severity of a finding, as GitHub check-run annotations name them (`failure` is `error`). */
export type Severity = 'error' | 'warning' | 'notice';

/** One problem at a place in a file; findings with a file and line become annotations. */
export interface Finding {
  /** How bad it is. */
  severity: Severity;
  /** Repository-relative path, forward slashes. */
  file?: string;
  /** 1-based first line. */
  line?: number;
  /** 1-based last line (inclusive). */
  endLine?: number;
  /** 1-based column. */
  column?: number;
  /** 1-based last column. */
  endColumn?: number;
  /** Identifier of the check that produced it, e.g. `promql/syntax`. */
  rule?: string;
  /** Short title (an annotation title holds at most 255 characters). */
  title: string;
  /** Full message, plain text. */
  message: string;
  /**
   * `false`: listed in the reports but not sent as a check-run annotation, for a finding outside
   * the lines a pull request changed (annotations sit on the diff; the PR comment lists these
   * apart). Absent: annotated when it has a file and line.
   */
  annotate?: false;
}

/** One headline figure, e.g. "regressions: 2". */
export interface Metric {
  /** Stable machine name; also the action output name when `output` is set. */
  key: string;
  /** Human label. */
  label: string;
  /** The figure, already formatted or a number. */
  value: string | number;
  /** When true, the value is also published as an action output under `key`. */
  output?: boolean;
}

/** Alignment of a table column. */
export type Align = 'left' | 'right' | 'center';

/** A column of a table. */
export interface Column {
  /** Header text, plain. */
  header: string;
  /** Alignment; numbers read best right-aligned. */
  align?: Align;
}

/** A table cell: plain text (escaped by every renderer), or text shown as inline code. */
export type Cell = string | number | { text: string; code: true };

/** A table of results. Rows are in display order, most important first. */
export interface Table {
  /** Stable identifier, e.g. `changes`. */
  id: string;
  /** Title shown above the table. */
  title: string;
  /** Columns, left to right. */
  columns: Column[];
  /** Rows of cells, one cell per column. */
  rows: Cell[][];
  /**
   * When true the PR comment shows the table inside a collapsed `<details>` block; the job
   * summary always shows it in full.
   */
  collapsed?: boolean;
  /**
   * Order in which tables give way when a comment is too long: the table with the highest
   * number loses rows first. Defaults to 0 (most important).
   */
  dropPriority?: number;
}

/** A note for the reader, e.g. "no baseline yet, here is how to make one". */
export interface Note {
  /** `warning` notes are shown as GitHub alerts, `info` as plain text. */
  level: 'info' | 'warning';
  /** Plain text; may contain inline code spans written as `backticks`. */
  text: string;
}

/** One series of a chart. */
export interface ChartSeries {
  /** Legend name. */
  name: string;
  /** Mermaid xychart-beta draws lines and bars. */
  kind: 'line' | 'bar';
  /** One value per x label. */
  values: number[];
}

/** A chart that renderers turn into a Mermaid `xychart-beta` block. */
export interface Chart {
  /** Title, plain text. */
  title: string;
  /** Labels of the x axis, in order. */
  xLabels: string[];
  /** Title of the y axis. */
  yLabel: string;
  /** The series drawn. */
  series: ChartSeries[];
}

/** The result of one gate run. */
export interface Verdict {
  /** Version of this shape; bumped on incompatible changes. */
  schemaVersion: 1;
  /** Which gate produced it. */
  gate: GateName;
  /**
   * Distinguishes several runs of one gate in one workflow (each keeps its own sticky
   * comment). Defaults to `default`.
   */
  key: string;
  /** The outcome. */
  status: Status;
  /** One line, plain text, e.g. "2 of 148 benchmarks regressed beyond 10%". */
  headline: string;
  /** Headline figures. */
  metrics: Metric[];
  /** Tables, most important first. */
  tables: Table[];
  /** Findings with places in files. */
  findings: Finding[];
  /** Notes for the reader. */
  notes: Note[];
  /** Charts. */
  charts: Chart[];
  /** Gate-specific machine-readable results (e.g. per-benchmark comparisons). */
  data?: Record<string, unknown>;
}
