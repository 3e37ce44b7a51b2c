/**
 * The coverage analysis: totals, patch coverage of the change under review, per-file figures and
 * every threshold checked, from reports already mapped onto the repository. Pure: the caller
 * reads the reports, the diff and the history store; the verdict is built from the result.
 *
 * Patch coverage is diff-cover's (see patch.ts): the changed lines the report measures, covered
 * when the report gives them a hit. Where diff-cover then truncates the percent to an integer
 * (`int(covered / total * 100)` in `total_percent_covered`) before comparing it with
 * `--fail-under`, the checks here compare exactly, so 99.99% never passes a 100% minimum.
 */
import { normalizeChangePath, type ChangedFiles } from '../../diff/changed-lines.js';
import { createMinimumLookup } from './file-minimum.js';
import { patchOf } from './patch.js';
import { countOf, formatCount } from '../../report/labels.js';
import {
  droppedMoreThan,
  formatDecimal,
  formatLimit,
  formatPercent,
  meetsMinimum,
  percentOf,
} from './percent.js';
import type {
  CommitCoverage,
  Counts,
  CoverageAnalysis,
  CoverageBase,
  CoverageThresholds,
  CoverageTotals,
  FileResult,
  PatchCoverage,
  PathMapping,
  RepoFileCoverage,
  ThresholdCheck,
} from './types.js';

export { formatPercent } from './percent.js';

/** What {@link analyzeCoverage} works from. */
export interface CoverageAnalysisInput {
  /** The reports' files, mapped onto the repository. */
  mapping: PathMapping;
  /** The change under review (a pull request, or the working tree since a base ref). */
  changes?: ChangedFiles;
  /** The base's stored coverage, for the drop check and the per-file deltas. */
  base?: CoverageBase;
  thresholds: CoverageThresholds;
  /**
   * Totals from a totals-only report (coverage-summary.json): used instead of the sum over
   * `mapping`, which has no files then; patch coverage cannot be measured without lines.
   */
  totalsOnly?: CoverageTotals;
  /** Warnings of the parsers (a cut-off report…), passed on to the notes. */
  warnings?: readonly string[];
}

/** A count for reading: `1,234`. */

/** Covered and total lines of one file. */
function lineCounts(lines: ReadonlyMap<number, number>): Counts {
  let covered = 0;
  for (const hits of lines.values()) if (hits > 0) covered += 1;
  return { covered, total: lines.size };
}

/** Line, branch and function counts of one file; branches and functions where the report has them. */
function fileTotals(file: RepoFileCoverage): CoverageTotals {
  const totals: CoverageTotals = { lines: lineCounts(file.lines) };
  if (file.branches !== undefined) {
    const branches = { covered: 0, total: 0 };
    for (const counts of file.branches.values()) {
      branches.covered += counts.covered;
      branches.total += counts.total;
    }
    totals.branches = branches;
  }
  if (file.functions !== undefined) {
    totals.functions = {
      covered: file.functions.filter((fn) => fn.hits > 0).length,
      total: file.functions.length,
    };
  }
  return totals;
}

/** The sum of per-file totals; branches (functions) present when any file has them. */
function sumTotals(all: readonly CoverageTotals[]): CoverageTotals {
  const add = (sum: Counts | undefined, counts: Counts | undefined): Counts | undefined =>
    counts === undefined
      ? sum
      : { covered: (sum?.covered ?? 0) + counts.covered, total: (sum?.total ?? 0) + counts.total };
  let lines: Counts = { covered: 0, total: 0 };
  let branches: Counts | undefined;
  let functions: Counts | undefined;
  for (const totals of all) {
    lines = add(lines, totals.lines) ?? lines;
    branches = add(branches, totals.branches);
    functions = add(functions, totals.functions);
  }
  return {
    lines,
    ...(branches === undefined ? {} : { branches }),
    ...(functions === undefined ? {} : { functions }),
  };
}

/**
 * What the history store keeps of a commit's coverage, for the drop check of later pull
 * requests: the totals and each file's line counts.
 * @example commitCoverageOf({ files: [file], unmatched: [], ambiguous: [] }).files['src/a.ts'] // { covered: 3, total: 4 }
 */
export function commitCoverageOf(mapping: PathMapping): CommitCoverage {
  const perFile = mapping.files.map((file) => ({ path: file.path, totals: fileTotals(file) }));
  return {
    totals: sumTotals(perFile.map((file) => file.totals)),
    // fromEntries defines own properties, so a file named `__proto__` is kept as data.
    files: Object.fromEntries(perFile.map((file) => [file.path, file.totals.lines])),
  };
}

/** The extension of a path's file name, lower case without the dot; '' when it has none. */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Changed files that no report covers, among the kinds of files the reports cover (a changed
 * `.ts` file when some `.ts` file has coverage; a README never): diff-cover passes these
 * silently, though a file the tests never load is the least covered of all.
 */
function changedWithoutCoverage(mapping: PathMapping, changes: ChangedFiles): string[] {
  const covered = new Set(mapping.files.map((file) => file.path));
  const kinds = new Set(mapping.files.map((file) => extensionOf(file.path)));
  kinds.delete('');
  return [...changes.files.keys()]
    .filter((path) => !covered.has(path) && kinds.has(extensionOf(path)))
    .sort();
}

