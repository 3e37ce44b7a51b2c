/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): the full report, every table expanded and every
 * finding listed, for the reader who follows "… more rows in the job summary".
 */
import type { Verdict } from '../verdict/types.js';
import {
  dropOrderFor,
  fitMarkdown,
  type FittableReport,
  type ShrinkablePart,
} from './fit-markdown.js';
import {
  chartsBlock,
  existingFindingsTablePart,
  findingRows as toFindingRows,
  findingsTableBlock,
  type FindingRows,
  footerBlock,
  FULL_LIMITS,
  headlineBlock,
  tableParts,
  metricsBlock,
  notesBlock,
  prepareTable,
  type PreparedTable,
} from './markdown-blocks.js';
import { FULL_SECTION_LIMITS, sectionsPart } from './section-blocks.js';
import { commitsFragment, type ReportCommits } from './commits.js';
import { utf8Length } from './text.js';

/**
 * GitHub accepts at most 1 MiB (1,048,576 bytes) of job summary per step and drops larger ones
 * with an error annotation instead of showing them.
 */
export const JOB_SUMMARY_BYTE_LIMIT = 1_048_576;

/** Options of {@link renderJobSummary}. */
export interface JobSummaryOptions {
  /** Version of kaizen-gates, shown in the footer. */
  version: string;
  /** Maximum size in UTF-8 bytes; defaults to {@link JOB_SUMMARY_BYTE_LIMIT}. */
  maxBytes?: number;
  /** The base and head commits, shown in the footer as short linked SHAs (see commits.ts). */
  commits?: ReportCommits;
}

/** Said where items are left out: there is nowhere further to send the reader. */
const WHERE = 'not shown (a job summary holds at most 1 MiB)';

function summaryReport(
  verdict: Verdict,
  prepared: readonly PreparedTable[],
  findingRows: FindingRows,
  footer: string,
  degraded: boolean,
): FittableReport {
  const notes: ShrinkablePart = {
    size: verdict.notes.length,
    render: (kept) => notesBlock(verdict.notes, kept, FULL_LIMITS, WHERE),
  };
  const sections = sectionsPart(verdict.sections ?? [], {
    honourCollapsed: false,
    limits: FULL_SECTION_LIMITS,
    where: WHERE,
  });
  const tables = tableParts(prepared, {
    honourCollapsed: false,
    degraded,
    limits: FULL_LIMITS,
    where: WHERE,
  });
  const findings: ShrinkablePart = {
    size: findingRows.fresh.length,
    render: (kept) => findingsTableBlock(findingRows.fresh, kept, WHERE),
  };
  const existing = existingFindingsTablePart(findingRows.existing, WHERE);
  const charts: ShrinkablePart = {
    size: verdict.charts.length,
    render: (kept) => chartsBlock(verdict.charts, kept, WHERE),
  };
  return {
    parts: [
      headlineBlock(verdict, FULL_LIMITS),
      metricsBlock(verdict.metrics, FULL_LIMITS),
      notes,
      sections,
      ...tables.map((entry) => entry.part),
      findings,
      existing,
      charts,
      footer,
    ],
    dropOrder: dropOrderFor(tables, [existing, charts, sections], [findings, notes]),
  };
}

/**
 * Renders the job summary for a verdict: headline, metrics, notes, every section and every table
 * in full and open (the `collapsed` flag is for the comment only), every finding in one table sorted by severity
 * (those a change did not bring, `existing`, in a table of their own after it), charts, and the footer. Past `maxBytes` it gives way like the comment (see `renderComment`)
 * and says what it left out. Deterministic.
 *
 * @throws Error when `maxBytes` is too small for even a headline and a footer.
 */
export function renderJobSummary(verdict: Verdict, options: JobSummaryOptions): string {
  const limit = options.maxBytes ?? JOB_SUMMARY_BYTE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`renderJobSummary: maxBytes must be a positive integer (got ${String(limit)})`);
  }
  const prepared = verdict.tables.map((table) => prepareTable(table, FULL_LIMITS));
  const findingRows = toFindingRows(verdict.findings, FULL_LIMITS);
  const footer = footerBlock(verdict, options.version, undefined, commitsFragment(options.commits));
  const minimal = [
    headlineBlock(verdict, { ...FULL_LIMITS, headline: 200 }),
    '_The full report is too large for a job summary._',
    footer,
  ].join('\n\n');
  return fitMarkdown({
    full: summaryReport(verdict, prepared, findingRows, footer, false),
    degraded: summaryReport(verdict, prepared, findingRows, footer, true),
    minimal,
    limit,
    measure: utf8Length,
    caller: 'renderJobSummary',
  });
}
