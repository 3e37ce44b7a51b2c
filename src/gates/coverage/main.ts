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
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { actionsLogger, runAction } from '../../action/run-action.js';
import { createGitHubClient } from '../../github/client.js';
import { readRunContext, type RunContext } from '../../github/context.js';
import { pullRequestAncestors } from '../../history/ancestry.js';
import {
  MAX_CACHE_KEYS,
  restoredCacheStore,
  snapshotCacheKey,
} from '../../history/restored-cache-store.js';
import { resolveFiles } from '../../io/files.js';
import { readCommonInputs } from '../../shared/inputs.js';
import { goModulesOf } from './go-modules.js';
import { COVERAGE_SNAPSHOT } from './history.js';
import { readCoverageInputs, type CoverageInputs } from './inputs.js';
import { listRepositoryFiles, readGoModFiles, repositoryRoot } from '../../io/repository-files.js';
import { readTextPieces } from './read-reports.js';
import { gitChangeSince, runCoverage } from './run.js';

const inputs = (name: string): string => core.getInput(name);

/** The directory the cache steps restore into and save from, one per key. */
function storeDirectory(key: string): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), 'kaizen-gates-coverage', key);
}

/** Whether this run stores its coverage for later pull requests. */
function shouldSave(coverage: CoverageInputs, context: RunContext): boolean {
  const onDefaultBranch =
    context.event === 'push' &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  return coverage.save === 'always' || (coverage.save === 'auto' && onDefaultBranch);
}

/**
 * Prepare phase: on a pull request, output the cache keys of the merge base and its nearest
 * ancestors. Problems are left for the gate phase to report.
 */
async function prepare(): Promise<void> {
  try {
    const common = readCommonInputs(inputs);
    if (common.token) core.setSecret(common.token);
    const coverage = readCoverageInputs(inputs);
    const context = readRunContext(process.env, (path) => readFileSync(path, 'utf8'));
    core.setOutput('store-path', storeDirectory(common.key));
    const pr = context.pullRequest;
    if (!pr) return;
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
        depth: Math.min(coverage.searchDepth, MAX_CACHE_KEYS),
      },
      actionsLogger,
    );
    const [first, ...rest] = ancestors.map((sha) =>
      snapshotCacheKey(COVERAGE_SNAPSHOT, common.key, sha),
    );
    if (first === undefined) return;
    core.setOutput('ancestors', ancestors.join(' '));
    core.setOutput('restore-key', first);
    core.setOutput('restore-keys', rest.join('\n'));
  } catch (error) {
    core.info(`Base coverage lookup skipped: ${(error as Error).message}`);
  }
}

/** Gate phase. */
function gate(): Promise<void> {
  return runAction('coverage', async ({ source, common, context, logger }) => {
    const coverage = readCoverageInputs(source, context.pullRequest?.baseSha);
    const ancestors = (process.env.KAIZEN_ANCESTORS ?? '')
      .split(/\s+/)
      .filter((s) => /^[0-9a-f]{40}$/.test(s));
    const directory = storeDirectory(common.key);
    core.setOutput('store-path', directory);
    // Paths are the repository's (git ls-files from its top folder), wherever the job runs.
    const root = await repositoryRoot();
    return runCoverage(coverage, {
      logger,
      root,
      resolveFiles,
      readPieces: readTextPieces,
      listRepositoryFiles: () => listRepositoryFiles(root),
      readGoModules: async (files) => goModulesOf(await readGoModFiles(files, root)),
      changes: (ref) => gitChangeSince(ref, { deepen: true, logger, cwd: root }),
      store: restoredCacheStore(COVERAGE_SNAPSHOT, directory, (key) =>
        core.setOutput('save-key', key),
      ),
      ...(context.pullRequest ? { ancestors: async () => ancestors } : {}),
      ...(shouldSave(coverage, context) ? { saveAs: context.sha } : {}),
      now: () => new Date(),
    });
  });
}

/** Runs the coverage action's phase named by KAIZEN_PHASE. */
export function main(): Promise<void> {
  return process.env.KAIZEN_PHASE === 'prepare' ? prepare() : gate();
}
