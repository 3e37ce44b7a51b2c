/**
 * The prom-lint gate's one code path, shared by the action and the CLI: read the configuration
 * file, find the rule files, lint them all, place the findings against the change under review,
 * return the verdict. All I/O comes in through `PromLintIo`.
 */
import type { ChangeLookup } from '../../diff/changed-lines.js';
import { ConfigurationError, isConfigurationError } from '../../shared/errors.js';
import type { InputSource } from '../../shared/inputs.js';
import type { Logger } from '../../shared/logger.js';
import type { Verdict } from '../../verdict/types.js';
import type { ResolveOptions } from '../../io/files.js';
import { collectGarbage } from '../../shared/collect-garbage.js';
import { countOf } from '../../report/labels.js';
import {
  DEFAULT_CONFIG_PATHS,
  parsePromLintConfig,
  type PromLintConfig,
  type PromLintScope,
} from './config-file.js';
import { configFileInput, readPromLintInputs, type PromLintInputs } from './inputs.js';
import { lintRuleFiles } from './lint.js';
import { notARuleFile } from './load/rule-file-kind.js';
import { normalizeChangePath } from '../../diff/changed-lines.js';
import { buildPromLintVerdict, type ReportScope } from './verdict.js';

/** The I/O the prom-lint gate needs. */
export interface PromLintIo {
  logger: Logger;
  /** Paths matching the globs; throws ConfigurationError when a glob matches nothing. */
  resolveFiles(
    patterns: readonly string[],
    inputName: string,
    options?: ResolveOptions,
  ): Promise<string[]>;
  readFile(path: string): Promise<string>;
  /** Whether a file exists, for the configuration file in its default place. */
  fileExists(path: string): Promise<boolean>;
  /**
   * The change under review (a pull request's files, or a local diff); asked only when the
   * scope is not `all`. Absent: there is none, and every finding is reported.
   */
  changes?: () => Promise<ChangeLookup>;
  /**
   * How this user names rule files (the CLI's arguments, the action's `paths` input), told when
   * the default globs match nothing; absent: the verdict's note is all that is said.
   */
  howToNameFiles?: string;
  /** The clock, for `snooze` comments (default: the system clock). */
  now?: () => Date;
}

/**
 * Reads the configuration file: the one the `config` input names, else the first of
 * {@link DEFAULT_CONFIG_PATHS} that exists, else none.
 *
 * @throws ConfigurationError when the named file does not exist, when both default files
 *   exist, or when the file is not a valid configuration.
 */
export async function readPromLintConfigFile(
  source: InputSource,
  io: Pick<PromLintIo, 'readFile' | 'fileExists'>,
): Promise<PromLintConfig | undefined> {
  const named = configFileInput(source);
  if (named !== undefined) {
    if (!(await io.fileExists(named)))
      throw new ConfigurationError(`Input 'config': the file '${named}' does not exist.`);
    return parsePromLintConfig(await io.readFile(named), named);
  }
  const found: string[] = [];
  for (const path of DEFAULT_CONFIG_PATHS) if (await io.fileExists(path)) found.push(path);
  if (found.length > 1) {
    throw new ConfigurationError(
      `Both ${found.map((p) => `'${p}'`).join(' and ')} exist; keep one (or name it with 'config').`,
    );
  }
  const [path] = found;
  return path === undefined ? undefined : parsePromLintConfig(await io.readFile(path), path);
}

/** Runs the gate from raw inputs: configuration file, then inputs over it, then the lint. */
export async function runPromLintGate(source: InputSource, io: PromLintIo): Promise<Verdict> {
  const config = await readPromLintConfigFile(source, io);
  if (config !== undefined) io.logger.info(`Read the configuration file ${config.path}`);
  return runPromLint(readPromLintInputs(source, config), io);
}

/**
 * Which findings to report. `all` reports all. `changed-files` and `auto` ask for the change:
 * with one, findings are scoped to it; without one, everything is reported, with a note saying
 * why (a warning when something failed; nothing at all when `auto` ran where there is simply no
 * change, such as a push). Reporting problems never fail the gate.
 */
