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
  /**
   * Where the check (`rule`) is documented: what it means, how to fix the finding or switch the
   * check off. Renderers link the check's name to it, and drop anything but an http(s) URL.
   */
  docsUrl?: string;
  /**
   * `true`: the change under review did not bring it (it was there before); reports list it
   * apart, as existing, and it never counts toward the status. Absent: a finding of this run.
   */
  existing?: true;
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

/**
 * A run of inline text in a section: plain text (escaped by every renderer), inline code, or
 * strong emphasis. User text goes in as it is; renderers escape each span for their medium.
 */
export type Span = string | { text: string; code: true } | { text: string; strong: true };

/** One block of a section's body. */
export type SectionBlock =
  /** A paragraph of spans. */
  | { kind: 'paragraph'; spans: Span[] }
  /** A bullet list, one item per entry, each item a line of spans. */
  | { kind: 'list'; items: Span[][] }
  /**
   * Preformatted text shown as is (a fenced block in Markdown, indented in a terminal), e.g. a
   * unified diff with `language: 'diff'` or a text picture; no line is interpreted.
   */
  | { kind: 'code'; text: string; language?: string }
  /** A collapsed part of the section (`<details>` in Markdown), titled with plain text. */
  | { kind: 'details'; summary: string; blocks: SectionBlock[] };

/**
 * A titled block of report text that is neither a table nor a finding: e.g. one dashboard's
 * changes, grouped and explained. Renderers show sections after the notes, in order.
 */
export interface Section {
  /** Stable identifier, e.g. `dashboard-1`. */
  id: string;
  /** Title shown above the section, plain text; an empty title shows the body alone. */
  title: string;
  /** The body, in order. */
  blocks: SectionBlock[];
  /**
   * When true the PR comment and check run show the section inside a collapsed `<details>`
   * block; the job summary always shows it open.
   */
  collapsed?: boolean;
  /**
   * Order in which sections give way when a comment is too long: items of the section with the
   * highest number go first (on a tie, later sections before earlier ones). Defaults to 0; a
   * negative number keeps a section (a short footer, say) longer than the others.
   */
  dropPriority?: number;
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
  /** Titled blocks of text, after the notes (absent in verdicts that have none). */
  sections?: Section[];
  /** Gate-specific machine-readable results (e.g. per-benchmark comparisons). */
  data?: Record<string, unknown>;
}
