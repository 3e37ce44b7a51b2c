/**
 * The coverage gate's one code path, shared by the action and the CLI: read and merge the
 * reports, map their paths onto the repository, find the change under review and the base's
 * stored coverage, check the thresholds, and return the verdict; on the default branch, store
 * this commit's coverage for later pull requests. All I/O comes in through `CoverageIo`; every
 * stage it calls is pure.
 */
import type { ChangeLookup } from '../../diff/changed-lines.js';
import { changedFileVersions } from '../../io/changed-file-versions.js';
import { localChanges } from '../../io/local-changes.js';
import type { SnapshotStore } from '../../history/snapshot.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { InputSource } from '../../shared/inputs.js';
import type { Logger } from '../../shared/logger.js';
import type { Verdict } from '../../verdict/types.js';
import { analyzeCoverage, commitCoverageOf } from './analyze.js';
import { findCoverageBase, serializeCoverageSnapshot } from './history.js';
import { readCoverageInputs, type CoverageInputs } from './inputs.js';
import { mapToRepository } from './paths.js';
import { readCoverageReports, type ReadReport, type ReportReaderIo } from './read-reports.js';
import type { MergedCoverage } from './parse/merge.js';
import type {
  CoverageAnalysis,
  CoverageBase,
  CoverageTotals,
  GoModule,
  PathMapping,
} from './types.js';
import { buildCoverageVerdict } from './verdict.js';
import { countOf } from '../../report/labels.js';

/** The I/O the coverage gate needs; the action and the CLI each provide one. */
export interface CoverageIo extends ReportReaderIo {
  logger: Logger;
  /** Absolute directory of the checkout the report paths and the change are relative to. */
  root: string;
  /** The repository's files (`git ls-files`, untracked ones not ignored included). */
  listRepositoryFiles(): Promise<string[]>;
  /** The Go modules (go.mod files) among `repoFiles`, asked only when a report is Go's. */
  readGoModules(repoFiles: readonly string[]): Promise<GoModule[]>;
  /**
   * The change under review since the merge base of `baseRef` (added lines per file, renames
   * followed); never throws, an `unavailable` lookup says why.
   */
  changes?(baseRef: string): Promise<ChangeLookup>;
  /** Storage of commits' coverage (COVERAGE_SNAPSHOT snapshots), when available. */
  store?: SnapshotStore;
  /** The merge base and its first-parent ancestors, nearest first. */
  ancestors?(): Promise<string[]>;
  /** The commit to store this run's coverage under, when this run should save it. */
  saveAs?: string;
  /** Clock, for the stored snapshot's time stamp. */
  now(): Date;
}

/**
 * Runs the gate from raw inputs.
 *
 * @param defaultBaseRef what `base-ref` is when it is not given (the action: the pull request's
 *   base commit).
 */
export function runCoverageGate(
  source: InputSource,
  io: CoverageIo,
  defaultBaseRef?: string,
): Promise<Verdict> {
  return runCoverage(readCoverageInputs(source, defaultBaseRef), io);
}

/** What {@link measureCoverage} found: the analysis and what it was made from. */
export interface CoverageMeasurement {
  analysis: CoverageAnalysis;
  mapping: PathMapping;
  /** The report files read. */
  reports: ReadReport[];
  /** What the change is, completing "changed …" (`since origin/main`), when it is known. */
  against?: string;
  /** Why a check the user asked for could not run (no change, no stored base). */
  notes: string[];
  /**
   * True when a check the user asked for could not run because something failed (git could not
   * tell the change, the stored base is damaged), not merely because there is nothing to compare
   * with: the verdict is then at least a warning, never a plain pass.
   */
  degraded: boolean;
  /** True for a totals-only report (coverage-summary.json): nothing per file to store. */
  totalsOnly: boolean;
}

/**
 * Reads the reports, maps them onto the repository, finds the change and the base, and analyses:
 * everything but the verdict and the storing.
 */
