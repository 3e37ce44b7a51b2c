/**
 * The bench gate as a GitHub Action. The composite action runs this bundle twice around the
 * cache steps (see src/history/restored-cache-store.ts for why): `KAIZEN_PHASE=prepare` names
 * the cache keys of the merge base and its ancestors; the default phase runs the gate.
 */
import { runAction, type GateActionArgs } from '../../action/run-action.js';
import {
  prepareSnapshotRestore,
  restoredSnapshots,
  shouldSaveSnapshot,
} from '../../action/snapshot-cache-phases.js';
import { createGitHubClient } from '../../github/client.js';
import { pullRequestAncestry } from '../../history/ancestry.js';
import { dataBranchHistory } from '../../history/data-branch-history.js';
import { readTextFile, resolveFiles } from '../../io/files.js';
import { BASELINE_KIND } from './baseline-store.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { Verdict } from '../../verdict/types.js';
import { BENCH_HISTORY, DEFAULT_HISTORY_RETENTION } from './history.js';
import { benchHistoryVerdict } from './history-verdict.js';
import { readBenchHistoryInputs, readBenchInputs, readBenchMode } from './inputs.js';
import { runBench, type BenchIo } from './run.js';

/** The folder under RUNNER_TEMP the cache steps restore into, one per suite. */
const STORE_FOLDER = 'kaizen-gates-baseline';

/**
 * Prepare phase: for a pull request without baseline files, the cache keys of the baselines of
 * the merge base and its nearest ancestors.
 */
function prepare(): Promise<void> {
  return prepareSnapshotRestore(BASELINE_KIND, (source) => {
    if (readBenchMode(source) === 'history') {
      // History mode reads the data branch, not the baseline cache.
      const history = readBenchHistoryInputs(source);
      return { suite: history.suite, folder: STORE_FOLDER, depth: 1, wanted: false };
    }
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
    if (readBenchMode(source) === 'history')
      return historyMode({ source, common, context, logger });
    const bench = readBenchInputs(source);
    const { store, ancestors } = restoredSnapshots(BASELINE_KIND, STORE_FOLDER, bench.suite);
    const pr = context.pullRequest;
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
      // The history window of a pull request holds only runs of its merge base's ancestry. The
      // prepare phase names the ancestry only when a stored baseline is wanted (no `baseline`
      // files), and then only its first-parent chain: the gate asks for the merge base itself.
      ...(client && pr
        ? {
            ancestry: () =>
              pullRequestAncestry(
                client,
                {
                  owner: context.owner,
                  repo: context.repo,
                  baseSha: pr.baseSha,
                  headSha: pr.headSha,
                },
                ancestors,
                logger,
              ),
          }
        : {}),
      ...(shouldSaveSnapshot(bench.saveBaseline, context) ? { saveAs: context.sha } : {}),
      now: () => new Date(),
    };
    return runBench(bench, io);
  });
}

/** `mode: history` (scheduled runs): change points in the suite's history on the data branch. */
async function historyMode({ source, common, context, logger }: GateActionArgs): Promise<Verdict> {
  const inputs = readBenchHistoryInputs(source);
  if (!common.token) {
    throw new ConfigurationError(
      'mode: history reads the history from the data branch and needs a github-token (the default ${{ github.token }} with contents: read).',
    );
  }
  const client = createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger });
  const history = dataBranchHistory(
    client,
    BENCH_HISTORY,
    {
      owner: context.owner,
      repo: context.repo,
      branch: inputs.historyBranch,
      suite: inputs.suite,
      retention: DEFAULT_HISTORY_RETENTION,
    },
    logger,
  );
  const entries = await history.read();
  logger.info(`Read ${entries.length} stored runs from ${history.label}.`);
  return benchHistoryVerdict(entries, {
    key: common.key,
    suite: inputs.suite,
    changePoints: inputs.changePoints,
    since: inputs.since,
    source: history.label,
  });
}

/** Runs the bench action's phase named by KAIZEN_PHASE. */
export function main(): Promise<void> {
  return process.env.KAIZEN_PHASE === 'prepare' ? prepare() : gate();
}
