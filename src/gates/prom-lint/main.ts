/** The prom-lint gate as a GitHub Action: wires the action's I/O into the shared gate function. */
import { runAction } from '../../action/run-action.js';
import { createGitHubClient } from '../../github/client.js';
import { pullRequestChanges } from '../../github/pull-request-files.js';
import { fileExists, readTextFile, resolveFiles } from '../../io/files.js';
import { runPromLintGate } from './run.js';

/**
 * Runs the prom-lint action. On a pull request the change under review is the pull request's
 * files, read from the API with the action's token; paths are matched relative to the working
 * directory, which is the repository root in a normal checkout.
 */
export function main(): Promise<void> {
  return runAction('prom-lint', ({ source, common, context, logger }) =>
    runPromLintGate(source, {
      logger,
      resolveFiles,
      readFile: readTextFile,
      fileExists,
      changes: () =>
        pullRequestChanges(
          common.token === undefined
            ? undefined
            : createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger }),
          context,
          logger,
          process.cwd(),
        ),
    }),
  );
}