/** What is counted, singular and plural: `line`/`lines`, `branch`/`branches`. */
interface Noun {
  one: string;
  many: string;
}

const LINE: Noun = { one: 'line', many: 'lines' };
const CHANGED_LINE: Noun = { one: 'changed line', many: 'changed lines' };
const BRANCH: Noun = { one: 'branch', many: 'branches' };
const FUNCTION: Noun = { one: 'function', many: 'functions' };

/**
 * A minimum check on counts, explained: `<what> 71.4% < 80%: 12 of 42 changed lines not
 * covered`, with `ruleNote` after the limit (which per-file rule set it).
 */
function minimumCheck(
  kind: ThresholdCheck['kind'],
  what: string,
  counts: Counts,
  limit: number,
  noun: Noun,
  ruleNote = '',
): ThresholdCheck {
  const actual = percentOf(counts);
  const passed = meetsMinimum(counts, limit);
  const shownLimit = `${formatLimit(limit)}${ruleNote}`;
  const of = (part: number): string =>
    `${formatCount(part)} of ${countOf(counts.total, noun.one, noun.many)}`;
  let explanation: string;
  if (actual === undefined) {
    explanation = `${what}: no ${noun.many} to cover, nothing to check against ${shownLimit}`;
  } else if (passed) {
    explanation = `${what} ${formatPercent(actual, { against: limit })} ≥ ${shownLimit}: ${of(counts.covered)} covered`;
  } else {
    explanation = `${what} ${formatPercent(actual, { against: limit })} < ${shownLimit}: ${of(counts.total - counts.covered)} not covered`;
  }
  return { kind, actual, limit, passed, explanation };
}

/** A check that could not be measured: it passes, and says why. */
function notMeasured(kind: ThresholdCheck['kind'], limit: number, why: string): ThresholdCheck {
  return { kind, actual: undefined, limit, passed: true, explanation: why };
}

/** `abc1234`: a commit as people write it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** The drop of total line coverage versus the base, checked against `maxDrop` points. */
function dropCheck(
  totals: CoverageTotals,
  base: CoverageBase | undefined,
  maxDrop: number,
): ThresholdCheck {
  const limit = `${String(maxDrop)} allowed`;
  if (base === undefined) {
    return notMeasured(
      'drop',
      maxDrop,
      'coverage drop not checked: no stored coverage of the base',
    );
  }
  const before = percentOf(base.coverage.totals.lines);
  const after = percentOf(totals.lines);
  if (before === undefined || after === undefined) {
    return notMeasured(
      'drop',
      maxDrop,
      `coverage drop not checked: ${before === undefined ? `base ${shortSha(base.sha)}` : 'this run'} has no coverable lines`,
    );
  }
  const drop = before - after;
  const passed = !droppedMoreThan(base.coverage.totals.lines, totals.lines, maxDrop);
  const figures = `${formatPercent(before)} at base ${shortSha(base.sha)} → ${formatPercent(after)} now`;
  let explanation: string;
  if (!passed) {
    explanation = `total line coverage dropped ${formatDecimal(drop, { against: maxDrop })} points > ${limit}: ${figures}`;
  } else if (drop > 0) {
    explanation = `total line coverage dropped ${formatDecimal(drop, { against: maxDrop })} points ≤ ${limit}: ${figures}`;
  } else {
    explanation =
      drop === 0
        ? `total line coverage unchanged: ${figures}`
        : `total line coverage rose ${formatDecimal(-drop)} points: ${figures}`;
  }
  return { kind: 'drop', actual: drop, limit: maxDrop, passed, explanation };
}

/** Order of the checks, the most telling first: the one a failing headline names. */
const CHECK_ORDER: readonly ThresholdCheck['kind'][] = [
  'patch',
  'total-lines',
  'drop',
  'total-branches',
  'total-functions',
  'per-file',
];

/**
 * Analyses coverage against the thresholds.
 *
 * - totals: over the mapped files (or `totalsOnly`); a line counts as covered with any hit;
 *   branch and function totals where some report has them.
 * - patch: per changed file the report covers, its changed coverable lines (see patch.ts);
 *   `patch.files` counts the changed files with at least one such line.
 * - checks, each only when its threshold is set, in {@link CHECK_ORDER} (per-file by path): a
 *   check with nothing to measure passes and says so (`actual` undefined).
 * - `changedWithoutCoverage`: changed files no report covers, of the extensions the reports
 *   cover.
 * - `notes`: only what needs the reader's attention (the parsers' `warnings` first, a drop limit
 *   without a base, missing branch data…); the base that was found is `base`, for the verdict to
 *   describe.
 *
 * @example analyzeCoverage({ mapping, changes, thresholds: { perFile: [], minPatch: 80 } }).checks[0].explanation // 'patch coverage 71.4% < 80%: 12 of 42 changed lines not covered'
 */
