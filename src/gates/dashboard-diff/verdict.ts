/**
 * Turns a run's diffs, lint findings and load problems into the shared verdict: a headline that
 * counts the changes, one section per changed dashboard (changes panel by panel, query diffs,
 * layout picture, view state apart), the lint findings, and a footer counting what was hidden as
 * noise. Pure. The fail-on policy is applied by the caller, as for every gate.
 */
import { countOf } from '../../report/labels.js';
import type {
  Finding,
  Metric,
  Section,
  SectionBlock,
  Span,
  Status,
  Verdict,
} from '../../verdict/types.js';
import { dashboardSection, layoutChanged } from './render/dashboard-section.js';
import { noiseText, sumNoise } from './render/noise-footer.js';
import type { DashboardChange, DashboardDiff, DashboardDiffResult, LoadProblem } from './types.js';

/** Options of {@link buildDashboardDiffVerdict}. */
export interface DashboardDiffVerdictOptions {
  /** Distinguishes several runs of the gate in one workflow. */
  key: string;
}

/** With more changed dashboards than this, each one's section starts collapsed in the comment. */
const MAX_OPEN_SECTIONS = 5;

/** Check name of a file that could not be read, on its finding. */
const LOAD_RULE = 'dashboard-diff/load';

/** True when a dashboard has a change to report (view state alone is reported apart). */
const hasChanges = (diff: DashboardDiff): boolean =>
  diff.status === 'added' || diff.status === 'removed' || diff.changes.length > 0;

/** A load problem as an error finding on its file and line. */
function problemFinding(problem: LoadProblem): Finding {
  return {
    severity: 'error',
    file: problem.file,
    ...(problem.line === undefined ? {} : { line: problem.line }),
    ...(problem.column === undefined ? {} : { column: problem.column }),
    rule: LOAD_RULE,
    title: 'Dashboard could not be read',
    message: problem.location === '' ? problem.message : `${problem.location}: ${problem.message}`,
  };
}

/** The key that tells panels apart across dashboards: file, place in the file, panel. */
const panelKey = (change: DashboardChange, diff: DashboardDiff): string =>
  `${diff.file}\u0000${diff.location}\u0000${change.panel ?? ''}`;

/** Counts for the headline and metrics. */
interface Tally {
  dashboardsChanged: number;
  dashboardsAdded: number;
  dashboardsRemoved: number;
  changes: number;
  panelChanges: number;
  queryChanges: number;
  otherChanges: number;
  panelsAdded: number;
  panelsRemoved: number;
  panelsModified: number;
  viewOnly: number;
  errors: number;
  warnings: number;
}

function tally(result: DashboardDiffResult): Tally {
  const changed = result.diffs.filter(hasChanges);
  const all = changed.flatMap((diff) => diff.changes.map((change) => ({ diff, change })));
  // A panel added or removed is not also modified, whatever else its records say (its queries).
  const addedOrRemoved = new Set(
    all
      .filter(
        ({ change }) =>
          change.area === 'panel' && (change.kind === 'added' || change.kind === 'removed'),
      )
      .map(({ change, diff }) => panelKey(change, diff)),
  );
  const modifiedPanels = new Set(
    all
      .filter(
        ({ change }) =>
          (change.area === 'panel' || change.area === 'query') && change.panel !== undefined,
      )
      .map(({ change, diff }) => panelKey(change, diff))
      .filter((key) => !addedOrRemoved.has(key)),
  );
  const panelCount = (kind: DashboardChange['kind']): number =>
    all.filter(({ change }) => change.area === 'panel' && change.kind === kind).length;
  const queryRecords = all.filter(({ change }) => change.area === 'query');
  // Queries changed, not records: a query whose text and legend changed is one query.
  const queryChanges = new Set(
    queryRecords.map(
      ({ change, diff }) => `${panelKey(change, diff)}\u0000${change.subject ?? ''}`,
    ),
  ).size;
  const panelChanges = all.filter(({ change }) => change.area === 'panel').length;
  const errors =
    result.findings.filter((finding) => finding.severity === 'error').length +
    result.problems.length;
  return {
    dashboardsChanged: changed.length,
    dashboardsAdded: changed.filter((diff) => diff.status === 'added').length,
    dashboardsRemoved: changed.filter((diff) => diff.status === 'removed').length,
    changes: all.length,
    panelChanges,
    queryChanges,
    otherChanges: all.length - panelChanges - queryRecords.length,
    panelsAdded: panelCount('added'),
    panelsRemoved: panelCount('removed'),
    panelsModified: modifiedPanels.size,
    viewOnly: result.diffs.filter((diff) => !hasChanges(diff) && diff.viewChanges.length > 0)
      .length,
    errors,
    warnings: result.findings.filter((finding) => finding.severity === 'warning').length,
  };
}

