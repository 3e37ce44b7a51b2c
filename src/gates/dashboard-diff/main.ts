/** The dashboard-diff gate as a GitHub Action: wires the action's I/O into the shared gate function. */
import { runAction } from '../../action/run-action.js';
import { changedFileVersions } from '../../io/changed-file-versions.js';
import { directoryExists, fileExists, readTextFile } from '../../io/files.js';
import { runRenderCommand } from '../../io/run-render-command.js';
import { runDashboardDiffGate } from './run.js';

/**
 * Runs the dashboard-diff action. On a pull request the base side is the merge base of the
 * pull request's base commit and the checkout (`base-ref` overrides it); a shallow checkout is
 * deepened from `origin` until that merge base is there. Paths are relative to the working
 * directory, the repository root in a normal checkout.
 */
export function main(): Promise<void> {
  return runAction('dashboard-diff', ({ source, context, logger }) =>
    runDashboardDiffGate(
      source,
      {
        logger,
        readFile: readTextFile,
        fileExists,
        directoryExists,
        changedFiles: (ref, patterns) =>
          changedFileVersions(ref, patterns, { deepen: true, logger }),
        render: (argv, cwd) => runRenderCommand(argv, cwd ?? process.cwd()),
      },
      context.pullRequest?.baseSha,
    ),
  );
}
