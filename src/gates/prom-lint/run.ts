/**
 * The prom-lint gate's one code path, shared by the action and the CLI: find the rule files,
 * lint them, return the verdict. All I/O comes in through `PromLintIo`.
 */
import { isConfigurationError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { Verdict } from '../../verdict/types.js';
import type { PromLintInputs } from './inputs.js';
import { lintRuleFiles } from './lint.js';
import { buildPromLintVerdict } from './verdict.js';

/** The I/O the prom-lint gate needs. */
export interface PromLintIo {
  logger: Logger;
  /** Paths matching the globs; throws ConfigurationError when a glob matches nothing. */
  resolveFiles(patterns: readonly string[], inputName: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
}

/** Runs the prom-lint gate. Throws ConfigurationError on unusable input. */
export async function runPromLint(inputs: PromLintInputs, io: PromLintIo): Promise<Verdict> {
  let paths: string[];
  try {
    paths = await io.resolveFiles(inputs.paths, 'paths');
  } catch (error) {
    // The default globs finding nothing is a warning (the verdict says so); paths the user named
    // that match nothing are a mistake.
    if (!inputs.defaultPaths || !isConfigurationError(error)) throw error;
    paths = [];
  }
  const files = [];
  for (const path of paths) files.push({ path, text: await io.readFile(path) });
  const { findings, stats } = lintRuleFiles(files, {
    legacyNames: inputs.legacyNames,
    experimentalFunctions: inputs.experimentalFunctions,
  });
  io.logger.info(
    `Linted ${stats.files} rule files (${stats.rules} rules): ${findings.length} findings`,
  );
  return buildPromLintVerdict(findings, stats, { key: inputs.common.key, searched: inputs.paths });
}