/**
 * `2 dashboards changed since origin/main: 5 panel changes, 1 query changed; lint: 1 error`, or
 * `no dashboard changes`, with what else the reader must know (unreadable files).
 */
function headlineOf(result: DashboardDiffResult, counts: Tally): string {
  const since = result.against === undefined || result.against === '' ? '' : ` ${result.against}`;
  let main: string;
  if (counts.dashboardsChanged === 0) {
    main = `no dashboard changes${since}`;
    if (counts.viewOnly > 0) {
      main += ` (view state only in ${countOf(counts.viewOnly, 'dashboard')})`;
    }
  } else {
    const what = [
      counts.dashboardsAdded > 0 ? `${countOf(counts.dashboardsAdded, 'dashboard')} added` : '',
      counts.dashboardsRemoved > 0
        ? `${countOf(counts.dashboardsRemoved, 'dashboard')} deleted`
        : '',
      counts.panelChanges > 0 ? countOf(counts.panelChanges, 'panel change') : '',
      counts.queryChanges > 0 ? `${countOf(counts.queryChanges, 'query', 'queries')} changed` : '',
      counts.otherChanges > 0 ? countOf(counts.otherChanges, 'other change') : '',
    ].filter((part) => part !== '');
    main = `${countOf(counts.dashboardsChanged, 'dashboard')} changed${since}`;
    if (what.length > 0) main += `: ${what.join(', ')}`;
  }
  const lintErrors = counts.errors - result.problems.length;
  const lint = [
    lintErrors > 0 ? countOf(lintErrors, 'error') : '',
    counts.warnings > 0 ? countOf(counts.warnings, 'warning') : '',
  ].filter((part) => part !== '');
  const tail = [
    lint.length > 0 ? `lint: ${lint.join(', ')}` : '',
    result.problems.length > 0
      ? `${countOf(result.problems.length, 'unreadable dashboard file')}`
      : '',
  ].filter((part) => part !== '');
  const text = [main, ...tail].join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function metricsOf(counts: Tally): Metric[] {
  return [
    {
      key: 'dashboards-changed',
      label: 'Dashboards changed',
      value: counts.dashboardsChanged,
      output: true,
    },
    { key: 'changes', label: 'Changes', value: counts.changes, output: true },
    { key: 'panels-added', label: 'Panels added', value: counts.panelsAdded, output: true },
    { key: 'panels-removed', label: 'Panels removed', value: counts.panelsRemoved, output: true },
    {
      key: 'panels-modified',
      label: 'Panels modified',
      value: counts.panelsModified,
      output: true,
    },
    { key: 'lint-errors', label: 'Lint errors', value: counts.errors, output: true },
    { key: 'lint-warnings', label: 'Lint warnings', value: counts.warnings, output: true },
  ];
}

/**
 * The last section: what was hidden as noise over every dashboard looked at, the dashboards
 * whose only differences were noise, and the files skipped (collapsed). It gives way last.
 */
function footerSection(result: DashboardDiffResult): Section | undefined {
  if (result.diffs.length === 0 && result.skipped.length === 0) return undefined;
  const blocks: SectionBlock[] = [];
  if (result.diffs.length > 0) {
    const noise = noiseText(sumNoise(result.diffs.map((diff) => diff.hidden)));
    const unchanged = result.diffs.filter(
      (diff) => !hasChanges(diff) && diff.viewChanges.length === 0,
    ).length;
    const sentence = noise.charAt(0).toUpperCase() + noise.slice(1);
    const spans: Span[] = [
      `${sentence} (over ${countOf(result.diffs.length, 'dashboard')} compared).`,
    ];
    if (unchanged > 0) {
      spans.push(
        ` ${countOf(unchanged, 'dashboard')} in changed files ${unchanged === 1 ? 'has' : 'have'} no change but noise.`,
      );
    }
    blocks.push({ kind: 'paragraph', spans });
  }
  if (result.skipped.length > 0) {
    blocks.push({
      kind: 'details',
      summary: `${countOf(result.skipped.length, 'file')} skipped`,
      blocks: [
        {
          kind: 'list',
          items: result.skipped.map((skipped) => [
            { text: skipped.file, code: true },
            `: ${skipped.reason}`,
          ]),
        },
      ],
    });
  }
  return { id: 'noise', title: '', blocks, dropPriority: -1 };
}

/** Every change of every dashboard as one flat record list (`data.changes`), view state included. */
function flatChanges(diffs: readonly DashboardDiff[]): DashboardChange[] {
  return diffs.flatMap((diff) => [...diff.changes, ...diff.viewChanges]);
}

/**
 * Builds the dashboard-diff verdict. Status: `fail` when the lint found an error or a dashboard
 * file could not be read, `warn` on lint warnings, else `pass` (changes alone never fail).
 * Metrics (published as outputs): dashboards changed, changes, panels added, removed and
 * modified, lint errors (unreadable files included) and warnings. Sections: one per dashboard
 * with changes or view-state changes, in the order of `result.diffs`, then the noise footer.
 * Findings: the lint's, then one error per load problem on its file and line. `data.changes`
 * holds every change record; `data.dashboards` one summary per dashboard compared.
 */
export function buildDashboardDiffVerdict(
  result: DashboardDiffResult,
  options: DashboardDiffVerdictOptions,
): Verdict {
  const counts = tally(result);
  const status: Status = counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
  const shown = result.diffs.filter((diff) => hasChanges(diff) || diff.viewChanges.length > 0);
  const collapsed = shown.length > MAX_OPEN_SECTIONS;
  const sections = shown.map((diff, index) =>
    dashboardSection(diff, { id: `dashboard-${index + 1}`, collapsed }),
  );
  const footer = footerSection(result);
  if (footer !== undefined) sections.push(footer);
  return {
    schemaVersion: 1,
    gate: 'dashboard-diff',
    key: options.key,
    status,
    headline: headlineOf(result, counts),
    metrics: metricsOf(counts),
    tables: [],
    findings: [...result.findings, ...result.problems.map(problemFinding)],
    notes: [],
    charts: [],
    sections,
    data: {
      changes: flatChanges(result.diffs),
      dashboards: result.diffs.map((diff) => ({
        dashboard: diff.dashboard,
        ...(diff.uid === undefined ? {} : { uid: diff.uid }),
        file: diff.file,
        ...(diff.location === '' ? {} : { location: diff.location }),
        ...(diff.baseFile === undefined ? {} : { baseFile: diff.baseFile }),
        status: diff.status,
        changes: diff.changes.length,
        viewChanges: diff.viewChanges.length,
        layoutChanged: layoutChanged(diff),
        hidden: diff.hidden,
      })),
      problems: result.problems,
      skipped: result.skipped,
      ...(result.against === undefined ? {} : { against: result.against }),
      ...(result.commits === undefined ? {} : { commits: result.commits }),
    },
  };
}