export async function measureCoverage(
  inputs: CoverageInputs,
  io: CoverageIo,
): Promise<CoverageMeasurement> {
  const { merged, reports } = await readCoverageReports(inputs.reports, inputs.format, io);
  for (const report of reports) {
    io.logger.info(`${report.path}: ${report.files} source files (${report.format})`);
  }
  for (const warning of merged.warnings) io.logger.warning(warning);

  const repoFiles = await io.listRepositoryFiles();
  const goModules = merged.formats.includes('go') ? await io.readGoModules(repoFiles) : [];
  const mapping = mapToRepository(merged, repoFiles, {
    fixes: inputs.pathFixes,
    goModules,
    root: io.root,
  });
  io.logger.info(
    `Mapped ${mapping.files.length} covered files onto the repository` +
      (mapping.unmatched.length === 0
        ? ''
        : `; ${mapping.unmatched.length} report paths match no file`),
  );

  const notes: string[] = [];
  const problems = { degraded: false };
  const change = await readChange(inputs, io, notes, problems);
  const base = await readBase(inputs, io, notes, problems);
  const analysis = analyzeCoverage({
    mapping,
    ...(change === undefined ? {} : { changes: change.changes }),
    ...(base === undefined ? {} : { base }),
    thresholds: inputs.thresholds,
    ...(merged.totalsOnly === undefined ? {} : { totalsOnly: totalsOf(merged.totalsOnly) }),
    warnings: merged.warnings,
  });
  return {
    analysis,
    mapping,
    reports,
    ...(change === undefined ? {} : { against: change.against }),
    notes,
    degraded: problems.degraded,
    totalsOnly: merged.totalsOnly !== undefined,
  };
}

/** A summary's totals as the analysis takes them (a summary without lines has none coverable). */
function totalsOf(stated: NonNullable<MergedCoverage['totalsOnly']>): CoverageTotals {
  return {
    lines: stated.lines ?? { covered: 0, total: 0 },
    ...(stated.branches === undefined ? {} : { branches: stated.branches }),
    ...(stated.functions === undefined ? {} : { functions: stated.functions }),
  };
}

/** Runs the coverage gate. Throws ConfigurationError on unusable input. */
export async function runCoverage(inputs: CoverageInputs, io: CoverageIo): Promise<Verdict> {
  const measured = await measureCoverage(inputs, io);
  const verdict = buildCoverageVerdict(measured.analysis, {
    key: inputs.common.key,
    ...(measured.against === undefined ? {} : { against: measured.against }),
    reportFiles: measured.reports.map((report) => report.path),
  });
  for (const text of measured.notes) {
    if (!verdict.notes.some((note) => note.text === text)) {
      verdict.notes.push({ level: 'warning', text });
    }
  }
  if (measured.degraded && verdict.status === 'pass') verdict.status = 'warn';
  if (io.saveAs !== undefined && io.store !== undefined) {
    if (measured.totalsOnly) {
      verdict.notes.push({
        level: 'info',
        text: 'Not stored for later drop checks: a coverage-summary.json has no per-file lines.',
      });
    } else {
      const coverage = commitCoverageOf(measured.mapping);
      await saveCoverage(inputs, io, io.store, io.saveAs, coverage, verdict);
    }
  }
  return verdict;
}

/**
 * The change under review, when a base ref is known and git can tell; otherwise undefined, with
 * a note when the user asked for patch coverage (a gate that silently skips its main check
 * would pass everything).
 */
async function readChange(
  inputs: CoverageInputs,
  io: CoverageIo,
  notes: string[],
  problems: { degraded: boolean },
): Promise<Extract<ChangeLookup, { kind: 'changes' }> | undefined> {
  const asked = inputs.thresholds.minPatch !== undefined;
  if (inputs.baseRef === undefined || io.changes === undefined) {
    if (asked) {
      notes.push(
        'Patch coverage was not checked: there is no change to compare with (give a base ref, or run on a pull request).',
      );
    }
    return undefined;
  }
  const lookup = await io.changes(inputs.baseRef);
  if (lookup.kind === 'changes') {
    io.logger.info(
      `The change under review: ${countOf(lookup.changes.files.size, 'file')} ${lookup.against}`,
    );
    return lookup;
  }
  if (lookup.problem) io.logger.warning(`The change under review is unknown: ${lookup.reason}`);
  if (lookup.problem || asked) {
    notes.push(`Patch coverage was not checked: ${lookup.reason}.`);
  }
  if (lookup.problem && asked) problems.degraded = true;
  return undefined;
}

