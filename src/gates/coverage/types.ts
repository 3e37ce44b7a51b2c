/**
 * Domain types of the coverage gate: what a report parser gives for any format, so that reports
 * of several formats (matrix shards, monorepo components) merge into one picture.
 *
 * Parsers are streaming push parsers (a 1 GB report is never one string): `write(chunk)` any
 * number of times with consecutive pieces of the file's text (split anywhere, even inside a line,
 * a tag or a UTF-8 character's surrogate pair), then `end()` for the result.
 */

/** The report formats the gate reads. */
export type CoverageFormat =
  | 'lcov'
  | 'cobertura'
  | 'jacoco'
  | 'clover'
  | 'istanbul' // coverage-final.json
  | 'istanbul-summary' // coverage-summary.json: totals only
  | 'go' // go test -coverprofile
  | 'simplecov'; // .resultset.json

/** Covered out of total (e.g. branches of a line, lines of a file). */
export interface Counts {
  covered: number;
  total: number;
}

/** Coverage of one source file, as the report states it. */
export interface FileCoverage {
  /** The path as the report names it (absolute, relative to a source root, a Go import path…). */
  path: string;
  /**
   * Line number (1-based) → hit count, for every line the report counts as coverable; a line
   * absent from the map is not coverable (blank, comment, declaration) as far as the report says.
   */
  lines: Map<number, number>;
  /** Line number → branches on that line, where the format has branch data. */
  branches?: Map<number, Counts>;
  /** Functions (methods), where the format has them. */
  functions?: { name: string; line?: number; hits: number }[];
}

/** A parsed report. */
export interface CoverageReport {
  format: CoverageFormat;
  files: FileCoverage[];
  /**
   * Source roots the report names (Cobertura `<sources>`, JaCoCo package paths…), to map `path`
   * to the repository; empty when it names none.
   */
  sourceRoots: string[];
  /** Totals only (istanbul-summary): no per-line data. */
  totalsOnly?: { lines?: Counts; branches?: Counts; functions?: Counts; statements?: Counts };
  /** Things the reader should know that did not stop the parse (a cut-off last line…). */
  warnings: string[];
}

/** A streaming parser of one report file. */
export interface CoverageParser {
  /** Feeds the next piece of the file's text. */
  write(chunk: string): void;
  /**
   * Finishes and returns the report.
   * @throws ConfigurationError (src/shared/errors.ts) when the text is not a valid report of the
   *   format, naming the line (and column) where that was found.
   */
  end(): CoverageReport;
}
