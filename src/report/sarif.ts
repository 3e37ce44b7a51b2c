/**
 * SARIF 2.1.0 from a verdict's findings, so GitHub code scanning (`upload-sarif`) and other SARIF
 * viewers can show them. Pure. Only findings with a file and line become results with a
 * location; the rest are results without one. The shape is checked at compile time against the
 * SARIF schema's types (@types/sarif).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Verdict } from '../verdict/types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const levels: Record<Finding['severity'], Result.level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** Forward slashes and no leading `./`: SARIF wants URIs relative to the repository root. */
function artifactUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function toResult(finding: Finding): Result {
  const result: Result = {
    ruleId: finding.rule ?? finding.title,
    level: levels[finding.severity],
    message: { text: finding.message === '' ? finding.title : finding.message },
    // Findings the change did not bring are SARIF's "unchanged" against the base; the rest are
    // left unstated, as a run without a base comparison has no baseline state.
    ...(finding.existing === true ? { baselineState: 'unchanged' as const } : {}),
  };
  if (finding.file !== undefined && finding.line !== undefined) {
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(finding.file) },
          region: {
            startLine: finding.line,
            ...(finding.column === undefined ? {} : { startColumn: finding.column }),
            ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
            ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
          },
        },
      },
    ];
  }
  return result;
}

/** The SARIF log of a verdict: one run, the gate as the tool, one rule per check name. */
export function renderSarif(verdict: Verdict, options: { version: string }): Log {
  const ruleIds = [...new Set(verdict.findings.map((f) => f.rule ?? f.title))].sort();
  const docs = new Map(verdict.findings.map((f) => [f.rule ?? f.title, f.docsUrl]));
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const helpUri = docs.get(id);
    return helpUri === undefined || !/^https?:\/\//u.test(helpUri) ? { id } : { id, helpUri };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `kaizen-gates ${verdict.gate}`,
            version: options.version,
            rules,
          },
        },
        automationDetails: { id: `kaizen-gates/${verdict.gate}/${verdict.key}/` },
        results: verdict.findings.map(toResult),
      },
    ],
  };
}