/**
 * The base's stored coverage, for the drop check: the nearest stored ancestor of the merge base.
 * A store that has none, or a damaged one, is a note, never a failure (the first pull requests
 * after the gate is set up have no base yet).
 */
async function readBase(
  inputs: CoverageInputs,
  io: CoverageIo,
  notes: string[],
  problems: { degraded: boolean },
): Promise<CoverageBase | undefined> {
  const asked = inputs.thresholds.maxDrop !== undefined;
  if (io.store === undefined || io.ancestors === undefined) {
    if (asked) {
      notes.push(
        'The drop check passes: no stored coverage of earlier commits is available here (the action keeps it in the Actions cache; the CLI needs --store DIR and --base-ref REF).',
      );
    }
    return undefined;
  }
  const ancestors = (await io.ancestors()).slice(0, inputs.searchDepth);
  let base: CoverageBase | undefined;
  try {
    base = await findCoverageBase(io.store, inputs.common.key, ancestors);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    // A damaged stored snapshot is the store's problem, not the pull request's.
    io.logger.warning(`${error.message} It is ignored; the next default-branch run replaces it.`);
    notes.push(`${error.message} It is ignored, so the drop check passes.`);
    if (asked) problems.degraded = true;
    return undefined;
  }
  if (base === undefined) {
    if (asked) {
      notes.push(
        `The drop check passes: no coverage is stored for key '${inputs.common.key}' at the merge base or its ${Math.max(ancestors.length - 1, 0)} nearest ancestors yet (it is stored on pushes to the default branch).`,
      );
    }
    return undefined;
  }
  io.logger.info(
    `Base coverage: ${base.sha.slice(0, 7)}, ${base.distance} commits before the merge base, stored ${base.createdAt}`,
  );
  return base;
}

async function saveCoverage(
  inputs: CoverageInputs,
  io: CoverageIo,
  store: SnapshotStore,
  sha: string,
  coverage: ReturnType<typeof commitCoverageOf>,
  verdict: Verdict,
): Promise<void> {
  const text = serializeCoverageSnapshot(inputs.common.key, sha, io.now().toISOString(), coverage);
  try {
    await store.write(inputs.common.key, sha, text);
    verdict.notes.push({
      level: 'info',
      text: `Stored this coverage as the base of ${sha.slice(0, 7)} (key '${inputs.common.key}') for later pull requests.`,
    });
  } catch (error) {
    // Saving is a side effect: a full cache or a read-only directory must not fail the run.
    io.logger.warning(`Could not store the coverage: ${(error as Error).message}`);
  }
}

/** How {@link gitChangeSince} reaches the merge base. */
export interface GitChangeOptions {
  /** The checkout (default: the working directory). */
  cwd?: string;
  /** Deepen a shallow clone from `origin` until the merge base is there (the action). */
  deepen?: boolean;
  logger?: Logger;
}

/**
 * The change under review by local git: the lines the working tree adds since its merge base with
 * `ref` (uncommitted edits and untracked files included, renames followed as `git diff` follows
 * them, which is what diff-cover reads too). When git cannot find the merge base and `deepen` is
 * set, the clone is deepened the way the dashboard-diff gate does (changedFileVersions) and the
 * diff is taken from the merge base found. Never throws: a lookup that fails is `unavailable`,
 * with git's reason.
 */
export async function gitChangeSince(
  ref: string,
  options: GitChangeOptions = {},
): Promise<ChangeLookup> {
  const cwd = options.cwd ?? process.cwd();
  // A commit id (the action's pull request base) is shown short, as git log --oneline does.
  const name = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
  const direct = await localChanges(ref, cwd);
  if (direct.kind === 'changes') return { ...direct, against: `since ${name}` };
  if (options.deepen !== true) return direct;
  let mergeBase: string;
  try {
    ({ mergeBase } = await changedFileVersions(ref, ['**'], {
      cwd,
      deepen: true,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    }));
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { kind: 'unavailable', reason: error.message.replace(/\.$/, ''), problem: true };
  }
  const deepened = await localChanges(mergeBase, cwd);
  if (deepened.kind !== 'changes') return deepened;
  return { ...deepened, against: `since ${name} (merge base ${mergeBase.slice(0, 7)})` };
}
