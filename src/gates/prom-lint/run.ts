/**
 * The prom-lint gate's one code path, shared by the action and the CLI: read the configuration
 * file, find the rule files, lint them all, place the findings against the change under review
 * (and, with the base's versions of the files it touched, tell the findings it brought from those
 * it found), return the verdict. All I/O comes in through `PromLintIo`.
 */
import {
  normalizeChangePath,
  placeInChange,
  type ChangedFiles,
  type ChangeLookup,
} from '../../diff/changed-lines.js';
import type { ChangedFileVersions } from '../../io/changed-file-versions.js';
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
import { existingFindings } from './existing-findings.js';
import { decodeRuleModels, lintRuleFiles, type LintOptions, type LintResult } from './lint.js';
import { notARuleFile } from './load/rule-file-kind.js';
import type { LintFinding } from './types.js';
import { buildPromLintVerdict, type PromLintVerdictOptions, type ReportScope } from './verdict.js';

/** One file the change under review touched, as git tells it apart from the merge base. */
export interface ChangedRuleFile {
  /** Its path in the working tree (after a rename); absent when the change deletes it. */
  path?: string;
  /** Its path at the merge base; absent when the change adds it. */
  basePath?: string;
  /** Its text at the merge base; absent when the change adds it (or git could not read it). */
  baseText?: string;
}

/** The files the change touched with their texts at the merge base, or why they are unknown. */
export type ChangedRuleFiles =
  { kind: 'files'; files: readonly ChangedRuleFile[] } | { kind: 'unavailable'; reason: string };

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
  /**
   * The files the change under review touched among those matching `patterns` (git `:(glob)`
   * pathspecs relative to the working directory: `**` crosses folders, `*` does not), with their
   * texts at its merge base; asked only when findings are scoped to a change. They tell the
   * findings the change brought from those it found (existing-findings.ts), and which recording
   * rules it removed (`rules/removed-dependency`). Absent: neither is done, and every finding in
   * a changed file counts as the change's.
   */
  readChangedRuleFiles?: (patterns: readonly string[]) => Promise<ChangedRuleFiles>;
  /** Where the README that documents each check is (the action's own repository and ref). */
  docs?: PromLintVerdictOptions['docs'];
}

/**
 * Reads the changed files' base texts through {@link ChangedFileVersions} (the CLI's `--base`
 * and the action's pull request base alike). Never throws a user's mistake: what stops git
 * (a shallow clone without the merge base, unrelated histories) becomes `unavailable` with git's
 * reason, since the gate can still report, only without telling existing findings apart.
 */
export async function readChangedRuleFilesFrom(
  versions: () => Promise<ChangedFileVersions>,
): Promise<ChangedRuleFiles> {
  try {
    const change = await versions();
    const texts = await change.readBaseTexts(change.files);
    return {
      kind: 'files',
      files: change.files.map((file) => {
        const baseText = file.baseBlob === undefined ? undefined : texts.get(file.baseBlob);
        return {
          ...(file.path === undefined ? {} : { path: file.path }),
          ...(file.basePath === undefined ? {} : { basePath: file.basePath }),
          ...(baseText === undefined ? {} : { baseText }),
        };
      }),
    };
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return { kind: 'unavailable', reason: error.message.replace(/\.$/, '') };
  }
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
  const scope = await resolveReportScope(inputs.scope, io.changes, io.logger);
  const changed =
    scope.kind === 'changed-files' && io.readChangedRuleFiles !== undefined
      ? await io.readChangedRuleFiles(gitPathspecsOf(inputs.paths, files))
      : undefined;
  if (changed?.kind === 'unavailable') {
    io.logger.warning(`Cannot read the changed rule files at the merge base: ${changed.reason}`);
  }
  const base = changed?.kind === 'files' ? baseVersionsOf(changed.files, files) : undefined;
  const options: LintOptions = {
    legacyNames: inputs.legacyNames,
    experimentalFunctions: inputs.experimentalFunctions,
    settings: inputs.settings,
    today: (io.now?.() ?? new Date()).toISOString(),
    // Worth a collection only when the trees are large (a few megabytes of YAML or more).
    afterDecoding:
      files.reduce((total, { text }) => total + text.length, 0) >= GARBAGE_WORTH_COLLECTING
        ? collectGarbage
        : undefined,
  };
  // Every file is linted whatever the scope: the checks across files (duplicate rules) need
  // them all, and the count of findings left out is part of the verdict.
  const head = lintRuleFiles(files, {
    ...options,
    ...(base === undefined
      ? {}
      : { before: decodeRuleModels(base.changed, options), identifyRules: true }),
  });
  const { findings, stats } = head;
  io.logger.info(
    `Linted ${countOf(stats.files, 'rule file')} (${countOf(stats.rules, 'rule')}): ${countOf(findings.length, 'finding')}`,
  );
  const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
  const elsewhere =
    changes === undefined
      ? 0
      : findings.filter((f) => placeInChange(changes, f.file, f.line, f.endLine) === 'changed-file')
          .length;
  const existing =
    changes !== undefined && base !== undefined && elsewhere > 0
      ? existingAtBase(head, changes, base, files, options, io)
      : undefined;
  const verdict = buildPromLintVerdict(findings, stats, {
    key: inputs.common.key,
    searched: inputs.paths,
    scope,
    linted: files.map(({ path }) => path),
    skipped,
    ...(inputs.configPath === undefined ? {} : { configPath: inputs.configPath }),
    ...(existing === undefined ? {} : { existing }),
    ...(io.docs === undefined ? {} : { docs: io.docs }),
  });
  if (changed?.kind === 'unavailable' && elsewhere > 0) {
    // Without the base, where a finding lies cannot say whether the change brought it: a finding
    // off the changed lines can still be its doing (a duplicate of a rule it added, a range too
    // short for a group interval it changed), so nothing is called existing.
    verdict.notes.push({
      level: 'info',
      text: `Findings off the changed lines are not compared with the merge base (${changed.reason}): each counts as the change's, since one off the changed lines can still be its doing (a duplicate of a rule it added, a group interval it changed).`,
    });
  }
  return verdict;
}

