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
}

/** Skipped files named in the note; the rest are counted. */
const SKIPPED_NAMED = 10;

function toFinding(finding: LintFinding, place: ChangePlace | undefined): Finding {
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
    ...(place === 'changed-file' ? { annotate: false as const } : {}),
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
 * Only reported findings count; findings in files a change did not touch never fail it.
 */
export function buildPromLintVerdict(
  findings: readonly LintFinding[],
  stats: LintStats,
  options: PromLintVerdictOptions,
): Verdict {
  const scope = options.scope ?? { kind: 'all' };
  const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
  const places = findings.map((f) =>
    changes === undefined ? undefined : placeInChange(changes, f.file, f.line, f.endLine),
  );
  const reported = findings.filter((_, index) => places[index] !== 'unchanged-file');
  const leftOut = findings.filter((_, index) => places[index] === 'unchanged-file');
  const listedOnly = places.filter((place) => place === 'changed-file').length;
  const changedRuleFiles =
    changes === undefined
      ? undefined
      : (options.linted ?? []).filter((file) => isChangedFile(changes, file)).length;

  const errors = reported.filter((f) => f.severity === 'error').length;
  const warnings = reported.filter((f) => f.severity === 'warning').length;
  const filesWithFindings = new Set(reported.map((f) => f.file));
  let status: Status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
  let headline: string;
  const notes: Note[] = [];
  const elsewhere =
    leftOut.length === 0 ? '' : ` (${countOf(leftOut.length, 'more finding')} in unchanged files)`;
  if (stats.files === 0) {
    status = 'warn';
    headline = 'No rule files found';
    notes.push({
      level: 'warning',
      text: `Nothing matched ${options.searched.map((g) => `\`${g}\``).join(', ')}: set \`paths\` to the rule files to lint.`,
    });
  } else if (changedRuleFiles === 0) {
    headline = `${countOf(stats.files, 'rule file')}, none changed ${scope.kind === 'changed-files' ? scope.against : ''}${elsewhere}`;
  } else if (reported.length === 0) {
    headline =
      changedRuleFiles === undefined
        ? `${countOf(stats.rules, 'rule')} in ${countOf(stats.files, 'file')}: no problems`
        : `No problems in ${countOf(changedRuleFiles, 'changed rule file')}${elsewhere}`;
  } else {
    const of =
      changedRuleFiles === undefined
        ? countOf(stats.files, 'rule file')
        : countOf(changedRuleFiles, 'changed rule file');
    headline = `${severityCounts(reported)} in ${filesWithFindings.size} of ${of}${elsewhere}`;
  }
  if (scope.kind === 'changed-files' && stats.files > 0) {
    notes.push({ level: 'info', text: scopeNote(scope.against, listedOnly, leftOut) });
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
    const mine = reported.filter((f) => f.file === file);
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
            },
          ],
    findings: findings.flatMap((f, index) =>
      places[index] === 'unchanged-file' ? [] : [toFinding(f, places[index])],
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
              annotated: reported.length - listedOnly,
              leftOut: leftOut.length,
            }
          : { kind: scope.kind, ...(scope.fallback ? { fallback: scope.fallback.reason } : {}) },
      ...(options.configPath === undefined ? {} : { config: options.configPath }),
      findings: findings.map((f, index) => ({
        ...f,
        ...(places[index] === undefined ? {} : { place: places[index] }),
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
