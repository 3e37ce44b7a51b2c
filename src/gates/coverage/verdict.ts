/**
 * Turns a coverage analysis into the shared verdict: the failing check first (`Patch coverage
 * 71.4% < 80%: 12 of 42 changed lines not covered`), the changed files with their patch and total
 * coverage and the change since the base, the files under their minimum, every other file
 * collapsed, and one finding per uncovered range of changed lines (annotations and SARIF come
 * from those). Pure; the shared reporters escape, fit the comment under GitHub's limit and apply
 * the fail-on policy.
 */
import type {
  Cell,
  Finding,
  Metric,
  Note,
  Severity,
  Status,
  Table,
  Verdict,
} from '../../verdict/types.js';
import { shortSha } from './analyze.js';
import { countOf, formatCount } from '../../report/labels.js';
import { formatPercent, formatPoints, percentOf } from './percent.js';
import type { CoverageAnalysis, FileResult, ThresholdCheck } from './types.js';

/** Options of {@link buildCoverageVerdict}. */
export interface CoverageVerdictOptions {
  /** Distinguishes several runs of the gate in one workflow (monorepo components, each its comment). */
  key: string;
  /** What the change is, completing "lines changed …": `by pull request #12`, `since main`. */
  against?: string;
  /** The report files read, as the user named them (or as their globs expanded). */
  reportFiles: string[];
}

/** The rule of an uncovered-lines finding (SARIF rule id, annotation title prefix). */
export const UNCOVERED_RULE = 'coverage/uncovered-line';

/** Uncovered ranges listed per file in the changed-files table; the findings have them all. */
const MAX_RANGES_IN_CELL = 6;

/** Report files named in the note; more are counted. */
const MAX_REPORTS_NAMED = 5;

/**
 * Drop priorities: a long comment sheds the other files first, then the lists of paths, then the
 * files below their minimum; the checks and the changed files stay longest.
 */
const OTHER_FILES_DROP = 10;
const UNMATCHED_DROP = 3;
const WITHOUT_COVERAGE_DROP = 2;
const BELOW_MINIMUM_DROP = 1;

/** What each kind of check is called where the headline lists the others that failed. */
const CHECK_NAMES: Record<ThresholdCheck['kind'], string> = {
  patch: 'patch coverage',
  'total-lines': 'total line coverage',
  drop: 'coverage drop',
  'total-branches': 'branch coverage',
  'total-functions': 'function coverage',
  'per-file': 'per-file minimum',
};

/** `12–18`, or `20` for a single line. */
function rangeText(range: { start: number; end: number }): string {
  return range.start === range.end ? String(range.start) : `${range.start}–${range.end}`;
}

/** Percent of counts for a table cell; `–` when nothing is coverable. */
function percentCell(counts: { covered: number; total: number }): string {
  const percent = percentOf(counts);
  return percent === undefined ? '–' : formatPercent(percent);
}

/** Change of a file's line coverage since the base, in points; `–` without a base figure. */
function deltaOf(file: FileResult): number | undefined {
  if (file.baseLines === undefined) return undefined;
  const before = percentOf(file.baseLines);
  const after = percentOf(file.totals.lines);
  return before === undefined || after === undefined ? undefined : after - before;
}

/** The delta column, present only when there is a base to compare with. */
const DELTA_COLUMN = { header: 'Δ base (points)', align: 'right' } as const;

/** The delta cell: points since the base, or `new` for a file the base did not have. */
function deltaCell(file: FileResult): string {
  if (file.baseLines === undefined) return 'new';
  const delta = deltaOf(file);
  return delta === undefined ? '–' : formatPoints(delta);
}

/** Uncovered changed lines of a file. */
function uncoveredCount(file: FileResult): number {
  return (file.patch?.total ?? 0) - (file.patch?.covered ?? 0);
}

/** The changed files, most uncovered changed lines first, then lowest patch coverage, then path. */
function mostUncoveredFirst(files: readonly FileResult[]): FileResult[] {
  // A file with no coverable changed line sorts after every file with one.
  const patchPercent = (file: FileResult): number =>
    percentOf(file.patch ?? { covered: 0, total: 0 }) ?? 101;
  return [...files].sort(
    (a, b) =>
      uncoveredCount(b) - uncoveredCount(a) ||
      patchPercent(a) - patchPercent(b) ||
      compareText(a.path, b.path),
  );
}

