/**
 * The `kaizen-gates` command: one line that runs the CLI, as the action entry points do, and the
 * streams it writes to. A reader that stops early (`kaizen-gates … | head`) closes the pipe:
 * further output is dropped quietly (the files were written first) and the exit code is still
 * the verdict's, where Node would otherwise end with an EPIPE stack trace.
 */
import { terminalWidth } from '../report/console.js';
import { runCli } from './run-cli.js';

/** A stream's writer that goes quiet once the stream's reader has gone away. */
function writerOf(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // Writes after the first failure fail too (the stream is destroyed): only the first counts.
    if (!closed && error.code !== 'EPIPE') process.exitCode = 2;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The `width` of the CLI's streams, when the output is a terminal. */
function widthOf(width: number | undefined): { width?: number } {
  return width === undefined ? {} : { width };
}

const stderr = writerOf(process.stderr);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: writerOf(process.stdout),
  stderr,
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  ...widthOf(terminalWidth(process.stdout, process.env)),
}).catch((error: unknown) => {
  stderr(
    `kaizen-gates: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`,
  );
  return 2;
});
