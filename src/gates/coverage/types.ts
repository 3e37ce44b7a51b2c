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

/** A path fix given as `before::after`: a report path starting with `before` starts with `after`. */
export interface PathFix {
  before: string;
  after: string;
}

/** A Go module of the repository: its `go.mod` module path and the folder the go.mod is in. */
export interface GoModule {
  /** The `module` line of go.mod, e.g. `github.com/acme/shop`. */
  path: string;
  /** Repository-relative folder of the go.mod, `''` at the root. */
  dir: string;
}

/** Coverage of one repository file, after mapping the report's paths to the checkout. */
export interface RepoFileCoverage extends Omit<FileCoverage, 'path'> {
  /** Repository-relative path, forward slashes, as `git ls-files` prints it. */
  path: string;
  /** The report paths that mapped here (several when shards spell one file differently). */
  reportPaths: string[];
}

/** Reports mapped onto the repository's files. */
export interface PathMapping {
  /** Files of the repository with coverage, by path ascending. */
  files: RepoFileCoverage[];
  /** Report paths that match no repository file (listed: their lines count nowhere). */
  unmatched: string[];
  /** Report paths whose suffix matches several repository files equally well; none is chosen. */
  ambiguous: { reportPath: string; candidates: string[] }[];
}

/** Covered out of total, per kind, for the whole repository or one file. */
export interface CoverageTotals {
  lines: Counts;
  branches?: Counts;
  functions?: Counts;
}

/** A minimum by path glob (git's globs: `**` crosses folders); the last matching rule wins. */
export interface FileMinimum {
  pattern: string;
  /** Percent, 0–100. */
  min: number;
}

/** The thresholds of a run; each is optional. Percentages are 0–100, never truncated. */
export interface CoverageThresholds {
  minTotalLines?: number;
  minTotalBranches?: number;
  minTotalFunctions?: number;
  /** Line coverage every covered file must reach (before `perFile` overrides). */
  minPerFile?: number;
  perFile: FileMinimum[];
  /** Coverage of the added and changed lines that the report counts as coverable. */
  minPatch?: number;
  /** Largest drop of total line coverage versus the base, in percentage points. */
  maxDrop?: number;
}

/** What a commit's coverage keeps in the history store, for later pull requests' drop check. */
export interface CommitCoverage {
  totals: CoverageTotals;
  /** Line counts per repository path. */
  files: Record<string, Counts>;
}

/** The base a pull request is compared with: the nearest stored ancestor of its merge base. */
export interface CoverageBase {
  sha: string;
  /** ISO time the base's coverage was stored. */
  createdAt: string;
  /** Commits between the merge base and `sha` (0: the merge base itself). */
  distance: number;
  coverage: CommitCoverage;
}

/** Patch coverage of one file or of the whole change. */
export interface PatchCoverage {
  /** Changed lines the report counts as coverable and covers. */
  covered: number;
  /** Changed lines the report counts as coverable. */
  total: number;
  /** Uncovered changed coverable lines, as ranges (1-based, inclusive), ascending. */
  uncovered: { start: number; end: number }[];
}

/** One repository file in the analysis. */
export interface FileResult {
  path: string;
  totals: CoverageTotals;
  /** Present when the change touched the file. */
  patch?: PatchCoverage;
  /** The base's line counts of the file, when a base was found and had the file. */
  baseLines?: Counts;
  /** The per-file minimum that applies (from minPerFile and perFile), if any. */
  minimum?: number;
}

/** One threshold, checked. */
export interface ThresholdCheck {
  kind: 'total-lines' | 'total-branches' | 'total-functions' | 'per-file' | 'patch' | 'drop';
  /** For per-file checks. */
  file?: string;
  /** The measured percent (or drop in points); undefined when nothing was coverable. */
  actual: number | undefined;
  limit: number;
  passed: boolean;
  /**
   * Plain-text explanation that leads the report when it fails, e.g. `patch coverage 71.4% <
   * 80%: 12 of 42 changed lines not covered`.
   */
  explanation: string;
}

/** The whole analysis: pure data the verdict is built from. */
export interface CoverageAnalysis {
  totals: CoverageTotals;
  /** Present when the change under review is known. */
  patch?: PatchCoverage & { files: number };
  base?: CoverageBase;
  /** Every covered repository file, by path ascending. */
  files: FileResult[];
  checks: ThresholdCheck[];
  /** Changed files no report covers (of the kinds of files the reports cover, e.g. `.ts`). */
  changedWithoutCoverage: string[];
  /** Report paths that match no repository file. */
  unmatchedReportPaths: string[];
  /** Things to tell the reader (no base found, a truncated report…). */
  notes: string[];
}