/** The changed files (sorted by {@link mostUncoveredFirst}) with patch, total and delta. */
function changedFilesTable(sorted: readonly FileResult[], hasBase: boolean, title: string): Table {
  return {
    id: 'changed-files',
    title,
    columns: [
      { header: 'File' },
      { header: 'Patch', align: 'right' },
      { header: 'Changed lines covered', align: 'right' },
      { header: 'Not covered' },
      { header: 'File total', align: 'right' },
      ...(hasBase ? [DELTA_COLUMN] : []),
    ],
    rows: sorted.map((file): Cell[] => {
      const patch = file.patch ?? { covered: 0, total: 0, uncovered: [] };
      const ranges = patch.uncovered.slice(0, MAX_RANGES_IN_CELL).map(rangeText);
      if (patch.uncovered.length > MAX_RANGES_IN_CELL) {
        ranges.push(`… ${patch.uncovered.length - MAX_RANGES_IN_CELL} more`);
      }
      return [
        { text: file.path, code: true },
        percentCell(patch),
        patch.total === 0
          ? 'none coverable'
          : `${formatCount(patch.covered)} / ${formatCount(patch.total)}`,
        ranges.length === 0 ? '' : `lines ${ranges.join(', ')}`,
        percentCell(file.totals.lines),
        ...(hasBase ? [deltaCell(file)] : []),
      ];
    }),
  };
}

/** Files under their minimum, lowest coverage first. */
function belowMinimumTable(failed: readonly ThresholdCheck[], files: readonly FileResult[]): Table {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const sorted = [...failed].sort(
    (a, b) => (a.actual ?? 0) - (b.actual ?? 0) || compareText(a.file ?? '', b.file ?? ''),
  );
  return {
    id: 'below-minimum',
    title: `${countOf(failed.length, 'file')} below ${failed.length === 1 ? 'its' : 'their'} minimum`,
    columns: [
      { header: 'File' },
      { header: 'Line coverage', align: 'right' },
      { header: 'Minimum', align: 'right' },
      { header: 'Lines not covered', align: 'right' },
    ],
    rows: sorted.map((check): Cell[] => {
      const lines = byPath.get(check.file ?? '')?.totals.lines ?? { covered: 0, total: 0 };
      return [
        { text: check.file ?? '', code: true },
        check.actual === undefined ? '–' : formatPercent(check.actual, { against: check.limit }),
        `${String(check.limit)}%`,
        `${formatCount(lines.total - lines.covered)} of ${formatCount(lines.total)}`,
      ];
    }),
    dropPriority: BELOW_MINIMUM_DROP,
  };
}

/** Every file the change did not touch: changed since the base first, then least covered. */
function otherFilesTable(files: readonly FileResult[], hasBase: boolean): Table {
  const sorted = [...files].sort(
    (a, b) =>
      Math.abs(deltaOf(b) ?? 0) - Math.abs(deltaOf(a) ?? 0) ||
      (percentOf(a.totals.lines) ?? 101) - (percentOf(b.totals.lines) ?? 101) ||
      compareText(a.path, b.path),
  );
  return {
    id: 'other-files',
    title: `${countOf(files.length, 'other file')}`,
    columns: [
      { header: 'File' },
      { header: 'Line coverage', align: 'right' },
      { header: 'Lines covered', align: 'right' },
      ...(hasBase ? [DELTA_COLUMN] : []),
    ],
    rows: sorted.map((file): Cell[] => [
      { text: file.path, code: true },
      percentCell(file.totals.lines),
      `${formatCount(file.totals.lines.covered)} / ${formatCount(file.totals.lines.total)}`,
      ...(hasBase ? [deltaCell(file)] : []),
    ]),
    collapsed: true,
    dropPriority: OTHER_FILES_DROP,
  };
}

/**
 * Severity of the uncovered-line findings: errors when they fail the patch check, warnings when
 * a patch minimum is set and met (they are still what lowers it), notices without one.
 */
function findingSeverity(analysis: CoverageAnalysis): Severity {
  const patch = analysis.checks.find((check) => check.kind === 'patch');
  if (patch === undefined) return 'notice';
  return patch.passed ? 'warning' : 'error';
}

