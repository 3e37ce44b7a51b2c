/** Domain types of the prom-lint gate, shared by the loader, the checks and the verdict. */

/** A 1-based place in a file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One problem found in a rule file; becomes a verdict finding (and an annotation). */
export interface LintFinding {
  severity: 'error' | 'warning' | 'notice';
  /** Path as given by the user. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Check name, e.g. `rulefmt/duplicate-group`, `promql/syntax`, `template/syntax`. */
  check: string;
  /** Go-style message, as Prometheus words it where Prometheus has the check. */
  message: string;
  /**
   * The change under review caused it wherever it lies (a check comparing the rules before and
   * after the change): reported even in a file the change did not touch.
   */
  causedByChange?: true;
}

/** A problem inside one expression (PromQL or a Go template), at offsets into its text. */
export interface ExpressionDiagnostic {
  severity: 'error' | 'warning';
  check: string;
  message: string;
  /** 0-based offsets into the expression text, `to` exclusive. */
  from: number;
  to: number;
}
