/**
 * Naming inputs as the user typed them. The gates name an input through the InputSource's
 * `spell` (`inputLabel` in src/shared/inputs.ts), which the CLI sets to the flag. Some messages
 * are made where no InputSource is at hand and name the action input (`Input 'current'`):
 * io/files.ts's resolveFiles, which gets only the input's name, and a few run.ts files. For
 * those, {@link respell} rewrites the action's spelling of this command's inputs at the one
 * place a message reaches the user.
 */
import type { GateCommand } from './command.js';
import { commonOptions } from './command.js';

/** How `command` spells each input: its `spellings`, else `--<input>`. */
export function spellerOf(command: Pick<GateCommand, 'spellings'>): (name: string) => string {
  return (name) => command.spellings?.[name] ?? `--${name}`;
}

/**
 * `message` with each `Input 'name'` of an input `command` takes spelled as the user typed it:
 * `Input 'current': no file matches 'x'` → `--current: no file matches 'x'`. A name the command
 * does not take (an input of a configuration file: `Input 'paths' in 'lint.yml'`) is left alone.
 * @example respell("Input 'current' is required.", benchCommand, spellerOf(benchCommand))
 *   // '--current is required.'
 */
export function respell(
  message: string,
  command: Pick<GateCommand, 'options' | 'positionals' | 'spellings'>,
  spell: (name: string) => string,
): string {
  const known = new Set([
    ...Object.keys(commonOptions),
    ...Object.keys(command.options),
    ...Object.keys(command.spellings ?? {}),
    ...(command.positionals === undefined ? [] : [command.positionals]),
  ]);
  return message.replace(/Input '([A-Za-z0-9-]+)'(?! in ')/g, (text, name: string) =>
    known.has(name) ? spell(name) : text,
  );
}