/** The changed rule files' versions at the merge base, as the lint needs them. */
interface BaseVersions {
  /**
   * The base's version of each changed file that is a rule file at the base: named by its path
   * in the working tree when it is linted there (so its findings compare with the head's across a
   * rename), else by its base path (a rule file the change deleted or made into another kind).
   */
  changed: { path: string; text: string }[];
  /** Linted paths (normalised) the change touched, whether or not the base had them. */
  touched: Set<string>;
}

/** The changed files' base versions that were rule files, named as the lint names them. */
function baseVersionsOf(
  changed: readonly ChangedRuleFile[],
  linted: readonly { path: string }[],
): BaseVersions {
  const lintedPath = new Map(linted.map(({ path }) => [normalizeChangePath(path), path]));
  const versions: BaseVersions = { changed: [], touched: new Set() };
  for (const file of changed) {
    const path =
      file.path === undefined ? undefined : lintedPath.get(normalizeChangePath(file.path));
    if (path !== undefined) versions.touched.add(normalizeChangePath(path));
    if (file.baseText === undefined) continue;
    // A file the head no longer lints counts only if the base read it as a rule file.
    if (path === undefined && notARuleFile(file.baseText) !== undefined) continue;
    const name = path ?? file.basePath ?? file.path;
    if (name !== undefined) versions.changed.push({ path: name, text: file.baseText });
  }
  return versions;
}

/**
 * The findings of `head` that the base had too (see {@link existingFindings}). The base is linted
 * as a whole: the files the change touched as they were, the others as they are (they are the
 * same), so that the checks across files (duplicates, overlaps) see the base as it was.
 */
function existingAtBase(
  head: LintResult,
  changes: ChangedFiles,
  base: BaseVersions,
  files: readonly { path: string; text: string }[],
  options: LintOptions,
  io: Pick<PromLintIo, 'logger'>,
): Set<LintFinding> {
  const suite = [
    ...files.filter(({ path }) => !base.touched.has(normalizeChangePath(path))),
    ...base.changed,
  ];
  const before = lintRuleFiles(suite, { ...options, identifyRules: true });
  const existing = existingFindings(
    { findings: head.findings, identities: head.identities ?? new Map() },
    changes,
    { findings: before.findings, identities: before.identities ?? new Map() },
  );
  io.logger.info(
    `Linted the ${countOf(base.changed.length, 'changed rule file')} as at the merge base: ${countOf(existing.size, 'finding')} off the changed lines ${existing.size === 1 ? 'was' : 'were'} there before`,
  );
  return existing;
}

/**
 * The user's paths as git pathspecs (for {@link PromLintIo.readChangedRuleFiles}): a glob as it
 * is, braces expanded (`*.{yml,yaml}`: git's globs have none); a linted file as itself; any other
 * plain path as the folder it names, whose YAML files at any depth are rule files (as
 * `resolveFiles` reads it), so that a rule file the change deleted is found too.
 */
export function gitPathspecsOf(
  paths: readonly string[],
  linted: readonly { path: string }[],
): string[] {
  const files = new Set(linted.map(({ path }) => normalizeChangePath(path)));
  const specs = new Set<string>();
  for (const path of paths) {
    const plain = normalizeChangePath(path);
    if (/[*?[{]/.test(path)) {
      for (const glob of expandBraces(plain)) specs.add(glob);
    } else if (files.has(plain)) {
      specs.add(plain);
    } else {
      const folder = plain === '' ? '' : `${plain}/`;
      specs.add(`${folder}**/*.yml`);
      specs.add(`${folder}**/*.yaml`);
    }
  }
  return [...specs];
}

/**
 * Every alternative of a glob's `{a,b}` groups, nested ones included.
 * @example expandBraces('r/*.{yml,yaml}') // ['r/*.yml', 'r/*.yaml']
 */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let at = open; at < glob.length; at++) {
    const char = glob[at];
    if (char === '{') depth++;
    else if (char === ',' && depth === 1) commas.push(at);
    else if (char === '}' && --depth === 0) {
      if (commas.length === 0) break; // `{a}` is no group: a literal brace, as tinyglobby reads it
      const before = glob.slice(0, open);
      const after = glob.slice(at + 1);
      const bounds = [open, ...commas, at];
      return bounds
        .slice(1)
        .flatMap((end, index) =>
          expandBraces(`${before}${glob.slice((bounds[index] ?? open) + 1, end)}${after}`),
        );
    }
  }
  return [glob];
}
