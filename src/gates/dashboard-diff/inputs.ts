/**
 * Reads and validates the dashboard-diff gate's inputs once, for the action and the CLI alike:
 * which two sides to compare (two files, or the change since the merge base of a ref), which
 * files, how to render sources that are not JSON, and the lint configuration.
 */
import { ConfigurationError } from '../../shared/errors.js';
import {
  inputLabel,
  inputMention,
  listInput,
  optionalInput,
  readCommonInputs,
  type CommonInputs,
  type InputSource,
} from '../../shared/inputs.js';
import {
  DEFAULT_DASHBOARD_GLOBS,
  DEFAULT_RENDER_GLOBS,
  RENDER_FILE_PLACEHOLDER,
} from './defaults.js';

/** What is compared with what. */
export type DashboardDiffSides =
  /** Two files named on the command line (`--base`, `--head`). */
  | { kind: 'pair'; base: string; head: string }
  /** Every changed file matching `paths`, working tree against the merge base with `baseRef`. */
  | { kind: 'change'; baseRef: string; paths: string[]; defaultPaths: boolean };

/** A command that turns a source (jsonnet) into dashboard JSON on its standard output. */
export interface RenderCommand {
  /** Program and arguments, {@link RENDER_FILE_PLACEHOLDER} standing for the file. */
  argv: string[];
  /** The files it applies to (globs). */
  globs: string[];
}

/** Every input of the dashboard-diff gate. */
export interface DashboardDiffInputs {
  common: CommonInputs;
  sides: DashboardDiffSides;
  render?: RenderCommand;
  /** The lint configuration file named (`lint-config`); absent: the default file when it exists. */
  lintConfig?: string;
}

/**
 * Reads the inputs; throws ConfigurationError naming the bad input.
 *
 * @param defaultBaseRef what `base-ref` is when not given (the action: the pull request's base
 *   commit); without one, `base-ref` or `base` and `head` are required.
 */
export function readDashboardDiffInputs(
  source: InputSource,
  defaultBaseRef?: string,
): DashboardDiffInputs {
  const base = optionalInput(source, 'base');
  const head = optionalInput(source, 'head');
  const baseRef = optionalInput(source, 'base-ref');
  const paths = listInput(source, 'paths');
  let sides: DashboardDiffSides;
  if (base !== undefined || head !== undefined) {
    if (base === undefined || head === undefined) {
      throw new ConfigurationError(
        `${inputLabel(source, base === undefined ? 'base' : 'head')} is required with ${inputMention(source, base === undefined ? 'head' : 'base')}: name both files of the pair.`,
      );
    }
    if (baseRef !== undefined || paths.length > 0) {
      throw new ConfigurationError(
        "Inputs 'base' and 'head' compare two files; 'base-ref' and paths compare a change. Give one or the other.",
      );
    }
    sides = { kind: 'pair', base, head };
  } else {
    const ref = baseRef ?? defaultBaseRef;
    if (ref === undefined) {
      throw new ConfigurationError(
        `${inputLabel(source, 'base-ref')} is required (the branch to compare with, e.g. origin/main), or ${inputMention(source, 'base')} and ${inputMention(source, 'head')} to compare two files.`,
      );
    }
    refuseBraces(paths, inputLabel(source, 'paths'));
    sides = {
      kind: 'change',
      baseRef: ref,
      paths: paths.length > 0 ? paths : [...DEFAULT_DASHBOARD_GLOBS],
      defaultPaths: paths.length === 0,
    };
  }
  const render = readRenderCommand(source);
  const lintConfig = optionalInput(source, 'lint-config');
  return {
    common: readCommonInputs(source),
    sides,
    ...(render === undefined ? {} : { render }),
    ...(lintConfig === undefined ? {} : { lintConfig }),
  };
}

function readRenderCommand(source: InputSource): RenderCommand | undefined {
  const text = optionalInput(source, 'render');
  const globs = listInput(source, 'render-glob');
  if (text === undefined) {
    if (globs.length > 0) {
      throw new ConfigurationError(
        `${inputLabel(source, 'render-glob')} names files to render, but ${inputMention(source, 'render')} gives no command (e.g. 'jsonnet -J vendor {file}').`,
      );
    }
    return undefined;
  }
  refuseBraces(globs, inputLabel(source, 'render-glob'));
  const argv = splitCommand(text, 'render');
  if (!argv.some((arg) => arg.includes(RENDER_FILE_PLACEHOLDER)))
    argv.push(RENDER_FILE_PLACEHOLDER);
  return { argv, globs: globs.length > 0 ? globs : [...DEFAULT_RENDER_GLOBS] };
}

/**
 * The globs are git pathspecs (the files come from git), which have no `{a,b}` alternatives: a
 * pattern with braces would silently match nothing, so it is refused with what to write instead.
 */
function refuseBraces(patterns: readonly string[], label: string): void {
  // Lists are split at commas too, so `*.{json,yaml}` arrives as `*.{json` and `yaml}`.
  const braced = patterns.find((pattern) => /[{}]/.test(pattern));
  if (braced !== undefined) {
    throw new ConfigurationError(
      `${label} has '${braced}', but these globs are git's, which have no {a,b}: give one pattern per alternative.`,
    );
  }
}

/** Words that mean something to a shell only; the render command is run without one. */
const SHELL_OPERATORS = new Set(['|', '||', '&&', ';', '>', '>>', '<', '&', '2>', '2>&1']);

/**
 * Splits a command line into program and arguments as a POSIX shell would split plain words:
 * blanks separate, single quotes keep everything, double quotes keep all but a backslash before
 * `$`, a backquote, `"` or a backslash; a backslash outside quotes escapes the next character.
 * Nothing is expanded (no variables, no globs): the command runs without a shell, so a file name
 * can never become shell code. Written by hand because no dependency of the project splits
 * command lines.
 *
 * @throws ConfigurationError on an unclosed quote, a shell operator, or an empty command.
 * @example splitCommand(`jsonnet -J vendor --ext-str 'env=prod' {file}`, 'render')
 *   // ['jsonnet', '-J', 'vendor', '--ext-str', 'env=prod', '{file}']
 */
export function splitCommand(text: string, inputName: string): string[] {
  const words: string[] = [];
  let word = '';
  // A word may be empty ('' is an argument), so whether one is open is tracked apart.
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && '$`"\\'.includes(next) && next !== '') {
        word += next;
        i += 1;
      } else word += char;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (char === "'" || char === '"') quote = char;
      else if (char === '\\' && next !== '') {
        word += next;
        i += 1;
      } else word += char;
    }
  }
  if (quote !== undefined) {
    throw new ConfigurationError(`Input '${inputName}' has an unclosed ${quote} in '${text}'.`);
  }
  if (inWord) words.push(word);
  const operator = words.find((w) => SHELL_OPERATORS.has(w));
  if (operator !== undefined) {
    throw new ConfigurationError(
      `Input '${inputName}' contains '${operator}', but the command runs without a shell; put a pipeline in a script and name the script.`,
    );
  }
  if (words.length === 0) throw new ConfigurationError(`Input '${inputName}' is empty.`);
  return words;
}