/** One finding per uncovered range of changed lines, in the order of the changed-files table. */
function uncoveredFindings(changed: readonly FileResult[], severity: Severity): Finding[] {
  return changed.flatMap((file) =>
    (file.patch?.uncovered ?? []).map((range): Finding => ({
      severity,
      file: file.path,
      line: range.start,
      endLine: range.end,
      rule: UNCOVERED_RULE,
      title: range.start === range.end ? 'Changed line not covered' : 'Changed lines not covered',
      message:
        range.start === range.end
          ? `Changed line ${range.start} is not covered by any test.`
          : `Changed lines ${rangeText(range)} are not covered by any test.`,
    })),
  );
}

/** The headline: the first failing check (capitalised), or the figures of a pass. */
function headlineOf(analysis: CoverageAnalysis, options: CoverageVerdictOptions): string {
  const failed = analysis.checks.filter((check) => !check.passed);
  const first = failed[0];
  if (first !== undefined) {
    const perFile = failed.filter((check) => check.kind === 'per-file').length;
    // A per-file explanation starts with the path, which must not be capitalised.
    let text =
      first.kind !== 'per-file'
        ? capitalise(first.explanation)
        : perFile > 1
          ? `${countOf(perFile, 'file')} below their minimum line coverage, e.g. ${first.explanation}`
          : `File ${first.explanation}`;
    const also = [...new Set(failed.slice(1).map((check) => CHECK_NAMES[check.kind]))].filter(
      (name) => name !== CHECK_NAMES[first.kind],
    );
    if (also.length > 0) text += ` (also failing: ${also.join(', ')})`;
    return text;
  }
  const parts: string[] = [];
  const changedWhat =
    options.against === undefined || options.against === ''
      ? 'changed lines'
      : `lines changed ${options.against}`;
  if (analysis.patch !== undefined) {
    const percent = percentOf(analysis.patch);
    parts.push(
      percent === undefined
        ? `no coverable ${changedWhat}`
        : `patch coverage ${formatPercent(percent)} (${formatCount(analysis.patch.covered)} of ${formatCount(analysis.patch.total)} ${changedWhat})`,
    );
  }
  const total = percentOf(analysis.totals.lines);
  if (total === undefined) {
    parts.push('no coverable lines in the reports');
  } else {
    let text = `total line coverage ${formatPercent(total)}`;
    const before =
      analysis.base === undefined ? undefined : percentOf(analysis.base.coverage.totals.lines);
    if (analysis.base !== undefined && before !== undefined) {
      text += ` (${formatPoints(total - before)} points since base ${shortSha(analysis.base.sha)})`;
    }
    parts.push(text);
  }
  return capitalise(parts.join(', '));
}

function metricsOf(analysis: CoverageAnalysis): Metric[] {
  const patch = analysis.patch === undefined ? undefined : percentOf(analysis.patch);
  const total = percentOf(analysis.totals.lines);
  const metrics: Metric[] = [
    {
      key: 'patch-coverage',
      label: 'Patch coverage',
      value: patch === undefined ? '–' : formatPercent(patch),
      output: true,
    },
    {
      key: 'uncovered-changed-lines',
      label: 'Changed lines not covered',
      value:
        analysis.patch === undefined
          ? '–'
          : `${formatCount(analysis.patch.total - analysis.patch.covered)} of ${formatCount(analysis.patch.total)}`,
    },
    {
      key: 'total-coverage',
      label: 'Total line coverage',
      value: total === undefined ? '–' : formatPercent(total),
      output: true,
    },
  ];
  const before =
    analysis.base === undefined ? undefined : percentOf(analysis.base.coverage.totals.lines);
  metrics.push({
    key: 'coverage-change',
    label: 'Change since base',
    value:
      before === undefined || total === undefined ? '–' : `${formatPoints(total - before)} pts`,
    output: true,
  });
  if (analysis.totals.branches !== undefined) {
    const branches = percentOf(analysis.totals.branches);
    metrics.push({
      key: 'branch-coverage',
      label: 'Branch coverage',
      value: branches === undefined ? '–' : formatPercent(branches),
      output: true,
    });
  }
  return metrics;
}

