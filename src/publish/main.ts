/**
 * The privileged half of the fork-PR pattern: a `workflow_run` workflow on the default branch
 * downloads the verdict envelopes that the read-only PR run uploaded, and publishes them.
 *
 * Envelopes come from code the PR author controls. They are validated strictly, must name the
 * commit the triggering run built, must name a PR whose head is that commit (checked with
 * GitHub), and the comment and check run are rendered anew here from the validated verdict, so
 * every string goes through our escaping; the envelope's own rendered copies are ignored.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { actionsLogger } from '../action/run-action.js';
import { assertEnvelopeMatchesRun, parseVerdictEnvelope } from '../github/artifact.js';
import { createGitHubClient } from '../github/client.js';
import { blobUrl, readRunContext } from '../github/context.js';
import { publishVerdict } from '../github/publish.js';
import { readTextFile, resolveFiles } from '../io/files.js';
import { buildCheckRunReport } from '../report/check-run.js';
import { renderComment } from '../report/markdown.js';
import { isConfigurationError } from '../shared/errors.js';
import { listInput, readCommonInputs, type InputSource } from '../shared/inputs.js';
import { VERSION } from '../version.js';

const inputs: InputSource = (name) => core.getInput(name);

/** Publishes every envelope; fails the job on an invalid envelope, never on an API error. */
export async function main(): Promise<void> {
  try {
    const common = readCommonInputs(inputs);
    if (common.token) core.setSecret(common.token);
    const context = readRunContext(process.env, (path) => readFileSync(path, 'utf8'));
    const files = await resolveFiles(listInput(inputs, 'envelopes'), 'envelopes');
    const client = common.token
      ? createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger: actionsLogger })
      : undefined;
    for (const file of files) {
      const envelope = parseVerdictEnvelope(await readTextFile(file), file);
      assertEnvelopeMatchesRun(envelope, context);
      const { verdict } = envelope;
      const checkRun = buildCheckRunReport(verdict, {
        name:
          verdict.key === 'default'
            ? `kaizen-gates / ${verdict.gate}`
            : `kaizen-gates / ${verdict.gate} (${verdict.key})`,
        advisory: common.failOn === 'never',
        maxAnnotations: common.maxAnnotations,
        version: VERSION,
      });
      const result = await publishVerdict({
        client,
        context,
        gate: verdict.gate,
        key: verdict.key,
        status: verdict.status,
        commentBody: renderComment(verdict, {
          version: VERSION,
          fileUrl: blobUrl(context, envelope.headSha),
        }),
        checkRun,
        options: { comment: common.comment, checkRun: common.checkRun },
        logger: actionsLogger,
        target: { pullRequest: envelope.pullRequest, headSha: envelope.headSha },
      });
      core.info(
        `${file}: ${verdict.gate} (${verdict.key}) for PR #${envelope.pullRequest}: ${result.comment.detail}; ${result.checkRun.detail}`,
      );
    }
  } catch (error) {
    if (isConfigurationError(error)) {
      core.setFailed(error.message);
    } else {
      if (error instanceof Error && error.stack) core.debug(error.stack);
      core.setFailed(`internal error (please report it): ${(error as Error).message}`);
    }
  }
}
