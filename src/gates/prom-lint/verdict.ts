/**
 * Turns lint findings into the shared verdict. Pure. With a change to compare with (a pull
 * request), findings are placed against it: on a changed line they are annotated, elsewhere in a
 * changed file they are listed but not annotated, and in files the change did not touch they are
 * counted but not reported, so a pull request answers for what it touched, not for the
 * repository's past. Every finding stays in `data.findings`, with its place.
 */
import {
  isChangedFile,
  placeInChange,
  type ChangedFiles,
  type ChangePlace,
} from '../../diff/changed-lines.js';
import { countOf } from '../../report/labels.js';
import { checkDocsLink } from './checks/docs-links.js';
import type { Finding, Metric, Note, Status, Verdict } from '../../verdict/types.js';
import type { LintStats } from './lint.js';
import type { LintFinding } from './types.js';

/**
 * Which findings the verdict reports: all of them (with, when the run fell back from the
 * changed files, the reason), or those in the files a change touched.
 */
export type ReportScope =
  | { kind: 'all'; fallback?: { reason: string; level: Note['level'] } }
  | {
      kind: 'changed-files';
      changes: ChangedFiles;
      /** Completes "changed …": `by pull request #12`, `since origin/main`. */
      against: string;
    };

/** Options of the verdict text. */
export interface PromLintVerdictOptions {
  key: string;
  /** The globs that were searched, for the note when nothing matched. */
  searched: string[];
  /** Which findings to report; defaults to all. */
  scope?: ReportScope;
  /** The rule files that were linted, to count those the change touched. */
  linted?: readonly string[];
  /** The configuration file that was read, named in the verdict data. */
  configPath?: string;
  /** Files a directory or a glob found that are not rule files, left out with the reason. */
  skipped?: readonly { path: string; reason: string }[];
  /**
   * Findings the change did not bring (off the changed lines, and the same check on the same
   * rule at the merge base): listed as existing, never counted toward the status. Absent when
   * there is no change to compare with.
   */
  existing?: ReadonlySet<LintFinding>;
  /**
   * Where the checks are documented: the repository the action runs from (its README lists
   * every check under an anchor) and the ref to read it at. Each finding then links its check
   * there (`Finding.docsUrl`); absent, findings carry no link.
   */
  docs?: { repositoryUrl: string; ref?: string };
}

/** Skipped files named in the note; the rest are counted. */
const SKIPPED_NAMED = 10;

/**
 * The verdict's finding for a lint finding. Existing ones (which the change did not bring) and
 * those off the changed lines are listed, not annotated: an annotation asks the author to act on
 * the line it sits on.
 */
function toFinding(
  finding: LintFinding,
  place: ChangePlace | undefined,
  existing: boolean,
  docs: PromLintVerdictOptions['docs'],
): Finding {
  const docsUrl =
    docs === undefined ? undefined : checkDocsLink(finding.check, docs.repositoryUrl, docs.ref);
  return {
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
    ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
    rule: finding.check,
    title: finding.check,
    message: finding.message,
    ...(place === 'changed-file' || existing ? { annotate: false as const } : {}),
    ...(docsUrl === undefined ? {} : { docsUrl }),
    ...(existing ? { existing: true as const } : {}),
  };
}

