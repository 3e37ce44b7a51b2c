/**
 * The coverage gate as a GitHub Action. The composite action runs this bundle twice around the
 * cache steps (see src/history/restored-cache-store.ts for why): `KAIZEN_PHASE=prepare` names
 * the cache keys of the merge base and its ancestors, where earlier default-branch runs stored
 * their coverage; the default phase runs the gate.
 *
 * On a pull request the patch is the working tree's change since the merge base of the pull
 * request's base commit (`base-ref` overrides it), found by local git: a shallow checkout is
 * deepened from `origin` until the merge base is there.
 */
import { runAction } from '../../action/run-action.js';
import {
  prepareSnapshotRestore,
  restoredSnapshots,
  shouldSaveSnapshot,
} from '../../action/snapshot-cache-phases.js';
import { readTextChunks, resolveFiles } from '../../io/files.js';
import { listRepositoryFiles, readGoModFiles, repositoryRoot } from '../../io/repository-files.js';
import { goModulesOf } from './go-modules.js';
import { COVERAGE_SNAPSHOT } from './history.js';
import { readCoverageInputs } from './inputs.js';
import { gitChangeSince, runCoverage } from './run.js';

/** The folder under RUNNER_TEMP the cache steps restore into, one per key. */
const STORE_FOLDER = 'kaizen-gates-coverage';

/** Prepare phase: the cache keys of the stored coverage of the merge base and its ancestors. */
function prepare(): Promise<void> {
  return prepareSnapshotRestore(COVERAGE_SNAPSHOT, (source, common) => ({
    suite: common.key,
    folder: STORE_FOLDER,
    depth: readCoverageInputs(source).searchDepth,
    wanted: true,
  }));
}

/** Gate phase. */
function gate(): Promise<void> {
  return runAction('coverage', async ({ source, common, context, logger }) => {
    const coverage = readCoverageInputs(source, context.pullRequest?.baseSha);
    const { store, ancestors } = restoredSnapshots(COVERAGE_SNAPSHOT, STORE_FOLDER, common.key);
    // Paths are the repository's (git ls-files from its top folder), wherever the job runs.
    const root = await repositoryRoot();
    return runCoverage(coverage, {
      logger,
      root,
      resolveFiles,
      readPieces: readTextChunks,
      listRepositoryFiles: () => listRepositoryFiles(root),
      readGoModules: async (files) => goModulesOf(await readGoModFiles(files, root)),
      changes: (ref) => gitChangeSince(ref, { deepen: true, logger, cwd: root }),
      store,
      ...(context.pullRequest ? { ancestors: async () => ancestors } : {}),
      ...(shouldSaveSnapshot(coverage.save, context) ? { saveAs: context.sha } : {}),
      now: () => new Date(),
    });
  });
}

/** Runs the coverage action's phase named by KAIZEN_PHASE. */
export function main(): Promise<void> {
  return process.env.KAIZEN_PHASE === 'prepare' ? prepare() : gate();
}
