/** `kaizen-gates prom-lint`: the prom-lint gate on local rule files, scoped by a local diff. */
import { DEFAULT_CONFIG_PATHS, DEFAULT_RULE_GLOBS } from '../../gates/prom-lint/defaults.js';
import { fileExists, readTextFile, resolveFiles } from '../../io/files.js';
import { commonHelp, type GateCommand } from '../command.js';
import { closestName } from '../did-you-mean.js';

export const promLintCommand: GateCommand = {
  summary: 'lint Prometheus alerting and recording rule files, with every finding on its line',
  baseRefOption: 'base',
  positionals: 'paths',
  options: {
    'legacy-names': { type: 'boolean' },
    'experimental-functions': { type: 'boolean' },
    'prometheus-version': { type: 'string' },
    config: { type: 'string' },
    scope: { type: 'string' },
    base: { type: 'string' },
  },
  help: `Usage: kaizen-gates prom-lint [PATH|GLOB...] [options]

Lints Prometheus rule files (plain rule files, every document of a multi-document file,
PrometheusRule manifests and ConfigMaps): at least what promtool check rules rejects, each
finding with its file, line and column. Without paths: ${DEFAULT_RULE_GLOBS.join(', ')}.

Options:
  --config FILE               configuration file (default: ${DEFAULT_CONFIG_PATHS.join(' or ')}
                              when present); options given here override it
  --legacy-names              validate label and annotation names with the legacy pattern
                              [a-zA-Z_][a-zA-Z0-9_]* instead of UTF-8
  --experimental-functions    allow experimental PromQL functions
  --prometheus-version V      the Prometheus release the rules are deployed to (default: the
                              current release, 3.16); e.g. 2.42 to judge as promtool 2.42

Scope (every file is linted; this decides which findings are reported):
  --base REF                  the change under review is what the working tree changes since
                              its merge base with REF (e.g. origin/main), untracked files included
  --scope auto|changed-files|all
                              changed-files: report findings in changed files only (on changed
                              lines, or listed apart); all: report every finding; auto (default):
                              changed-files with --base, all without. With --base, a finding off
                              the changed lines that the same rule had at the merge base is
                              listed as existing and does not fail the run
${commonHelp}`,
  spellings: { paths: 'PATH' },
  async run(source, logger) {
    const base = source('base').trim();
    const [
      { readChangedRuleFilesFrom, runPromLintGate },
      { localChanges, requireCommit },
      { changedFileVersions },
    ] = await Promise.all([
      import('../../gates/prom-lint/run.js'),
      import('../../io/local-changes.js'),
      import('../../io/changed-file-versions.js'),
    ]);
    // A mistyped ref is a usage error here, not a warning after linting everything.
    if (base !== '') await requireCommit(base, '--base', { closest: closestName });
    return runPromLintGate(source, {
      logger,
      resolveFiles,
      readFile: readTextFile,
      fileExists,
      howToNameFiles:
        'Name the rule files, or the folders that hold them, as arguments ' +
        "(kaizen-gates prom-lint monitoring/ 'rules/**/*.yaml'), or list them under `paths:` " +
        `in ${DEFAULT_CONFIG_PATHS[0] ?? 'the configuration file'}.`,
      changes: () =>
        base === ''
          ? Promise.resolve({
              kind: 'unavailable',
              reason: 'no --base REF names what to compare with',
              problem: false,
            })
          : localChanges(base),
      // The CLI never fetches: in a shallow clone the findings are not compared with the base,
      // and a note says how to fetch it.
      ...(base === ''
        ? {}
        : {
            readChangedRuleFiles: (patterns: readonly string[]) =>
              readChangedRuleFilesFrom(() =>
                changedFileVersions(base, patterns, { logger, refLabel: "Input 'base'" }),
              ),
          }),
    });
  },
};
