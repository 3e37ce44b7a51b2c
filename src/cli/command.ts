/** What a gate command of the CLI is: its options, its help, and how it runs its gate. */
import type { ParseArgsConfig } from 'node:util';
import type { InputSource } from '../shared/inputs.js';
import type { Logger } from '../shared/logger.js';
import type { Verdict } from '../verdict/types.js';

/** Option declarations as `node:util`'s parseArgs takes them. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** One gate of the CLI. */
export interface GateCommand {
  /** One line for the list of gates in `kaizen-gates --help`. */
  summary: string;
  /** The gate's own options (the common ones are added). */
  options: Options;
  /** The input that positional arguments fill (joined by newlines), when the gate takes them. */
  positionals?: string;
  /**
   * How the user names inputs that are not spelled `--<input>` on this command line: the
   * input positional arguments fill (`paths` is `PATH`), or an input read under another flag.
   */
  spellings?: Readonly<Record<string, string>>;
  /** The option naming the git ref the gate compares with, for the commits in `--markdown`. */
  baseRefOption?: string;
  /** The text of `kaizen-gates <gate> --help`. */
  help: string;
  /** Runs the gate on the inputs; throws ConfigurationError on bad input. */
  run(source: InputSource, logger: Logger): Promise<Verdict>;
}

/** Options every gate takes. */
export const commonOptions: Options = {
  'fail-on': { type: 'string' },
  key: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  sarif: { type: 'string' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

/** The part of every gate's help that documents {@link commonOptions}. */
export const commonHelp = `
Output and policy:
  --fail-on fail|warn|never   what fails the run (default fail; error always fails)
  --key NAME                  name of this run when a gate runs several times
  --json FILE                 write the verdict as JSON (- for standard output, alone)
  --markdown FILE             write the PR comment as it would be posted (- likewise)
  --sarif FILE                write the findings as SARIF 2.1.0 (for code scanning; - likewise)
  --no-color                  plain text even on a terminal (NO_COLOR works too)
  --quiet                     print only the headline
  -h, --help                  this help
  -V, --version               print the version

Exit codes: 0 pass (or tolerated by --fail-on), 1 failed, 2 bad usage or unreadable input.`;