/** `2 errors and 1 warning`, or '' when there are none. */
function severityCounts(findings: readonly LintFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notices = findings.length - errors - warnings;
  const parts = [
    errors > 0 ? countOf(errors, 'error') : '',
    warnings > 0 ? countOf(warnings, 'warning') : '',
    notices > 0 ? countOf(notices, 'notice') : '',
  ].filter((s) => s !== '');
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * Builds the prom-lint verdict: errors fail, warnings warn (fail only with fail-on: warn).
 * Only reported findings the change brought count: findings in files a change did not touch,
 * and those in `options.existing`, never fail it. Every count (headline, metrics, the table of
 * files) is taken from that one list of counted findings, the list the reports show as new.
 */
export function buildPromLintVerdict(
  findings: readonly LintFinding[],
  stats: LintStats,
  options: PromLintVerdictOptions,
): Verdict {
  const scope = options.scope ?? { kind: 'all' };
  const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
  const places = findings.map((f) => {
    if (changes === undefined) return undefined;
    const place = placeInChange(changes, f.file, f.line, f.endLine);
    return place === 'unchanged-file' && f.causedByChange === true ? 'changed-file' : place;
  });
  const reported = findings.filter((_, index) => places[index] !== 'unchanged-file');
  const leftOut = findings.filter((_, index) => places[index] === 'unchanged-file');
  const isExisting = (finding: LintFinding): boolean => options.existing?.has(finding) === true;
  // What the status, the headline and every count answer for: reported, and brought by the change.
  const counted = reported.filter((f) => !isExisting(f));
  const existing = reported.filter(isExisting);
  const listedOnly = findings.filter(
    (f, index) => places[index] === 'changed-file' && !isExisting(f),
  ).length;
  const changedRuleFiles =
    changes === undefined
      ? undefined
      : (options.linted ?? []).filter((file) => isChangedFile(changes, file)).length;

  const errors = counted.filter((f) => f.severity === 'error').length;
  const warnings = counted.filter((f) => f.severity === 'warning').length;
  const filesWithFindings = new Set(counted.map((f) => f.file));
  let status: Status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
  let headline: string;
  const notes: Note[] = [];
  const asides = [
    existing.length === 0 ? '' : countOf(existing.length, 'existing finding'),
    leftOut.length === 0 ? '' : `${countOf(leftOut.length, 'more finding')} in unchanged files`,
  ].filter((aside) => aside !== '');
  const elsewhere = asides.length === 0 ? '' : ` (${asides.join(', ')})`;
  if (stats.files === 0) {
    status = 'warn';
    headline = 'No rule files found';
    notes.push({
      level: 'warning',
      text: `Nothing matched ${options.searched.map((g) => `\`${g}\``).join(', ')}: set \`paths\` to the rule files to lint.`,
    });
  } else if (changedRuleFiles === 0) {
    headline = `${countOf(stats.files, 'rule file')}, none changed ${scope.kind === 'changed-files' ? scope.against : ''}${elsewhere}`;
  } else if (counted.length === 0) {
    const none = existing.length === 0 ? 'No problems' : 'No new problems';
    headline =
      changedRuleFiles === undefined
        ? existing.length === 0
          ? `${countOf(stats.rules, 'rule')} in ${countOf(stats.files, 'file')}: no problems`
          : `${none} in ${countOf(stats.files, 'rule file')}${elsewhere}`
        : `${none} in ${countOf(changedRuleFiles, 'changed rule file')}${elsewhere}`;
  } else {
    const of =
      changedRuleFiles === undefined
        ? countOf(stats.files, 'rule file')
        : countOf(changedRuleFiles, 'changed rule file');
    headline = `${severityCounts(counted)} in ${filesWithFindings.size} of ${of}${elsewhere}`;
  }
  if (scope.kind === 'changed-files' && stats.files > 0) {
    notes.push({ level: 'info', text: scopeNote(scope.against, listedOnly, leftOut) });
  }
  if (existing.length > 0) {
    notes.push({
      level: 'info',
      text: `${severityCounts(existing)} ${existing.length === 1 ? 'was' : 'were'} there before this change: listed apart as existing, ${existing.length === 1 ? 'it does' : 'they do'} not fail the gate.`,
    });
  }
  const skipped = options.skipped ?? [];
  if (skipped.length > 0) {
    const named = skipped
      .slice(0, SKIPPED_NAMED)
      .map(({ path, reason }) => `\`${path}\` (${reason})`)
      .join(', ');
    const more =
      skipped.length > SKIPPED_NAMED ? ` and ${skipped.length - SKIPPED_NAMED} more` : '';
    notes.push({
      level: 'info',
      text: `Not linted, as not rule files: ${named}${more}. Name a file explicitly to lint it anyway.`,
    });
  }
  if (scope.kind === 'all' && scope.fallback !== undefined) {
    notes.push({
      level: scope.fallback.level,
      text: `Reporting the findings of every rule file: ${scope.fallback.reason}.`,
    });
  }

  const perFile = [...filesWithFindings].sort().map((file) => {
    const mine = counted.filter((f) => f.file === file);
    return [
      { text: file, code: true as const },
      mine.filter((f) => f.severity === 'error').length,
      mine.filter((f) => f.severity === 'warning').length,
    ];
  });
  const metrics: Metric[] = [
    { key: 'files', label: 'Rule files', value: stats.files, output: true },
    { key: 'rules', label: 'Rules', value: stats.rules, output: true },
    { key: 'errors', label: 'Errors', value: errors, output: true },
    { key: 'warnings', label: 'Warnings', value: warnings, output: true },
  ];
  if (stats.suppressed > 0) {
    metrics.push({
      key: 'suppressed',
      label: 'Suppressed by comments',
      value: stats.suppressed,
      output: true,
    });
  }
  if (scope.kind === 'changed-files') {
    metrics.push({
      key: 'left-out',
      label: 'Left out (unchanged files)',
      value: leftOut.length,
      output: true,
    });
  }
  if (options.existing !== undefined) {
    metrics.push({
      key: 'existing',
      label: 'Existing',
      value: existing.length,
      output: true,
    });
  }
  return {
    schemaVersion: 1,
    gate: 'prom-lint',
    key: options.key,
    status,
    headline,
    metrics,
    tables:
      perFile.length === 0
        ? []
        : [
            {
              id: 'files',
              title: 'Files with findings',
              columns: [
                { header: 'File' },
                { header: 'Errors', align: 'right' },
                { header: 'Warnings', align: 'right' },
              ],
              rows: perFile,
              // A count per file matters less than the findings themselves, listed above it.
              collapsed: true,
            },
          ],
    findings: findings.flatMap((f, index) =>
      places[index] === 'unchanged-file'
        ? []
        : [toFinding(f, places[index], isExisting(f), options.docs)],
    ),
    notes,
    charts: [],
    data: {
      stats: { ...stats },
      scope:
        scope.kind === 'changed-files'
          ? {
              kind: scope.kind,
              against: scope.against,
              changedRuleFiles,
              reported: reported.length,
              annotated: counted.length - listedOnly,
              leftOut: leftOut.length,
              ...(options.existing === undefined ? {} : { existing: existing.length }),
            }
          : { kind: scope.kind, ...(scope.fallback ? { fallback: scope.fallback.reason } : {}) },
      ...(options.configPath === undefined ? {} : { config: options.configPath }),
      findings: findings.map((f, index) => ({
        ...f,
        ...(places[index] === undefined ? {} : { place: places[index] }),
        ...(isExisting(f) ? { existing: true } : {}),
      })),
    },
  };
}

/** The reader's account of what was reported against the change, and how to see the rest. */
function scopeNote(against: string, listedOnly: number, leftOut: readonly LintFinding[]): string {
  const sentences = [
    `Only findings in the rule files changed ${against} are reported; those on changed lines are annotated.`,
  ];
  if (listedOnly > 0) {
    sentences.push(
      `${countOf(listedOnly, 'finding')} elsewhere in the changed files ${listedOnly === 1 ? 'is' : 'are'} listed but not annotated.`,
    );
  }
  if (leftOut.length > 0) {
    const files = new Set(leftOut.map((f) => f.file)).size;
    sentences.push(
      `${severityCounts(leftOut)} in ${countOf(files, 'unchanged file')} ${leftOut.length === 1 ? 'is not reported and does' : 'are not reported and do'} not fail the gate; set \`scope: all\` to see ${leftOut.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return sentences.join(' ');
}
