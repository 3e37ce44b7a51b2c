/**
 * The pull-request comment: what a reviewer reads first. It leads with the outcome and the
 * headline figures, keeps collapsed what the gate marked as detail, and stays within GitHub's
 * limit on comment bodies by leaving out the least important rows, saying where to find them.
 */
import type { Finding, GateName, Verdict } from '../verdict/types.js';
import { escapeTableCell, inlineCode } from './escape.js';
import { severityIcon } from './labels.js';
import {
  dropOrderFor,
  fitMarkdown,
  type FittableReport,
  type ShrinkablePart,
} from './fit-markdown.js';
import {
  chartsBlock,
  COMMENT_LIMITS,
  existingFindingsBlock,
  findingsByCheckBlock,
  findingLocation,
  findingsListBlock,
  footerBlock,
  headlineBlock,
  tableParts,
  metricsBlock,
  moreWhere,
  notesBlock,
  moreLine,
  prepareTable,
  lineUrl,
  sortFindings,
  type FieldLimits,
  type MoreWhere,
  type PreparedTable,
} from './markdown-blocks.js';
import { COMMENT_SECTION_LIMITS, sectionsPart } from './section-blocks.js';
import { commitsFragment, type ReportCommits } from './commits.js';

/**
 * GitHub rejects issue and pull-request comment bodies over 65,536 characters; the transport
 * prepends its hidden marker, for which 1,024 characters are kept free.
 */
export const COMMENT_LENGTH_LIMIT = 65_536 - 1_024;

/**
 * At most this many findings are listed in a comment of a gate that lists findings one by one;
 * the job summary lists them all. Gates whose findings are grouped by check (see
 * {@link CHECK_GROUPED_GATES}) list as many as the comment has room for.
 */
export const COMMENT_FINDINGS_LIMIT = 30;

/**
 * Gates whose findings are many and come from a set of named checks (a linter's): their comment
 * lists the errors first, then the warnings grouped by check with a count per check, fills the
 * comment's room before leaving findings out, and lists the findings a change did not bring
 * (`existing`) apart, collapsed. The findings come before the tables there: they are what the
 * reader acts on.
 */
const CHECK_GROUPED_GATES: ReadonlySet<GateName> = new Set(['prom-lint']);

/** Options of {@link renderComment}. */
export interface CommentOptions {
  /** Version of kaizen-gates, shown in the footer. */
  version: string;
  /**
   * Maximum length in UTF-16 code units (at least GitHub's count of characters); defaults to
   * {@link COMMENT_LENGTH_LIMIT}.
   */
  maxLength?: number;
  /** Where the full report can be read, e.g. `the job summary`; named in every "… more" line. */
  summaryHint?: string;
  /** Link to the full report (the workflow run); http(s) only, anything else is ignored. */
  detailsUrl?: string;
  /**
   * Web address of the files of the commit under review, e.g.
   * `https://github.com/o/r/blob/<sha>`: the locations of findings outside the changed lines
   * (`annotate: false`), which have no annotation to click, then link to their lines.
   */
  fileUrl?: string;
  /** The base and head commits, shown in the footer as short linked SHAs (see commits.ts). */
  commits?: ReportCommits;
}

/**
 * The findings marked `annotate: false` (outside the lines a pull request changed) as a table of
 * their own, locations linked to their lines when `fileUrl` is known: the reader finds them
 * here, since the diff does not show them. The first `kept`, then how many were left out.
 */