function notesOf(analysis: CoverageAnalysis, reportFiles: readonly string[]): Note[] {
  const notes: Note[] = [];
  const base = analysis.base;
  if (base !== undefined) {
    const where =
      base.distance === 0
        ? 'the merge base itself'
        : `${countOf(base.distance, 'commit')} before the merge base`;
    const stored = Date.parse(base.createdAt);
    const date = Number.isFinite(stored)
      ? new Date(stored).toISOString().slice(0, 10)
      : base.createdAt;
    notes.push({
      level: 'info',
      text: `Base: the coverage stored for commit ${shortSha(base.sha)} (${where}) on ${date}.`,
    });
  } else if (!analysis.checks.some((check) => check.kind === 'drop')) {
    notes.push({
      level: 'info',
      text: 'No stored coverage of the base: no changes since the base are shown.',
    });
  }
  const patchCheck = analysis.checks.find((check) => check.kind === 'patch');
  if (analysis.patch === undefined && patchCheck !== undefined && patchCheck.actual === undefined) {
    notes.push({ level: 'info', text: `${capitalise(patchCheck.explanation)}.` });
  }
  if (analysis.unmatchedReportPaths.length > 0) {
    notes.push({
      level: 'warning',
      text: `${countOf(analysis.unmatchedReportPaths.length, 'report path')} ${analysis.unmatchedReportPaths.length === 1 ? 'matches' : 'match'} no file of the repository, so ${analysis.unmatchedReportPaths.length === 1 ? 'its' : 'their'} lines count nowhere (listed below); a path fix (before::after) maps them.`,
    });
  }
  if (analysis.changedWithoutCoverage.length > 0) {
    notes.push({
      level: 'warning',
      text: `${countOf(analysis.changedWithoutCoverage.length, 'changed file')} of the kinds the reports cover ${analysis.changedWithoutCoverage.length === 1 ? 'is' : 'are'} in no report (listed below): no test loads ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'}, or the coverage run leaves ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'} out.`,
    });
  }
  for (const text of analysis.notes) notes.push({ level: 'warning', text });
  if (reportFiles.length > 0) {
    const named = reportFiles.slice(0, MAX_REPORTS_NAMED).join(', ');
    const more =
      reportFiles.length > MAX_REPORTS_NAMED
        ? ` and ${countOf(reportFiles.length - MAX_REPORTS_NAMED, 'more')}`
        : '';
    notes.push({
      level: 'info',
      text: `Read from ${countOf(reportFiles.length, 'report')}: ${named}${more}.`,
    });
  }
  return notes;
}

/** A one-column table of paths, collapsed (the lists can be long; the job summary has them all). */
function pathTable(
  id: string,
  title: string,
  header: string,
  paths: readonly string[],
  dropPriority: number,
): Table {
  return {
    id,
    title,
    columns: [{ header }],
    rows: paths.map((path): Cell[] => [{ text: path, code: true }]),
    collapsed: true,
    dropPriority,
  };
}

/** Every check but the per-file ones, then the per-file ones as one row. */
function checksTable(checks: readonly ThresholdCheck[]): Table | undefined {
  const rows: Cell[][] = checks
    .filter((check) => check.kind !== 'per-file')
    .map((check) => [check.passed ? '✅ pass' : '❌ fail', capitalise(check.explanation)]);
  const perFile = checks.filter((check) => check.kind === 'per-file');
  if (perFile.length > 0) {
    const below = perFile.filter((check) => !check.passed).length;
    rows.push([
      below === 0 ? '✅ pass' : '❌ fail',
      below === 0
        ? `Every one of ${countOf(perFile.length, 'file')} reaches its minimum line coverage`
        : `${formatCount(below)} of ${countOf(perFile.length, 'file')} below ${below === 1 ? 'its' : 'their'} minimum line coverage (listed below)`,
    ]);
  }
  if (rows.length === 0) return undefined;
  return {
    id: 'checks',
    title: 'Thresholds',
    columns: [{ header: 'Result' }, { header: 'Check' }],
    rows,
  };
}

/** The status: `fail` when a check fails; `warn` when report paths were lost; else `pass`. */
function statusOf(analysis: CoverageAnalysis): Status {
  if (analysis.checks.some((check) => !check.passed)) return 'fail';
  return analysis.unmatchedReportPaths.length > 0 ? 'warn' : 'pass';
}

