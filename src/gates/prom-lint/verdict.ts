/** Turns lint findings into the shared verdict. Pure. */
import { countOf } from '../../report/labels.js';
import type { Finding, Metric, Status, Verdict } from '../../verdict/types.js';
import type { LintFinding } from './types.js';

/** What was linted, for the headline and figures. */
export interface LintStats {
  files: number;
  groups: number;
  rules: number;
  alerts: number;
  records: number;
}

/** Options of the verdict text. */
export interface PromLintVerdictOptions {
  key: string;
  /** The globs that were searched, for the note when nothing matched. */
  searched: string[];
}

function toFinding(finding: LintFinding): Finding {
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
  };
}

/** Builds the prom-lint verdict: errors fail, warnings warn (fail only with fail-on: warn). */
export function buildPromLintVerdict(
  findings: readonly LintFinding[],
  stats: LintStats,
  options: PromLintVerdictOptions,
): Verdict {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const filesWithFindings = new Set(findings.map((f) => f.file));
  let status: Status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
  let headline: string;
  const notes: Verdict['notes'] = [];
  if (stats.files === 0) {
    status = 'warn';
    headline = 'No rule files found';
    notes.push({
      level: 'warning',
      text: `Nothing matched ${options.searched.map((g) => `\`${g}\``).join(', ')}: set \`paths\` to the rule files to lint.`,
    });
  } else if (errors + warnings === 0) {
    headline = `${countOf(stats.rules, 'rule')} in ${countOf(stats.files, 'file')}: no problems`;
  } else {
    const counts = [
      errors > 0 ? countOf(errors, 'error') : '',
      warnings > 0 ? countOf(warnings, 'warning') : '',
    ]
      .filter((s) => s !== '')
      .join(' and ');
    headline = `${counts} in ${filesWithFindings.size} of ${countOf(stats.files, 'rule file')}`;
  }
  const perFile = [...filesWithFindings].sort().map((file) => {
    const mine = findings.filter((f) => f.file === file);
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
    findings: findings.map(toFinding),
    notes,
    charts: [],
    data: { stats: { ...stats }, findings: findings.map((f) => ({ ...f })) },
  };
}