function unannotatedBlock(
  sorted: readonly Finding[],
  kept: number,
  limits: FieldLimits,
  where: MoreWhere,
  fileUrl: string | undefined,
): string {
  if (sorted.length === 0) return '';
  const parts = ['#### Outside the changed lines'];
  if (kept > 0) {
    const rows = sorted.slice(0, kept).map((finding) => {
      const location = findingLocation(finding);
      const code = location === '' ? '' : inlineCode(location, { inTable: true, maxLength: 300 });
      const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
      const title = escapeTableCell(finding.title, { maxLength: limits.findingTitle });
      const message = escapeTableCell(finding.message, { maxLength: limits.findingMessage });
      return `| ${severityIcon(finding.severity)} ${finding.severity} | ${href === undefined || code === '' ? code : `[${code}](${href})`} | ${title === '' ? message : `**${title}**: ${message}`} |`;
    });
    parts.push(['| Severity | Location | Finding |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  if (kept < sorted.length) parts.push(moreLine(sorted.length - kept, 'finding', where));
  return parts.join('\n\n');
}

/** The parts every comment lays out alike: notes, sections, tables and charts. */
function sharedParts(
  verdict: Verdict,
  prepared: readonly PreparedTable[],
  where: MoreWhere,
  degraded: boolean,
): {
  notes: ShrinkablePart;
  sections: ShrinkablePart;
  tables: ReturnType<typeof tableParts>;
  charts: ShrinkablePart;
} {
  const limits: FieldLimits = COMMENT_LIMITS;
  return {
    notes: {
      size: verdict.notes.length,
      render: (kept) => notesBlock(verdict.notes, kept, limits, where),
    },
    sections: sectionsPart(verdict.sections ?? [], {
      honourCollapsed: true,
      limits: COMMENT_SECTION_LIMITS,
      where,
    }),
    tables: tableParts(prepared, { honourCollapsed: true, degraded, limits, where }),
    charts: {
      size: verdict.charts.length,
      render: (kept) => chartsBlock(verdict.charts, kept, where),
    },
  };
}

/**
 * The parts of a comment of a gate in {@link CHECK_GROUPED_GATES}: headline, metrics, notes,
 * the findings of the change grouped by check, the existing ones collapsed, then sections,
 * tables and charts. Existing findings give way first, then tables, then the change's own
 * findings (warnings before errors, every check keeping examples), then notes.
 */
function checkGroupedReport(
  verdict: Verdict,
  prepared: readonly PreparedTable[],
  options: CommentOptions,
  where: MoreWhere,
  degraded: boolean,
): FittableReport {
  const limits: FieldLimits = COMMENT_LIMITS;
  const fresh = sortFindings(verdict.findings.filter((f) => f.existing !== true));
  const existing = sortFindings(verdict.findings.filter((f) => f.existing === true));
  const { notes, sections, tables, charts } = sharedParts(verdict, prepared, where, degraded);
  const findingsPart: ShrinkablePart = {
    size: fresh.length,
    render: (kept) => findingsByCheckBlock(fresh, kept, limits, where, options.fileUrl),
  };
  const existingPart: ShrinkablePart = {
    size: existing.length,
    render: (kept) => existingFindingsBlock(existing, kept, limits, where, options.fileUrl),
  };
  return {
    parts: [
      headlineBlock(verdict, limits),
      metricsBlock(verdict.metrics, limits),
      notes,
      findingsPart,
      existingPart,
      sections,
      ...tables.map((entry) => entry.part),
      charts,
      footerBlock(verdict, options.version, options.detailsUrl, commitsFragment(options.commits)),
    ],
    dropOrder: dropOrderFor(tables, [existingPart, charts, sections], [findingsPart, notes]),
  };
}

/** The parts of a comment, laid out in full or, when `degraded`, for giving way. */
function commentReport(
  verdict: Verdict,
  prepared: readonly PreparedTable[],
  options: CommentOptions,
  where: MoreWhere,
  degraded: boolean,
): FittableReport {
  const limits: FieldLimits = COMMENT_LIMITS;
  const findings = sortFindings(verdict.findings.filter((f) => f.annotate !== false));
  const unannotated = sortFindings(verdict.findings.filter((f) => f.annotate === false));
  const { notes, sections, tables, charts } = sharedParts(verdict, prepared, where, degraded);
  const findingsPart: ShrinkablePart = {
    size: Math.min(findings.length, COMMENT_FINDINGS_LIMIT),
    render: (kept) => findingsListBlock(findings, kept, limits, where, options.fileUrl),
  };
  const unannotatedPart: ShrinkablePart = {
    size: Math.min(unannotated.length, COMMENT_FINDINGS_LIMIT),
    render: (kept) => unannotatedBlock(unannotated, kept, limits, where, options.fileUrl),
  };
  return {
    parts: [
      headlineBlock(verdict, limits),
      metricsBlock(verdict.metrics, limits),
      notes,
      sections,
      ...tables.map((entry) => entry.part),
      findingsPart,
      unannotatedPart,
      charts,
      footerBlock(verdict, options.version, options.detailsUrl, commitsFragment(options.commits)),
    ],
    dropOrder: dropOrderFor(tables, [charts, sections], [unannotatedPart, findingsPart, notes]),
  };
}

/**
 * Renders the pull-request comment for a verdict: status icon and headline, metrics, notes
 * (warnings as `> [!WARNING]` alerts), sections (collapsed ones in `<details>`), tables
 * (collapsed ones in `<details>`), findings grouped
 * by severity (at most {@link COMMENT_FINDINGS_LIMIT}), findings outside the changed lines
 * (`annotate: false`) as a table of their own (as many again), Mermaid charts, and a footer
 * naming the gate and version. Every user string is escaped (see `escape.ts`). A linter's
 * comment ({@link CHECK_GROUPED_GATES}) lays its findings out as `checkGroupedReport` says:
 * errors, then warnings by check, as many as fit, existing ones collapsed apart.
 *
 * When the result would exceed `maxLength`, less important tables are collapsed and whole rows
 * are left out, from the end of the table with the highest `dropPriority` first, then charts, then
 * the items of sections (a section left empty is left out whole), then rows of the other tables,
 * then findings, then notes; each part says how many items it left
 * out and where they are. Markdown is never cut, so the comment stays balanced. Deterministic:
 * the same verdict and options give the same text.
 *
 * @throws Error when `maxLength` is too small for even a headline and a footer.
 */
export function renderComment(verdict: Verdict, options: CommentOptions): string {
  const limit = options.maxLength ?? COMMENT_LENGTH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`renderComment: maxLength must be a positive integer (got ${String(limit)})`);
  }
  const where = moreWhere(options.summaryHint, options.detailsUrl, 'not shown');
  const prepared = verdict.tables.map((table) => prepareTable(table, COMMENT_LIMITS));
  const pointer =
    where === 'not shown'
      ? '_The full report is too long for a comment._'
      : `_The full report is too long for a comment; read it ${where}._`;
  const minimal = [
    headlineBlock(verdict, { ...COMMENT_LIMITS, headline: 200 }),
    pointer,
    footerBlock(verdict, options.version, options.detailsUrl, commitsFragment(options.commits)),
  ].join('\n\n');
  const layout = CHECK_GROUPED_GATES.has(verdict.gate) ? checkGroupedReport : commentReport;
  return fitMarkdown({
    full: layout(verdict, prepared, options, where, false),
    degraded: layout(verdict, prepared, options, where, true),
    minimal,
    limit,
    measure: (text) => text.length,
    caller: 'renderComment',
  });
}
