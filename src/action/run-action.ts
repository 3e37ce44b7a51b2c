/**
 * The one orchestration every gate's action shares: read the shared inputs, compute the verdict,
 * then report it everywhere (JSON file, outputs, job summary, PR comment, check run) and set the
 * exit code from the `fail-on` policy. Reporting never changes the exit code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { buildVerdictEnvelope } from '../github/artifact.js';
import { createGitHubClient } from '../github/client.js';
import { blobUrl, readRunContext, reportCommits, type RunContext } from '../github/context.js';
import { publishVerdict } from '../github/publish.js';
import { buildCheckRunReport } from '../report/check-run.js';
import { verdictBaseSha } from '../report/commits.js';
import { renderConsole } from '../report/console.js';
import { renderComment } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderJobSummary } from '../report/summary.js';
import { isConfigurationError } from '../shared/errors.js';
import { readCommonInputs, type CommonInputs, type InputSource } from '../shared/inputs.js';
import type { Logger } from '../shared/logger.js';
import { VERSION } from '../version.js';
import { errorVerdict } from '../verdict/error-verdict.js';
import { shouldFail } from '../verdict/policy.js';
import type { GateName, Verdict } from '../verdict/types.js';

/** A logger that writes to the Actions log. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

/** What a gate's action computes its verdict from. */
export interface GateActionArgs {
  source: InputSource;
  common: CommonInputs;
  context: RunContext;
  logger: Logger;
}

/** What a gate may do after the shared reports, with the final verdict (an error verdict too). */
export interface AfterReportArgs {
  verdict: Verdict;
  source: InputSource;
  /** Undefined when the shared inputs or the run context could not be read. */
  common: CommonInputs | undefined;
  context: RunContext | undefined;
  logger: Logger;
}

/** Optional steps of one gate around the shared orchestration. */
export interface GateActionHooks {
  /**
   * Runs after every shared report (e.g. the soak gate's tracking issue, which must also hear of
   * a night the gate could not judge). Its failure is a warning, never the exit code.
   */
  afterReport?(args: AfterReportArgs): Promise<void>;
}

/** Inputs as the runner passes them (composite actions map them into `INPUT_*` via `env:`). */
const actionInputs: InputSource = (name) => core.getInput(name);

/** Runs a gate as a GitHub Action. Never throws; sets the exit code through `core`. */
export async function runAction(
  gate: GateName,
  compute: (args: GateActionArgs) => Promise<Verdict>,
  hooks: GateActionHooks = {},
): Promise<void> {
  let common: CommonInputs | undefined;
  let context: RunContext | undefined;
  let verdict: Verdict;
  try {
    common = readCommonInputs(actionInputs);
    if (common.token) core.setSecret(common.token);
    context = readRunContext(process.env, (path) => readFileSync(path, 'utf8'));
    verdict = await compute({ source: actionInputs, common, context, logger: actionsLogger });
  } catch (error) {
    verdict = errorVerdict(gate, common?.key ?? 'default', describeError(error));
  }
  try {
    await report(gate, verdict, common, context);
  } catch (error) {
    // A reporting failure never changes the verdict's exit code.
    core.warning(`Reporting failed: ${(error as Error).message}`);
  }
  if (hooks.afterReport) {
    try {
      await hooks.afterReport({
        verdict,
        source: actionInputs,
        common,
        context,
        logger: actionsLogger,
      });
    } catch (error) {
      core.warning(`Reporting failed: ${(error as Error).message}`);
    }
  }
  const failOn = common?.failOn ?? 'fail';
  if (shouldFail(verdict.status, failOn)) {
    core.setFailed(verdict.headline);
  } else if (verdict.status !== 'pass') {
    core.info(`Status ${verdict.status} does not fail the job under fail-on: ${failOn}.`);
  }
}

/** A user mistake is shown as is; anything else is a bug, shown with its stack in the log. */
function describeError(error: unknown): string {
  if (isConfigurationError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.debug(error.stack);
  return `internal error (please report it): ${message}`;
}

async function report(
  gate: GateName,
  verdict: Verdict,
  common: CommonInputs | undefined,
  context: RunContext | undefined,
): Promise<void> {
  core.info(renderConsole(verdict, { color: false }));

  const directory = process.env.RUNNER_TEMP ?? tmpdir();
  const verdictPath =
    common?.verdictPath ?? join(directory, `kaizen-gates-${gate}-${verdict.key}.json`);
  // The base and head named in every report; a base the gate compared with itself wins.
  const commits =
    context === undefined ? undefined : reportCommits(context, verdictBaseSha(verdict));
  const withCommits = commits === undefined ? {} : { commits };
  const comment = renderComment(verdict, {
    version: VERSION,
    summaryHint: 'the job summary',
    ...withCommits,
    ...(context === undefined ? {} : { fileUrl: blobUrl(context) }),
  });
  const checkRun = buildCheckRunReport(verdict, {
    name:
      verdict.key === 'default'
        ? `kaizen-gates / ${gate}`
        : `kaizen-gates / ${gate} (${verdict.key})`,
    advisory: common?.failOn === 'never',
    maxAnnotations: common?.maxAnnotations ?? 1000,
    version: VERSION,
    ...withCommits,
  });
  try {
    mkdirSync(dirname(verdictPath), { recursive: true });
    writeFileSync(verdictPath, `${JSON.stringify(verdict, null, 2)}\n`);
    core.setOutput('verdict-path', verdictPath);
    // For github/codeql-action/upload-sarif: findings in code scanning.
    const sarifPath = `${verdictPath.replace(/\.json$/, '')}.sarif`;
    writeFileSync(sarifPath, `${JSON.stringify(renderSarif(verdict, { version: VERSION }))}\n`);
    core.setOutput('sarif-path', sarifPath);
    if (context?.pullRequest) {
      // The envelope carries what a privileged workflow_run needs to post for a fork PR.
      const envelopePath = `${verdictPath.replace(/\.json$/, '')}.envelope.json`;
      const envelope = buildVerdictEnvelope(verdict, context, { commentBody: comment, checkRun });
      writeFileSync(envelopePath, `${JSON.stringify(envelope)}\n`);
      core.setOutput('envelope-path', envelopePath);
    }
  } catch (error) {
    core.warning(`Could not write the verdict file ${verdictPath}: ${(error as Error).message}`);
  }
  core.setOutput('status', verdict.status);
  for (const metric of verdict.metrics) {
    if (metric.output) core.setOutput(metric.key, String(metric.value));
  }
  try {
    await core.summary
      .addRaw(renderJobSummary(verdict, { version: VERSION, ...withCommits }))
      .write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
  if (!common || !context) return;
  const client = common.token
    ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger: actionsLogger })
    : undefined;
  await publishVerdict({
    client,
    context,
    gate,
    key: verdict.key,
    status: verdict.status,
    commentBody: comment,
    checkRun,
    options: { comment: common.comment, checkRun: common.checkRun },
    logger: actionsLogger,
  });
}
