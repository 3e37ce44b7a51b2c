/** The prom-lint gate as a GitHub Action: wires the action's I/O into the shared gate function. */
import { runAction } from '../../action/run-action.js';
import { createGitHubClient } from '../../github/client.js';
import { actionSource } from '../../github/context.js';
import { pullRequestChanges } from '../../github/pull-request-files.js';
import { changedFileVersions } from '../../io/changed-file-versions.js';
import { fileExists, readTextFile, resolveFiles } from '../../io/files.js';
import { readChangedRuleFilesFrom, runPromLintGate } from './run.js';

/**
 * Runs the prom-lint action. On a pull request the change under review is the pull request's
 * files, read from the API with the action's token; paths are matched relative to the working
 * directory, which is the repository root in a normal checkout. The rule files' versions at the
 * merge base with the pull request's base commit (to tell the findings it brought from those its
 * files had) are read with git, as dashboard-diff reads its base side: a shallow checkout is
 * deepened from `origin` until the merge base is there, and where that fails the findings are
 * reported as they would be without it, with a note.
 */
export function main(): Promise<void> {
  return runAction('prom-lint', ({ source, common, context, logger }) => {
    const docs = actionSource(process.env, context);
    return runPromLintGate(source, {
      logger,
      resolveFiles,
      readFile: readTextFile,
      fileExists,
      // Each finding's check links to its row in the README of the version of the action run.
      ...(docs === undefined ? {} : { docs }),
      changes: () =>
        pullRequestChanges(
          common.token === undefined
            ? undefined
            : createGitHubClient({ token: common.token, apiUrl: context.apiUrl, logger }),
          context,
          logger,
          process.cwd(),
        ),
      readChangedRuleFiles: (patterns) => {
        const base = context.pullRequest?.baseSha;
        return base === undefined
          ? Promise.resolve({ kind: 'unavailable', reason: 'there is no pull request' })
          : readChangedRuleFilesFrom(() =>
              changedFileVersions(base, patterns, {
                deepen: true,
                logger,
                refLabel: "The pull request's base",
              }),
            );
      },
    });
  });
}
