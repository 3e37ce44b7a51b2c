/**
 * Reading a gate's command line. `node:util`'s parseArgs does the splitting; the checks are ours,
 * so that a mistake gets one line naming what was typed, with the option probably meant
 * ("did you mean --current?"), instead of Node's message about positional arguments.
 */
import { parseArgs } from 'node:util';
import type { Options } from './command.js';
import { closestName } from './did-you-mean.js';

/** What a command line holds: option values by name, and the positional arguments. */
export interface CommandLine {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** A command line the options do not allow, with the one-line reason. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Parses `args` against `options`.
 * @param positionals what positional arguments stand for (`PATH`), or undefined when the
 *   command takes none.
 * @throws UsageError on an unknown option, an option without its value, a value given to a
 *   switch, or an argument the command does not take.
 */
export function parseCommandLine(
  args: readonly string[],
  options: Options,
  positionals: string | undefined,
): CommandLine {
  const {
    values,
    positionals: given,
    tokens,
  } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const names = Object.keys(options);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) {
      const meant = closestName(token.name, names);
      throw new UsageError(
        `unknown option ${token.rawName}${meant === undefined ? '' : `; did you mean --${meant}?`}`,
      );
    }
    const flag = `--${token.name}`;
    if (option.type === 'boolean' && token.inlineValue === true) {
      throw new UsageError(`${flag} takes no value (got '${token.value ?? ''}')`);
    }
    if (option.type === 'string') {
      if (token.value === undefined) throw new UsageError(`${flag} needs a value`);
      // `--current --quiet`: parseArgs would take the next option as the value.
      if (token.inlineValue !== true && token.value.startsWith('--')) {
        throw new UsageError(
          `${flag} needs a value, but is followed by ${token.value} (write ${flag}=VALUE for a value that starts with -)`,
        );
      }
    }
  }
  if (positionals === undefined && given.length > 0) {
    throw new UsageError(
      `unexpected argument '${given[0] ?? ''}': this gate takes its files as options`,
    );
  }
  return { values, positionals: given };
}
