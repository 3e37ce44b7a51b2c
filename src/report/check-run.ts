/**
 * The check run: a conclusion for branch protection, a summary and text for the Checks tab, and
 * annotations that put findings on the lines of the diff. Everything is cut to the Checks API's
 * limits here, so the transport only sends.
 */
import type { Finding, Verdict } from '../verdict/types.js';
import type { Annotation, CheckConclusion, CheckRunReport } from './types.js';
import {
  dropOrderFor,
  fitMarkdown,
  type FittableReport,
  type ShrinkablePart,
} from './fit-markdown.js';
import { countOf, assertNever } from './labels.js';
import {
  existingFindingsTablePart,
  findingRows as toFindingRows,
  findingsTableBlock,
  footerBlock,
  FULL_LIMITS,
  headlineBlock,
  tableParts,
  metricsBlock,
  notesBlock,
  prepareTable,
  safeLinkUrl,
  sortFindings,
} from './markdown-blocks.js';
import { FULL_SECTION_LIMITS, sectionsPart } from './section-blocks.js';
import { commitsFragment, type ReportCommits } from './commits.js';
import { sanitizeText, truncateText } from './text.js';

/** The Checks API rejects an output title, summary or text over 65,535 characters. */
export const CHECK_RUN_TEXT_LIMIT = 65_535;

/** A title longer than this is cut: GitHub shows it on one line, and 255 reads as a title. */
export const CHECK_RUN_TITLE_LIMIT = 255;

/** The Checks API accepts annotation titles of at most 255 characters. */
const ANNOTATION_TITLE_LIMIT = 255;

/**
 * Annotation messages are limited to 64 KiB; 16,000 UTF-16 code units are at most 48,000 UTF-8
 * bytes, well inside it, and longer messages do not read well in the diff anyway.
 */
const ANNOTATION_MESSAGE_LIMIT = 16_000;

/** Default cap on annotations per check run (the API takes 50 per request; this bounds requests). */
export const DEFAULT_MAX_ANNOTATIONS = 1_000;

/** Options of {@link buildCheckRunReport}. */
export interface CheckRunOptions {
  /** Name of the check run, e.g. `kaizen-gates / bench`. */
  name: string;
  /** When true (`fail-on: never`), a failed gate concludes `neutral` so it never blocks a merge. */
  advisory: boolean;
  /** Most annotations sent; findings beyond it are counted in `omittedAnnotations`. Default 1,000. */
  maxAnnotations?: number;
  /** Version of kaizen-gates, shown in the footer. */
  version: string;
  /** The base and head commits, shown in the text's footer as short linked SHAs (commits.ts). */
  commits?: ReportCommits;
}

/**
 * Check-run conclusion for a status: pass is success, warn neutral, fail failure (neutral when
 * advisory), and error always failure, since a gate that could not decide must not pass quietly.
 */
export function checkConclusion(status: Verdict['status'], advisory: boolean): CheckConclusion {
  switch (status) {
    case 'pass':
      return 'success';
    case 'warn':
      return 'neutral';
    case 'fail':
      return advisory ? 'neutral' : 'failure';
    case 'error':
      return 'failure';
    default:
      return assertNever(status);
  }
}

const isPositiveInteger = (value: number | undefined): value is number =>
  value !== undefined && Number.isInteger(value) && value >= 1;

function annotationLevel(severity: Finding['severity']): Annotation['annotation_level'] {
  switch (severity) {
    case 'error':
      return 'failure';
    case 'warning':
      return 'warning';
    case 'notice':
      return 'notice';
    default:
      return assertNever(severity);
  }
}

/**
 * The annotation for a finding, or `undefined` when it has no file and valid 1-based line. An
 * `endLine` before `line` is ignored; columns are kept only on a one-line range, as the API
 * requires, and `endColumn` only when it does not precede `column`.
 */
export function toAnnotation(finding: Finding): Annotation | undefined {
  const path = sanitizeText(finding.file ?? '').trim();
  if (path === '' || !isPositiveInteger(finding.line)) return undefined;
  const startLine = finding.line;
  const endLine =
    isPositiveInteger(finding.endLine) && finding.endLine >= startLine
      ? finding.endLine
      : startLine;
  const title = sanitizeText(
    finding.rule === undefined ||
      finding.rule === '' ||
      finding.rule.trim() === finding.title.trim()
      ? finding.title
      : `${finding.title} (${finding.rule})`,
  ).trim();
  // An annotation is plain text: the check's documentation is named by its address, last, so a
  // cut message still keeps its start.
  const docs = finding.docsUrl === undefined ? undefined : safeLinkUrl(finding.docsUrl);
  const text = sanitizeText(finding.message, { newlines: 'keep' }).trim();
  const message = docs === undefined || text === '' ? text : `${text}\n\nDocs: ${docs}`;
  const annotation: Annotation = {
    path,
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotationLevel(finding.severity),
    message: truncateText(message === '' ? title || 'Finding' : message, ANNOTATION_MESSAGE_LIMIT),
  };
  if (startLine === endLine && isPositiveInteger(finding.column)) {
    annotation.start_column = finding.column;
    annotation.end_column =
      isPositiveInteger(finding.endColumn) && finding.endColumn >= finding.column
        ? finding.endColumn
        : finding.column;
  }
  if (title !== '') annotation.title = truncateText(title, ANNOTATION_TITLE_LIMIT);
  return annotation;
}