export function analyzeCoverage(input: CoverageAnalysisInput): CoverageAnalysis {
  const { mapping, changes, base, thresholds } = input;
  const minimumOf = createMinimumLookup(thresholds);
  const notes: string[] = [...(input.warnings ?? [])];
  const checks: ThresholdCheck[] = [];
  const perFileChecks: ThresholdCheck[] = [];
  // The whole change's counts; its uncovered lines are kept per file (ranges of different files
  // do not add up), so the whole change's `uncovered` stays empty.
  const patchTotals: (PatchCoverage & { files: number }) | undefined =
    changes === undefined || input.totalsOnly !== undefined
      ? undefined
      : { covered: 0, total: 0, uncovered: [], files: 0 };

  const files: FileResult[] = [...mapping.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => {
      const result: FileResult = { path: file.path, totals: fileTotals(file) };
      const changed = changes?.files.get(normalizeChangePath(file.path));
      if (changed !== undefined) {
        result.patch = patchOf(file.lines, changed);
        if (patchTotals !== undefined && result.patch.total > 0) {
          patchTotals.covered += result.patch.covered;
          patchTotals.total += result.patch.total;
          patchTotals.files += 1;
        }
      }
      if (base !== undefined && Object.hasOwn(base.coverage.files, file.path)) {
        const baseLines = base.coverage.files[file.path];
        if (baseLines !== undefined) result.baseLines = baseLines;
      }
      const minimum = minimumOf(file.path);
      if (minimum !== undefined) {
        result.minimum = minimum.min;
        const rule = minimum.pattern === undefined ? '' : ` (rule ${minimum.pattern})`;
        perFileChecks.push({
          ...minimumCheck(
            'per-file',
            `${file.path}: line coverage`,
            result.totals.lines,
            minimum.min,
            LINE,
            rule,
          ),
          file: file.path,
        });
      }
      return result;
    });

  const totals = input.totalsOnly ?? sumTotals(files.map((file) => file.totals));

  if (thresholds.minPatch !== undefined) {
    if (input.totalsOnly !== undefined) {
      checks.push(
        notMeasured(
          'patch',
          thresholds.minPatch,
          'patch coverage not checked: the report has totals only (coverage-summary.json), no lines',
        ),
      );
    } else if (patchTotals === undefined) {
      checks.push(
        notMeasured(
          'patch',
          thresholds.minPatch,
          'patch coverage not checked: no change under review',
        ),
      );
    } else {
      checks.push(
        minimumCheck('patch', 'patch coverage', patchTotals, thresholds.minPatch, CHANGED_LINE),
      );
    }
  }
  if (thresholds.minTotalLines !== undefined) {
    checks.push(
      minimumCheck(
        'total-lines',
        'total line coverage',
        totals.lines,
        thresholds.minTotalLines,
        LINE,
      ),
    );
  }
  if (thresholds.maxDrop !== undefined) {
    checks.push(dropCheck(totals, base, thresholds.maxDrop));
  }
  for (const [kind, what, counts, limit, noun] of [
    [
      'total-branches',
      'total branch coverage',
      totals.branches,
      thresholds.minTotalBranches,
      BRANCH,
    ],
    [
      'total-functions',
      'total function coverage',
      totals.functions,
      thresholds.minTotalFunctions,
      FUNCTION,
    ],
  ] as const) {
    if (limit === undefined) continue;
    if (counts === undefined) {
      const none = `${what} not checked: the reports have no ${noun.one} data`;
      checks.push(notMeasured(kind, limit, none));
      notes.push(
        `The reports have no ${noun.one} data: the ${formatLimit(limit)} minimum of ${what} was not checked.`,
      );
    } else {
      checks.push(minimumCheck(kind, what, counts, limit, noun));
    }
  }
  checks.sort((a, b) => CHECK_ORDER.indexOf(a.kind) - CHECK_ORDER.indexOf(b.kind));
  checks.push(...perFileChecks);

  if (base === undefined && thresholds.maxDrop !== undefined) {
    notes.push(
      'No stored coverage of the merge base or of an ancestor near it: the drop check passes. Run this gate on pushes to the default branch to store coverage for later pull requests.',
    );
  }
  if (input.totalsOnly !== undefined && changes !== undefined) {
    notes.push(
      'The report has totals only (coverage-summary.json): patch coverage needs per-line data, e.g. coverage-final.json or lcov.info.',
    );
  }
  if (mapping.ambiguous.length > 0) {
    const first = mapping.ambiguous[0];
    notes.push(
      `${countOf(mapping.ambiguous.length, 'report path')} match several repository files equally well and count nowhere` +
        (first === undefined ? '' : ` (e.g. ${first.reportPath}: ${first.candidates.join(', ')})`) +
        '; give a path fix (before::after) to say which.',
    );
  }

  return {
    totals,
    ...(patchTotals === undefined ? {} : { patch: patchTotals }),
    ...(base === undefined ? {} : { base }),
    files,
    checks,
    changedWithoutCoverage: changes === undefined ? [] : changedWithoutCoverage(mapping, changes),
    unmatchedReportPaths: [...mapping.unmatched],
    notes,
  };
}
