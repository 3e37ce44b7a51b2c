/** The `kaizen-gates` command: one line that runs the CLI, as the action entry points do. */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
}).catch((error: unknown) => {
  process.stderr.write(
    `kaizen-gates: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`,
  );
  return 2;
});
