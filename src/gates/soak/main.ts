/**
 * The soak gate as a GitHub Action: wires the action's I/O into the shared gate function. A
 * scheduled soak job has no pull request to comment on, so on every run that is not a pull
 * request the job's tracking issue is kept in step with the verdict (opened on the first failing
 * night, commented on each further one, closed when the job passes again). On a pull request the
 * sticky comment is posted by runAction, like every gate's.
 */
import * as core from '@actions/core';
import { runAction, type AfterReportArgs } from '../../action/run-action.js';
import { createGitHubClient } from '../../github/client.js';
import { syncTrackingIssue } from '../../github/tracking-issue.js';
import { dataBranchHistory } from '../../history/data-branch-history.js';
import { resolveFiles } from '../../io/files.js';
import { renderJobSummary } from '../../report/summary.js';
import { VERSION } from '../../version.js';
import { SOAK_HISTORY } from './history.js';
import { readSoakInputs } from './inputs.js';
import { queryPrometheus } from './prometheus/index.js';
import { runSoak } from './run.js';
import { streamTextFile } from './stream-file.js';

/**
 * An issue body holds at most 65,536 characters; the summary is cut well below that, leaving
 * room for the transport's hidden marker and the run link.
 */
const ISSUE_BODY_BYTES = 60_000;

/** Runs the soak action. */
export function main(): Promise<void> {
  return runAction(
    'soak',
    async ({ source, common, context, logger }) => {
      const inputs = readSoakInputs(source);
      for (const value of Object.values(inputs.prometheus?.headers ?? {})) {
        if (value !== '') core.setSecret(value);
      }
      const client = common.token
        ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger })
        : undefined;
      if (inputs.history && !client) {
        logger.warning(
          'history: true needs a github-token (with contents: write on scheduled runs); the history is skipped.',
        );
      }
      const verdict = await runSoak(inputs, {
        logger,
        resolveFiles,
        openFile: streamTextFile,
        queryPrometheus,
        mask: (secret) => core.setSecret(secret),
        ...(inputs.history && client
          ? {
              history: dataBranchHistory(
                client,
                SOAK_HISTORY,
                {
                  owner: context.owner,
                  repo: context.repo,
                  branch: inputs.historyBranch,
                  suite: inputs.job,
                  retention: inputs.historyRetention,
                },
                logger,
              ),
            }
          : {}),
        // A pull request reads the nights; only the nightly job itself adds one.
        appendHistory: context.pullRequest === undefined,
        sha: context.sha,
        runId: String(context.runId),
        now: () => new Date(),
      });
      return verdict;
    },
    { afterReport: trackIssue },
  );
}

/**
 * Opens, comments on or closes the job's tracking issue, on every run that is not a pull request,
 * a night the gate could not judge (Prometheus down, input unreadable) included: the job failed.
 * Without a token, or without `issues: write`, the job summary stays the only report:
 * syncTrackingIssue warns once and never throws for an API error, so the exit code stays the
 * verdict's.
 */
async function trackIssue({
  verdict,
  source,
  common,
  context,
  logger,
}: AfterReportArgs): Promise<void> {
  if (!context || context.pullRequest !== undefined) return;
  // Read again, leniently: the verdict may be the error that bad inputs made.
  let job = source('job').trim() || common?.key || 'default';
  let label: string | undefined = source('tracking-label').trim() || undefined;
  let enabled = source('tracking-issue').trim() !== 'false';
  try {
    const inputs = readSoakInputs(source);
    ({ job } = inputs);
    label = inputs.trackingLabel;
    enabled = inputs.trackingIssue;
  } catch {
    // The error verdict already says what is wrong with the inputs.
  }
  if (!enabled) return;
  const client = common?.token
    ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger })
    : undefined;
  const result = await syncTrackingIssue({
    client,
    owner: context.owner,
    repo: context.repo,
    key: `soak/${job}`,
    ...(label === undefined ? {} : { label }),
    failing: verdict.status === 'fail' || verdict.status === 'error',
    title: `Soak job ${job} is failing`,
    body: renderJobSummary(verdict, { version: VERSION, maxBytes: ISSUE_BODY_BYTES }),
    runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
    logger,
  });
  logger.info(`Tracking issue: ${result.detail}`);
}
