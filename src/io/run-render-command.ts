/**
 * Runs a render command (jsonnet, or any tool that prints dashboard JSON) as an argument array,
 * never through a shell: a file name is an argument, whatever characters it holds.
 */
import { execFile } from 'node:child_process';

/** What a render command printed, or why it failed. */
export type RenderOutput = { ok: true; stdout: string } | { ok: false; message: string };

/** A render taking longer than this is stopped: jsonnet renders a dashboard in well under a second. */
const RENDER_TIMEOUT_MS = 120_000;

/** Rendered output larger than this is refused (the same bound as files read from disk). */
const MAX_RENDER_BYTES = 200 * 1024 * 1024;

/**
 * Runs `argv` in `cwd` and returns its standard output. Never throws: a missing program, a
 * non-zero exit, a timeout or a signal is a failed render whose message names the command and
 * the first lines of its error output.
 */
export function runRenderCommand(argv: readonly string[], cwd: string): Promise<RenderOutput> {
  const [program, ...args] = argv;
  const shown = argv.join(' ');
  if (program === undefined) return Promise.resolve({ ok: false, message: 'empty command' });
  return new Promise((resolvePromise) => {
    execFile(
      program,
      args,
      { cwd, encoding: 'utf8', maxBuffer: MAX_RENDER_BYTES, timeout: RENDER_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error === null) {
          resolvePromise({ ok: true, stdout });
          return;
        }
        const code = (error as NodeJS.ErrnoException).code;
        const detail = stderr.trim().split('\n').slice(0, 5).join(' / ');
        let why: string;
        if (code === 'ENOENT') why = `'${program}' was not found (is it installed and on PATH?)`;
        else if (error.killed) why = `it was stopped after ${RENDER_TIMEOUT_MS / 1000} s`;
        else if (typeof code === 'number') why = `it exited with code ${code}`;
        else why = error.message.split('\n')[0] ?? 'it failed';
        resolvePromise({
          ok: false,
          message: `the render command \`${shown}\` failed: ${why}${detail === '' ? '' : `: ${detail}`}`,
        });
      },
    );
  });
}
