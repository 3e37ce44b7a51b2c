/**
 * The bench gate as a GitHub Action. The composite action runs this bundle twice around the
 * cache steps (see src/history/restored-cache-store.ts for why): `KAIZEN_PHASE=prepare` names
 * the cache keys of the merge base and its ancestors; the default phase runs the gate.
 */
import { runAction } from '../../action/run-action.js';
import {
  prepareSnapshotRestore,
  restoredSnapshots,
  shouldSaveSnapshot,
} from '../../action/snapshot-cache-phases.js';
import { createGitHubClient } from '../../github/client.js';
import { dataBranchHistory } from '../../history/data-branch-history.js';
import { readTextFile, resolveFiles } from '../../io/files.js';
import { BASELINE_KIND } from './baseline-store.js';
import { BENCH_HISTORY } from './history.js';
import { readBenchInputs } from './inputs.js';
import { runBench, type BenchIo } from './run.js';

/** The folder under RUNNER_TEMP the cache steps restore into, one per suite. */
const STORE_FOLDER = 'kaizen-gates-baseline';

/**
 * Prepare phase: for a pull request without baseline files, the cache keys of the baselines of
 * the merge base and its nearest ancestors.
 */
function prepare(): Promise<void> {
  return prepareSnapshotRestore(BASELINE_KIND, (source) => {
    const bench = readBenchInputs(source);
    return {
      suite: bench.suite,
      folder: STORE_FOLDER,
      depth: bench.baselineSearchDepth,
      wanted: bench.baseline.length === 0,
    };
  });
}

/** Gate phase. */
function gate(): Promise<void> {
  return runAction('bench', async ({ source, common, context, logger }) => {
    const bench = readBenchInputs(source);
    const { store, ancestors } = restoredSnapshots(BASELINE_KIND, STORE_FOLDER, bench.suite);
    const client =
      bench.history && common.token
        ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger })
        : undefined;
    if (bench.history && !client) {
      logger.warning(
        'history: true needs a github-token (with contents: write on pushes); the history is skipped.',
      );
    }
    const io: BenchIo = {
      logger,
      runId: String(context.runId),
      ...(client
        ? {
            history: dataBranchHistory(
              client,
              BENCH_HISTORY,
              {
                owner: context.owner,
                repo: context.repo,
                branch: bench.historyBranch,
                suite: bench.suite,
                retention: bench.historyRetention,
              },
              logger,
            ),
          }
        : {}),
      resolveFiles,
      readFile: readTextFile,
      store,
      ...(context.pullRequest ? { ancestors: async () => ancestors } : {}),
      ...(shouldSaveSnapshot(bench.saveBaseline, context) ? { saveAs: context.sha } : {}),
      now: () => new Date(),
    };
    return runBench(bench, io);
  });
}

/** Runs the bench action's phase named by KAIZEN_PHASE. */
export function main(): Promise<void> {
  return process.env.KAIZEN_PHASE === 'prepare' ? prepare() : gate();
}
