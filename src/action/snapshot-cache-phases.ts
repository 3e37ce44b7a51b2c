/**
 * The two phases of a gate that keeps snapshots in the Actions cache (bench baselines, coverage of
 * a commit). A composite `run:` step gets no cache-service token (see
 * src/history/restored-cache-store.ts), so the action runs the gate's bundle twice around
 * actions/cache restore and save: `KAIZEN_PHASE=prepare` names the cache keys of the merge base
 * and its ancestors; the gate phase reads what was restored and names the key to save under.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { createGitHubClient } from '../github/client.js';
import { readRunContext, type RunContext } from '../github/context.js';
import { pullRequestAncestors } from '../history/ancestry.js';
import {
  MAX_CACHE_KEYS,
  restoredCacheStore,
  snapshotCacheKey,
} from '../history/restored-cache-store.js';
import type { SnapshotKind, SnapshotStore } from '../history/snapshot.js';
import { readCommonInputs, type CommonInputs, type InputSource } from '../shared/inputs.js';
import { actionsLogger } from './run-action.js';

/** Inputs as the runner passes them. */
const actionInputs: InputSource = (name) => core.getInput(name);

/** The directory the cache steps restore into and save from, one per gate and suite (or key). */
export function snapshotDirectory(folder: string, suite: string): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), folder, suite);
}

/**
 * Whether this run stores its snapshot for later pull requests: `always`, or `auto` on a push to
 * the default branch (a pull request's merge base is a default-branch commit).
 */
export function shouldSaveSnapshot(
  save: 'auto' | 'always' | 'never',
  context: RunContext,
): boolean {
  const onDefaultBranch =
    context.event === 'push' &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  return save === 'always' || (save === 'auto' && onDefaultBranch);
}

/** What the prepare phase needs from the gate's own inputs. */
export interface SnapshotLookup {
  /** The suite (or key) the snapshots are stored under. */
  suite: string;
  /** The gate's folder under RUNNER_TEMP, e.g. `kaizen-gates-baseline`. */
  folder: string;
  /** How many ancestors of the merge base to look through (capped at the cache's key limit). */
  depth: number;
  /** False when the run needs no stored snapshot (bench with baseline files, say). */
  wanted: boolean;
}

/**
 * Prepare phase: outputs `store-path`, and on a pull request the cache keys of the merge base and
 * its nearest ancestors (`restore-key`, `restore-keys`, `ancestors`). Never fails the job: a
 * problem is left for the gate phase to report.
 */
export async function prepareSnapshotRestore<R extends object>(
  kind: SnapshotKind<R>,
  lookupOf: (source: InputSource, common: CommonInputs) => SnapshotLookup,
): Promise<void> {
  try {
    const common = readCommonInputs(actionInputs);
    if (common.token) core.setSecret(common.token);
    const lookup = lookupOf(actionInputs, common);
    const context = readRunContext(process.env, (path) => readFileSync(path, 'utf8'));
    core.setOutput('store-path', snapshotDirectory(lookup.folder, lookup.suite));
    const pr = context.pullRequest;
    if (!pr || !lookup.wanted) return;
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
        depth: Math.min(lookup.depth, MAX_CACHE_KEYS),
      },
      actionsLogger,
    );
    const [first, ...rest] = ancestors.map((sha) => snapshotCacheKey(kind, lookup.suite, sha));
    if (first === undefined) return;
    core.setOutput('ancestors', ancestors.join(' '));
    core.setOutput('restore-key', first);
    core.setOutput('restore-keys', rest.join('\n'));
  } catch (error) {
    core.info(`Lookup of the stored ${kind.noun} skipped: ${(error as Error).message}`);
  }
}

/** What the gate phase hands the gate: the restored store and the ancestors it was looked up for. */
export interface RestoredSnapshots {
  store: SnapshotStore;
  /** The merge base and its ancestors the prepare phase named, nearest first. */
  ancestors: string[];
}

/**
 * Gate phase: the store the cache step restored into (a write names the `save-key` output the
 * save step uses) and the ancestors the prepare phase passed on through `KAIZEN_ANCESTORS`.
 */
export function restoredSnapshots<R extends object>(
  kind: SnapshotKind<R>,
  folder: string,
  suite: string,
): RestoredSnapshots {
  const directory = snapshotDirectory(folder, suite);
  core.setOutput('store-path', directory);
  const ancestors = (process.env.KAIZEN_ANCESTORS ?? '')
    .split(/\s+/)
    .filter((sha) => /^[0-9a-f]{40}$/.test(sha));
  return {
    store: restoredCacheStore(kind, directory, (key) => core.setOutput('save-key', key)),
    ancestors,
  };
}