/** The machine-readable results: percents as numbers (null when nothing was coverable). */
function dataOf(analysis: CoverageAnalysis): Record<string, unknown> {
  const orNull = (value: number | undefined): number | null => value ?? null;
  return {
    patchCoverage: orNull(analysis.patch === undefined ? undefined : percentOf(analysis.patch)),
    totalCoverage: orNull(percentOf(analysis.totals.lines)),
    branchCoverage: orNull(
      analysis.totals.branches === undefined ? undefined : percentOf(analysis.totals.branches),
    ),
    functionCoverage: orNull(
      analysis.totals.functions === undefined ? undefined : percentOf(analysis.totals.functions),
    ),
    totals: analysis.totals,
    patch:
      analysis.patch === undefined
        ? null
        : {
            covered: analysis.patch.covered,
            total: analysis.patch.total,
            files: analysis.patch.files,
          },
    base:
      analysis.base === undefined
        ? null
        : {
            sha: analysis.base.sha,
            createdAt: analysis.base.createdAt,
            distance: analysis.base.distance,
            totalCoverage: orNull(percentOf(analysis.base.coverage.totals.lines)),
          },
    checks: analysis.checks.map((check) => ({ ...check, actual: orNull(check.actual) })),
    files: analysis.files.map((file) => ({
      path: file.path,
      coverage: orNull(percentOf(file.totals.lines)),
      lines: file.totals.lines,
      ...(file.totals.branches === undefined ? {} : { branches: file.totals.branches }),
      ...(file.totals.functions === undefined ? {} : { functions: file.totals.functions }),
      ...(file.patch === undefined
        ? {}
        : {
            patch: {
              coverage: orNull(percentOf(file.patch)),
              covered: file.patch.covered,
              total: file.patch.total,
              uncovered: file.patch.uncovered,
            },
          }),
      ...(file.baseLines === undefined
        ? {}
        : { baseLines: file.baseLines, delta: orNull(deltaOf(file)) }),
      ...(file.minimum === undefined ? {} : { minimum: file.minimum }),
    })),
    changedWithoutCoverage: analysis.changedWithoutCoverage,
    unmatchedReportPaths: analysis.unmatchedReportPaths,
  };
}

/**
 * Builds the coverage verdict. Status: `fail` when any threshold check fails, `warn` when report
 * paths match no repository file (their lines were lost), else `pass`. Headline: the first
 * failing check's explanation (patch, total lines, drop, branches, functions, per-file), or the
 * patch and total figures. Metrics (outputs): patch-coverage, total-coverage, coverage-change,
 * branch-coverage when the reports have branches. Tables: the changed files, the files below
 * their minimum, the other files (collapsed, shed first from a long comment). Findings: one per
 * uncovered range of changed lines (rule {@link UNCOVERED_RULE}). `data`: `patchCoverage`,
 * `totalCoverage` (percents) and one record per file.
 */
export function buildCoverageVerdict(
  analysis: CoverageAnalysis,
  options: CoverageVerdictOptions,
): Verdict {
  const hasBase = analysis.base !== undefined;
  const changed = mostUncoveredFirst(analysis.files.filter((file) => file.patch !== undefined));
  const others = analysis.files.filter((file) => file.patch === undefined);
  const tables: Table[] = [];
  const checks = checksTable(analysis.checks);
  if (checks !== undefined) tables.push(checks);
  if (changed.length > 0) {
    const title =
      options.against === undefined || options.against === ''
        ? `${countOf(changed.length, 'changed file')} with coverage`
        : `${countOf(changed.length, 'file')} changed ${options.against} with coverage`;
    tables.push(changedFilesTable(changed, hasBase, title));
  }
  const belowMinimum = analysis.checks.filter(
    (check) => check.kind === 'per-file' && !check.passed,
  );
  if (belowMinimum.length > 0) tables.push(belowMinimumTable(belowMinimum, analysis.files));
  if (analysis.changedWithoutCoverage.length > 0) {
    tables.push(
      pathTable(
        'changed-without-coverage',
        `${countOf(analysis.changedWithoutCoverage.length, 'changed file')} in no report`,
        'Changed file',
        analysis.changedWithoutCoverage,
        WITHOUT_COVERAGE_DROP,
      ),
    );
  }
  if (analysis.unmatchedReportPaths.length > 0) {
    tables.push(
      pathTable(
        'unmatched-report-paths',
        `${countOf(analysis.unmatchedReportPaths.length, 'report path')} matching no repository file`,
        'Report path',
        analysis.unmatchedReportPaths,
        UNMATCHED_DROP,
      ),
    );
  }
  if (others.length > 0) tables.push(otherFilesTable(others, hasBase));

  return {
    schemaVersion: 1,
    gate: 'coverage',
    key: options.key,
    status: statusOf(analysis),
    headline: headlineOf(analysis, options),
    metrics: metricsOf(analysis),
    tables,
    findings: uncoveredFindings(changed, findingSeverity(analysis)),
    notes: notesOf(analysis, options.reportFiles),
    charts: [],
    data: dataOf(analysis),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