export async function resolveReportScope(
  scope: PromLintScope,
  changes: (() => Promise<ChangeLookup>) | undefined,
  logger: Logger,
): Promise<ReportScope> {
  if (scope === 'all') return { kind: 'all' };
  const lookup: ChangeLookup =
    changes === undefined
      ? { kind: 'unavailable', reason: 'there is no change to compare with', problem: false }
      : await changes();
  if (lookup.kind === 'changes') {
    return { kind: 'changed-files', changes: lookup.changes, against: lookup.against };
  }
  if (scope === 'auto' && !lookup.problem) return { kind: 'all' };
  if (lookup.problem) logger.warning(`Scope changed-files: ${lookup.reason}; reporting every file`);
  return {
    kind: 'all',
    fallback: {
      reason: `\`scope: changed-files\` needs the change under review, but ${lookup.reason}`,
      level: lookup.problem ? 'warning' : 'info',
    },
  };
}

/**
 * The files the default globs match. Each glob is resolved on its own: a repository with only
 * `*.rules.yml` files must not lose them because no `*.rules.yaml` exists. Nothing matching at
 * all is a warning in the verdict, not an error; paths the user named that match nothing are a
 * mistake, and `resolveFiles` says so.
 */
async function resolveDefaultGlobs(
  globs: readonly string[],
  io: Pick<PromLintIo, 'resolveFiles'>,
): Promise<string[]> {
  const found = new Set<string>();
  for (const glob of globs) {
    try {
      for (const path of await io.resolveFiles([glob], 'paths')) found.add(path);
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
    }
  }
  return [...found].sort();
}

/** Characters of rule files from which their YAML trees are worth collecting once decoded. */
const GARBAGE_WORTH_COLLECTING = 256 * 1024;

/** A directory named as a path stands for its YAML files at any depth, as pint reads it. */
const RULE_FILES_OF_A_DIRECTORY = '*.{yml,yaml}';

/** Runs the prom-lint gate. Throws ConfigurationError on unusable input. */
export async function runPromLint(inputs: PromLintInputs, io: PromLintIo): Promise<Verdict> {
  const paths = inputs.defaultPaths
    ? await resolveDefaultGlobs(inputs.paths, io)
    : await io.resolveFiles(inputs.paths, inputs.pathsFrom, {
        directoryFiles: RULE_FILES_OF_A_DIRECTORY,
      });
  if (inputs.defaultPaths && paths.length === 0 && io.howToNameFiles !== undefined) {
    io.logger.warning(
      `No rule files found: nothing matches the default ${inputs.paths.join(', ')}. ${io.howToNameFiles}`,
    );
  }
  // Files a directory or a glob found must look like rule files; a file named is linted anyway.
  const named = new Set(inputs.defaultPaths ? [] : inputs.paths.map(normalizeChangePath));
  const files = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const path of paths) {
    const text = await io.readFile(path);
    const reason = named.has(normalizeChangePath(path)) ? undefined : notARuleFile(text);
    if (reason === undefined) files.push({ path, text });
    else skipped.push({ path, reason });
  }
  // Every file is linted whatever the scope: the checks across files (duplicate rules) need
  // them all, and the count of findings left out is part of the verdict.
  const { findings, stats } = lintRuleFiles(files, {
    legacyNames: inputs.legacyNames,
    experimentalFunctions: inputs.experimentalFunctions,
    settings: inputs.settings,
    today: (io.now?.() ?? new Date()).toISOString(),
    // Worth a collection only when the trees are large (a few megabytes of YAML or more).
    afterDecoding:
      files.reduce((total, { text }) => total + text.length, 0) >= GARBAGE_WORTH_COLLECTING
        ? collectGarbage
        : undefined,
  });
  io.logger.info(
    `Linted ${countOf(stats.files, 'rule file')} (${countOf(stats.rules, 'rule')}): ${countOf(findings.length, 'finding')}`,
  );
  const scope = await resolveReportScope(inputs.scope, io.changes, io.logger);
  return buildPromLintVerdict(findings, stats, {
    key: inputs.common.key,
    searched: inputs.paths,
    scope,
    linted: files.map(({ path }) => path),
    skipped,
    ...(inputs.configPath === undefined ? {} : { configPath: inputs.configPath }),
  });
}
