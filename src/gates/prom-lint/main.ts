/** The prom-lint gate as a GitHub Action: wires the action's I/O into the shared gate function. */
import { runAction } from '../../action/run-action.js';
import { readTextFile, resolveFiles } from '../../io/files.js';
import { readPromLintInputs } from './inputs.js';
import { runPromLint } from './run.js';

/** Runs the prom-lint action. */
export function main(): Promise<void> {
  return runAction('prom-lint', ({ source, logger }) =>
    runPromLint(readPromLintInputs(source), { logger, resolveFiles, readFile: readTextFile }),
  );
}
