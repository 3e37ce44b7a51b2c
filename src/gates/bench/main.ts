/**
 * The bench gate as a GitHub Action. The composite action runs this bundle twice around the
 * cache steps (see src/history/restored-cache-store.ts for why): `KAIZEN_PHASE=prepare` names
 * the cache keys of the merge base and its ancestors; the default phase runs the gate.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { actionsLogger, runAction } from '../../action/run-action.js';
import { createGitHubClient } from '../../github/client.js';
import { readRunContext, type RunContext } from '../../github/context.js';
import { pullRequestAncestors } from '../../history/ancestry.js';
import { dataBranchHistory } from '../../history/data-branch-history.js';
import {
  MAX_CACHE_KEYS,
  restoredCacheStore,
  snapshotCacheKey,
} from '../../history/restored-cache-store.js';
import { readTextFile, resolveFiles } from '../../io/files.js';
import { readCommonInputs } from '../../shared/inputs.js';
import { readFileSync } from 'node:fs';
import { BASELINE_KIND } from './baseline-store.js';
import { BENCH_HISTORY } from './history.js';
import { readBenchInputs, type BenchInputs } from './inputs.js';
import { runBench, type BenchIo } from './run.js';

const inputs = (name: string): string => core.getInput(name);

/** The directory the cache steps restore into and save from, one per suite. */
function storeDirectory(suite: string): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), 'kaizen-gates-baseline', suite);
}

/** Whether this run stores its results as a baseline. */
function shouldSave(bench: BenchInputs, context: RunContext): boolean {
  const onDefaultBranch =
    context.event === 'push' &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  return bench.saveBaseline === 'always' || (bench.saveBaseline === 'auto' && onDefaultBranch);
}

/**
 * Prepare phase: for a pull request without baseline files, output the cache keys of the merge
 * base and its nearest ancestors. Problems are left for the gate phase to report.
 */
async function prepare(): Promise<void> {
  try {
    const bench = readBenchInputs(inputs);
    const common = readCommonInputs(inputs);
    if (common.token) core.setSecret(common.token);
    const context = readRunContext(process.env, (path) => readFileSync(path, 'utf8'));
    const directory = storeDirectory(bench.suite);
    core.setOutput('store-path', directory);
    const pr = context.pullRequest;
    if (!pr || bench.baseline.length > 0) return;
    const client = common.token
      ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger: actionsLogger })
      : undefined;
    const ancestors = await pullRequestAncestors(
      client,
      {
        owner: context.owner,
        repo: context.repo,
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        depth: Math.min(bench.baselineSearchDepth, MAX_CACHE_KEYS),
      },
      actionsLogger,
    );
    const [first, ...rest] = ancestors.map((sha) =>
      snapshotCacheKey(BASELINE_KIND, bench.suite, sha),
    );
    if (first === undefined) return;
    core.setOutput('ancestors', ancestors.join(' '));
    core.setOutput('restore-key', first);
    core.setOutput('restore-keys', rest.join('\n'));
  } catch (error) {
    core.info(`Baseline lookup skipped: ${(error as Error).message}`);
  }
}

/** Gate phase. */
function gate(): Promise<void> {
  return runAction('bench', async ({ source, common, context, logger }) => {
    const bench = readBenchInputs(source);
    const ancestors = (process.env.KAIZEN_ANCESTORS ?? '')
      .split(/\s+/)
      .filter((s) => /^[0-9a-f]{40}$/.test(s));
    const directory = storeDirectory(bench.suite);
    core.setOutput('store-path', directory);
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
      store: restoredCacheStore(BASELINE_KIND, directory, (key) => core.setOutput('save-key', key)),
      ...(context.pullRequest ? { ancestors: async () => ancestors } : {}),
      ...(shouldSave(bench, context) ? { saveAs: context.sha } : {}),
      now: () => new Date(),
    };
    return runBench(bench, io);
  });
}

/** Runs the bench action's phase named by KAIZEN_PHASE. */
export function main(): Promise<void> {
  return process.env.KAIZEN_PHASE === 'prepare' ? prepare() : gate();
}
