/**
 * `kaizen-gates <gate> [options]`: runs a gate locally, without GitHub, through the same gate
 * function the action calls. Exit codes: 0 pass (or tolerated by --fail-on), 1 failed by
 * policy, 2 bad usage or unreadable input.
 */
import { consoleChunks } from '../report/console.js';
import { isConfigurationError } from '../shared/errors.js';
import { inputSource, readCommonInputs, type InputSource } from '../shared/inputs.js';
import type { Logger } from '../shared/logger.js';
import { VERSION } from '../version.js';
import { errorVerdict } from '../verdict/error-verdict.js';
import { exitCodeFor } from '../verdict/policy.js';
import type { GateName, Verdict } from '../verdict/types.js';
import { commonOptions, type GateCommand } from './command.js';
import { benchCommand } from './commands/bench.js';
import { benchHistoryCommand } from './commands/bench-history.js';
import { coverageCommand } from './commands/coverage.js';
import { dashboardDiffCommand } from './commands/dashboard-diff.js';
import { promLintCommand } from './commands/prom-lint.js';
import { soakCommand } from './commands/soak.js';
import { closestName } from './did-you-mean.js';
import { localCommits, STANDARD_OUTPUT, writeOutputs, type Output } from './outputs.js';
import { parseCommandLine, UsageError, type CommandLine } from './parse-command-line.js';
import { respell, spellerOf } from './spelling.js';

/** Gates the CLI knows, by name. */
const commands: Partial<Record<GateName, GateCommand>> = {
  bench: benchCommand,
  'prom-lint': promLintCommand,
  'dashboard-diff': dashboardDiffCommand,
  soak: soakCommand,
  coverage: coverageCommand,
};

/**
 * Modes of a gate with options of their own, `kaizen-gates <gate> <mode> [options]`: the first
 * argument picks them, the verdict is still the gate's.
 */
const modes: Partial<Record<GateName, Readonly<Record<string, GateCommand>>>> = {
  bench: { history: benchHistoryCommand },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, c]) => `  ${name.padEnd(16)}${c?.summary ?? ''}`,
  );
  return `kaizen-gates ${VERSION}: measure, then decide.

Usage: kaizen-gates <gate> [options]   (kaizen-gates <gate> --help for a gate's options)

Gates:
${lines.join('\n')}

Options:
  -h, --help      this help
  -V, --version   print the version
`;
}

/** Where the CLI writes: the two streams, and whether standard output is a colour terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** The terminal's width to fit tables to; absent (output not a terminal): whole lines. */
  width?: number;
}

/** Runs the CLI with `argv` (without node and script), returning the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const mode = rest[0] === undefined ? undefined : modes[name as GateName]?.[rest[0]];
  const command = mode ?? commands[name as GateName];
  // How the command is named in messages: `bench history` for a mode.
  const title = mode ? `${name} ${rest[0] ?? ''}` : name;
  const args = mode ? rest.slice(1) : rest;
  if (!command) {
    const option = name.startsWith('-');
    const meant = closestName(name, option ? ['--help', '--version'] : Object.keys(commands));
    const what = option ? `unknown option ${name}` : `unknown gate '${name}'`;
    io.stderr(
      `kaizen-gates: ${what}${meant === undefined ? '' : `; did you mean '${meant}'?`} ` +
        `(see kaizen-gates --help)\n`,
    );
    return 2;
  }
  let line: CommandLine;
  try {
    line = parseCommandLine(args, { ...commonOptions, ...command.options }, command.positionals);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kaizen-gates ${title}: ${error.message} (see kaizen-gates ${title} --help)\n`);
    return 2;
  }
  const { values, positionals } = line;
  if (values.help === true) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  if (values.version === true) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const spell = spellerOf(command);
  const source: InputSource = inputSource(
    (input) => {
      if (input === command.positionals && positionals.length > 0) return positionals.join('\n');
      const value = values[input];
      if (Array.isArray(value)) return value.join('\n');
      if (value === true) return 'true';
      return typeof value === 'string' ? value : '';
    },
    { spell },
  );
  const outputs: Output[] = (['json', 'markdown', 'sarif'] as const)
    .map((kind) => ({ kind, path: source(kind) }))
    .filter(({ path }) => path !== '');
  const toStandardOutput = outputs.filter(({ path }) => path === STANDARD_OUTPUT);
  if (toStandardOutput.length > 1) {
    io.stderr(
      `kaizen-gates ${title}: ${toStandardOutput.map(({ kind }) => `--${kind}`).join(' and ')} ` +
        'both name standard output (-); one output can go there\n',
    );
    return 2;
  }
  const quiet = values.quiet === true;
  const logger: Logger = {
    info: (message) => {
      if (!quiet) io.stderr(`${message}\n`);
    },
    warning: (message) => io.stderr(`warning: ${message}\n`),
    debug: () => undefined,
  };

  let failOn: 'fail' | 'warn' | 'never' = 'fail';
  let verdict: Verdict;
  try {
    failOn = readCommonInputs(source).failOn;
    verdict = await command.run(source, logger);
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    const message = respell(error.message, command, spell);
    verdict = errorVerdict(name as GateName, source('key') || 'default', message);
  }

  // Git is asked only when the comment is written: no other output names commits.
  const baseRef = command.baseRefOption === undefined ? undefined : values[command.baseRefOption];
  const commits = outputs.some(({ kind }) => kind === 'markdown')
    ? await localCommits(verdict, typeof baseRef === 'string' ? baseRef.trim() : undefined)
    : undefined;
  // The files first: a reader that stops early (`| head`) must not cost them.
  try {
    await writeOutputs(verdict, outputs, io.stdout, commits);
  } catch (error) {
    io.stderr(`kaizen-gates: cannot write output: ${(error as Error).message}\n`);
    return 2;
  }
  if (toStandardOutput.length > 0) {
    // Standard output carries that output alone; the verdict's headline goes beside it.
    io.stderr(`${verdict.headline}\n`);
  } else if (quiet) {
    io.stdout(`${verdict.headline}\n`);
  } else {
    // Written as it is rendered: the text of 20,000 findings need not be in memory at once.
    const color = io.color && values['no-color'] !== true;
    for (const chunk of consoleChunks(verdict, {
      color,
      ...(io.width === undefined ? {} : { width: io.width }),
    }))
      io.stdout(chunk);
    io.stdout('\n');
  }
  return exitCodeFor(verdict.status, failOn);
}
