/** Runs the CLI in-process, capturing what it prints, for tests. */
import { runCli } from '../../src/cli/run-cli.js';

/** The exit code and the captured output of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kaizen-gates <args>` without colour. */
export async function cli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
  });
  return { code, stdout, stderr };
}