const WHERE = 'not shown (a check run holds at most 65,535 characters per field)';

/**
 * Builds everything a check run shows for a verdict. The title is the plain headline (at most
 * {@link CHECK_RUN_TITLE_LIMIT} characters); the summary holds the headline figures, notes and a
 * note on annotations left out; the text holds the sections, the tables and every finding (those a change did not
 * bring, `existing`, in a table of their own, never annotated). Both fit
 * {@link CHECK_RUN_TEXT_LIMIT} by leaving out whole rows as the comment does. Annotations come
 * from findings with a file and line that are not marked `annotate: false`, errors first, capped
 * at `maxAnnotations`; the rest are counted in `omittedAnnotations`.
 *
 * @throws Error when `maxAnnotations` is not a non-negative integer.
 */
export function buildCheckRunReport(verdict: Verdict, options: CheckRunOptions): CheckRunReport {
  const maxAnnotations = options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0) {
    throw new Error(
      `buildCheckRunReport: maxAnnotations must be a non-negative integer (got ${String(maxAnnotations)})`,
    );
  }
  const sorted = sortFindings(verdict.findings);
  // Findings marked `annotate: false` (outside a pull request's changed lines) are in the text
  // below but not on the diff; they are not counted as omitted either.
  const placed = sorted.flatMap((finding) =>
    finding.annotate === false || finding.existing === true ? [] : (toAnnotation(finding) ?? []),
  );
  const annotations = placed.slice(0, maxAnnotations);
  const omittedAnnotations = placed.length - annotations.length;

  const headline = sanitizeText(verdict.headline).trim();
  const title = truncateText(
    headline === '' ? `${verdict.gate}: ${verdict.status}` : headline,
    CHECK_RUN_TITLE_LIMIT,
  );

  const annotationNote =
    omittedAnnotations === 0
      ? ''
      : [
          '> [!NOTE]',
          `> ${countOf(omittedAnnotations, 'finding')} with a place in a file ${omittedAnnotations === 1 ? 'was' : 'were'} not annotated: ` +
            `a check run here carries at most ${countOf(maxAnnotations, 'annotation')} (errors first). ` +
            'Every finding is listed in the details below.',
        ].join('\n');
  const notes: ShrinkablePart = {
    size: verdict.notes.length,
    render: (kept) => notesBlock(verdict.notes, kept, FULL_LIMITS, WHERE),
  };
  const summaryReport: FittableReport = {
    parts: [
      headlineBlock(verdict, FULL_LIMITS),
      metricsBlock(verdict.metrics, FULL_LIMITS),
      annotationNote,
      notes,
    ],
    dropOrder: [notes],
  };
  const summary = fitMarkdown({
    full: summaryReport,
    minimal: [headlineBlock(verdict, { ...FULL_LIMITS, headline: 200 }), annotationNote].join(
      '\n\n',
    ),
    limit: CHECK_RUN_TEXT_LIMIT,
    measure: (text) => text.length,
    caller: 'buildCheckRunReport',
  });

  const footer = footerBlock(verdict, options.version, undefined, commitsFragment(options.commits));
  const prepared = verdict.tables.map((table) => prepareTable(table, FULL_LIMITS));
  const findingRows = toFindingRows(verdict.findings, FULL_LIMITS);
  const textReport = (degraded: boolean): FittableReport => {
    const sections = sectionsPart(verdict.sections ?? [], {
      honourCollapsed: true,
      limits: FULL_SECTION_LIMITS,
      where: WHERE,
    });
    const tables = tableParts(prepared, {
      honourCollapsed: true,
      degraded,
      limits: FULL_LIMITS,
      where: WHERE,
    });
    const findings: ShrinkablePart = {
      size: findingRows.fresh.length,
      render: (kept) => findingsTableBlock(findingRows.fresh, kept, WHERE),
    };
    const existing = existingFindingsTablePart(findingRows.existing, WHERE);
    return {
      parts: [sections, ...tables.map((entry) => entry.part), findings, existing, footer],
      dropOrder: dropOrderFor(tables, [existing, sections], [findings]),
    };
  };
  const text = fitMarkdown({
    full: textReport(false),
    degraded: textReport(true),
    minimal: ['_The details are too long for a check run._', footer].join('\n\n'),
    limit: CHECK_RUN_TEXT_LIMIT,
    measure: (value) => value.length,
    caller: 'buildCheckRunReport',
  });

  return {
    name: truncateText(sanitizeText(options.name).trim(), CHECK_RUN_TITLE_LIMIT),
    title,
    summary,
    text,
    conclusion: checkConclusion(verdict.status, options.advisory),
    annotations,
    omittedAnnotations,
  };
}
