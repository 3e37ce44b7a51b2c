/**
 * `kaizen-gates <gate> [options]`: runs a gate locally, without GitHub, through the same gate
 * function the action calls. Exit codes: 0 pass (or tolerated by --fail-on), 1 failed by
 * policy, 2 bad usage or unreadable input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  DEFAULT_DASHBOARD_GLOBS,
  DEFAULT_LINT_CONFIG_PATH,
  DEFAULT_RENDER_GLOBS,
} from '../gates/dashboard-diff/defaults.js';
import { DEFAULT_CONFIG_PATHS, DEFAULT_RULE_GLOBS } from '../gates/prom-lint/defaults.js';
import { directoryExists, fileExists, readTextFile, resolveFiles } from '../io/files.js';
import { consoleChunks } from '../report/console.js';
import { isConfigurationError, ConfigurationError } from '../shared/errors.js';
import { readCommonInputs, type InputSource } from '../shared/inputs.js';
import type { Logger } from '../shared/logger.js';
import { VERSION } from '../version.js';
import { errorVerdict } from '../verdict/error-verdict.js';
import { exitCodeFor } from '../verdict/policy.js';
import type { GateName, Verdict } from '../verdict/types.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every gate takes. */
const commonOptions: Options = {
  'fail-on': { type: 'string' },
  key: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  sarif: { type: 'string' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const commonHelp = `
Output and policy:
  --fail-on fail|warn|never   what fails the run (default fail; error always fails)
  --key NAME                  name of this run when a gate runs several times
  --json FILE                 write the verdict as JSON
  --markdown FILE             write the PR comment as it would be posted
  --sarif FILE                write the findings as SARIF 2.1.0 (for code scanning)
  --no-color                  plain text even on a terminal (NO_COLOR works too)
  --quiet                     print only the headline
  -h, --help                  this help

Exit codes: 0 pass (or tolerated by --fail-on), 1 failed, 2 bad usage or unreadable input.`;

interface GateCommand {
  summary: string;
  options: Options;
  /** The input that positional arguments fill (joined by newlines), when the gate takes them. */
  positionals?: string;
  help: string;
  run(source: InputSource, logger: Logger): Promise<Verdict>;
}

const benchCommand: GateCommand = {
  summary: 'compare benchmark results against a baseline; fail only on real regressions',
  options: {
    current: { type: 'string', multiple: true },
    baseline: { type: 'string', multiple: true },
    format: { type: 'string' },
    threshold: { type: 'string' },
    thresholds: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
    directions: { type: 'string', multiple: true },
    alpha: { type: 'string' },
    correction: { type: 'string' },
    confidence: { type: 'string' },
    'baseline-from': { type: 'string' },
    'single-value': { type: 'string' },
    suite: { type: 'string' },
    'baseline-dir': { type: 'string' },
    'save-baseline': { type: 'string' },
    'base-ref': { type: 'string' },
    sha: { type: 'string' },
    'history-file': { type: 'string' },
    'history-retention': { type: 'string' },
  },
  help: `Usage: kaizen-gates bench --current FILE... [--baseline FILE...] [options]

Compares benchmark results (every repetition) of the current code against a baseline and fails
only on a regression beyond the threshold that is statistically real.

Inputs:
  --current FILE|GLOB         result files of the code under test (repeatable; required)
  --baseline FILE|GLOB        result files of the baseline (repeatable)
  --format F                  auto (default), google-benchmark, hyperfine, pytest-benchmark, go,
                              cargo, criterion, benchmarkjs, jmh, benchmarkdotnet, catch2, julia,
                              custom-smaller-is-better, custom-bigger-is-better
  --baseline-from WHERE       auto (default): same-job for --baseline files (base and head
                              measured on one machine), other-runner for a stored baseline
                              (a suite-wide offset is runner speed and is corrected); or name
                              one: same-job, other-runner

Decision:
  --threshold 10%             regression that fails (default 10%)
  --thresholds 'PATTERN: 15%' per-benchmark thresholds by name glob (repeatable; last match wins)
  --ignore PATTERN            leave benchmarks out by name glob (repeatable)
  --directions 'PATTERN: bigger-is-better'  override a metric's direction (repeatable)
  --alpha 0.05                family-wise error level across the suite
  --correction holm|bh|none   multiple-comparison control (default holm)
  --confidence 0.9            two-sided interval level: 0.8, 0.9 (default), 0.95, 0.98;
                              a regression fails when its lower end, a one-sided 95% bound
                              at 0.9, exceeds the threshold
  --single-value warn|fail    what a change seen in single values may do (default warn)

Stored baselines (a directory stands in for the Actions cache):
  --baseline-dir DIR          where baselines are stored per suite and commit
  --suite NAME                suite name in the store (default "default")
  --save-baseline always      store these results as the baseline of --sha (default HEAD)
  --base-ref REF              compare against the nearest stored ancestor of the merge base
                              of HEAD and REF (default HEAD~1)

History (a JSON-lines file stands in for the data branch):
  --history-file FILE         read stored runs for trend charts and the run-to-run noise of
                              single-value benchmarks; with --save-baseline always, append
                              this run
  --history-retention N       runs kept in the file (default 500)
${commonHelp}`,
  async run(source, logger) {
    // Each gate's code is loaded when it runs (a chunk of the bundle): a command pays for its
    // own gate only, which matters for prom-lint as a pre-commit hook.
    const [
      { readBenchInputs },
      { runBench },
      { BENCH_HISTORY },
      { directoryStore },
      { historyFile },
      { headCommit, mergeBaseAncestors },
    ] = await Promise.all([
      import('../gates/bench/inputs.js'),
      import('../gates/bench/run.js'),
      import('../gates/bench/history.js'),
      import('../history/directory-store.js'),
      import('../history/history-file.js'),
      import('../io/git.js'),
    ]);
    const inputs = readBenchInputs(source);
    const baseRef = source('base-ref').trim() || 'HEAD~1';
    const save = inputs.saveBaseline === 'always';
    const sha = source('sha').trim() || (save ? await headCommit() : undefined);
    if (save && !inputs.baselineDir && !inputs.historyFile) {
      throw new ConfigurationError(
        '--save-baseline always needs --baseline-dir DIR or --history-file FILE to store into.',
      );
    }
    if (save && !sha) {
      throw new ConfigurationError(
        '--save-baseline always needs --sha, or a git checkout to read HEAD from.',
      );
    }
    return runBench(inputs, {
      logger,
      resolveFiles,
      readFile: readTextFile,
      ...(inputs.baselineDir
        ? {
            store: directoryStore(inputs.baselineDir),
            ancestors: () => mergeBaseAncestors(baseRef, 'HEAD', inputs.baselineSearchDepth),
          }
        : {}),
      ...(save && sha ? { saveAs: sha } : {}),
      ...(inputs.historyFile
        ? { history: historyFile(BENCH_HISTORY, inputs.historyFile, inputs.historyRetention) }
        : {}),
      now: () => new Date(),
    });
  },
};

/** Gates the CLI knows, by name. */
const promLintCommand: GateCommand = {
  summary: 'lint Prometheus alerting and recording rule files, with every finding on its line',
  positionals: 'paths',
  options: {
    'legacy-names': { type: 'boolean' },
    'experimental-functions': { type: 'boolean' },
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

Scope (every file is linted; this decides which findings are reported):
  --base REF                  the change under review is what the working tree changes since
                              its merge base with REF (e.g. origin/main), untracked files included
  --scope auto|changed-files|all
                              changed-files: report findings in changed files only (on changed
                              lines, or listed apart); all: report every finding; auto (default):
                              changed-files with --base, all without
${commonHelp}`,
  async run(source, logger) {
    const base = source('base').trim();
    const [{ runPromLintGate }, { localChanges }] = await Promise.all([
      import('../gates/prom-lint/run.js'),
      import('../io/local-changes.js'),
    ]);
    return runPromLintGate(source, {
      logger,
      resolveFiles,
      readFile: readTextFile,
      fileExists,
      changes: () =>
        base === ''
          ? Promise.resolve({
              kind: 'unavailable',
              reason: 'no --base REF names what to compare with',
              problem: false,
            })
          : localChanges(base),
    });
  },
};

const dashboardDiffCommand: GateCommand = {
  summary: 'review Grafana dashboard changes panel by panel, and lint what the change introduces',
  positionals: 'paths',
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    'base-ref': { type: 'string' },
    render: { type: 'string' },
    'render-glob': { type: 'string', multiple: true },
    'lint-config': { type: 'string' },
  },
  help: `Usage: kaizen-gates dashboard-diff --base FILE --head FILE [options]
       kaizen-gates dashboard-diff --base-ref REF [PATH|DIR|GLOB...] [options]

Compares Grafana dashboards semantically (panels, queries, variables, layout; ids, versions and
key order are not changes) and lints what the change introduces. Reads dashboard JSON, exports
for sharing, the API's {dashboard, meta}, Kubernetes resources, ConfigMaps and multi-document
YAML, and any source a render command turns into JSON (jsonnet).

Sides:
  --base FILE --head FILE     compare two files
  --base-ref REF              compare every changed dashboard of the working tree (untracked
                              files included, renames followed) with its version at the merge
                              base of REF and HEAD (e.g. origin/main)
  PATH|DIR|GLOB...            with --base-ref, the files to look at (default: ${DEFAULT_DASHBOARD_GLOBS.join(', ')},
                              those that are dashboards; a directory: its JSON files; globs are
                              git's: ** crosses folders); YAML files are read when named here

Rendering (run without a shell; {file} is the file, appended when absent):
  --render 'jsonnet -J vendor {file}'
                              command that prints a dashboard's JSON; with --base-ref the base
                              side is rendered in a temporary checkout of the merge base
  --render-glob GLOB          files to render (repeatable; default ${DEFAULT_RENDER_GLOBS.join(', ')})

Lint:
  --lint-config FILE          grafana/dashboard-linter configuration (default: ${DEFAULT_LINT_CONFIG_PATH} when present)
${commonHelp}`,
  async run(source, logger) {
    const [{ runDashboardDiffGate }, { changedFileVersions }, { runRenderCommand }] =
      await Promise.all([
        import('../gates/dashboard-diff/run.js'),
        import('../io/changed-file-versions.js'),
        import('../io/run-render-command.js'),
      ]);
    return runDashboardDiffGate(source, {
      logger,
      readFile: readTextFile,
      fileExists,
      directoryExists,
      // The CLI never fetches: a shallow clone is reported with the command that deepens it.
      changedFiles: (ref, patterns) => changedFileVersions(ref, patterns, { logger }),
      render: (argv, cwd) => runRenderCommand(argv, cwd ?? process.cwd()),
    });
  },
};

const commands: Partial<Record<GateName, GateCommand>> = {
  bench: benchCommand,
  'prom-lint': promLintCommand,
  'dashboard-diff': dashboardDiffCommand,
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, c]) => `  ${name.padEnd(16)}${c?.summary ?? ''}`,
  );
  return `kaizen-gates ${VERSION}: measure, then decide.

Usage: kaizen-gates <gate> [options]   (kaizen-gates <gate> --help for a gate's options)

Gates:
${lines.join('\n')}
`;
}

/** Runs the CLI with `argv` (without node and script), returning the exit code. */
export async function runCli(
  argv: readonly string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void; color: boolean },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name as GateName];
  if (!command) {
    io.stderr(`kaizen-gates: unknown gate '${name}'.\n\n${usage()}`);
    return 2;
  }
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options: { ...commonOptions, ...command.options },
      allowPositionals: command.positionals !== undefined,
      strict: true,
    }));
  } catch (error) {
    io.stderr(`kaizen-gates ${name}: ${(error as Error).message}\n\n${command.help}\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  const source: InputSource = (input) => {
    if (input === command.positionals && positionals.length > 0) return positionals.join('\n');
    const value = values[input];
    if (Array.isArray(value)) return value.join('\n');
    if (value === true) return 'true';
    return typeof value === 'string' ? value : '';
  };
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
    verdict = errorVerdict(name as GateName, source('key') || 'default', error.message);
  }

  const color = io.color && values['no-color'] !== true;
  if (quiet) io.stdout(`${verdict.headline}\n`);
  else {
    // Written as it is rendered: the text of 20,000 findings need not be in memory at once.
    for (const chunk of consoleChunks(verdict, { color })) io.stdout(chunk);
    io.stdout('\n');
  }
  try {
    // Rendered only when asked for: a verdict of 20,000 findings is a large string to build.
    if (source('json') !== '') writeOutput(source('json'), `${JSON.stringify(verdict, null, 2)}\n`);
    if (source('markdown') !== '') {
      const { renderComment } = await import('../report/markdown.js');
      writeOutput(source('markdown'), renderComment(verdict, { version: VERSION }));
    }
    if (source('sarif') !== '') {
      const { renderSarif } = await import('../report/sarif.js');
      writeOutput(
        source('sarif'),
        `${JSON.stringify(renderSarif(verdict, { version: VERSION }), null, 2)}\n`,
      );
    }
  } catch (error) {
    io.stderr(`kaizen-gates: cannot write output: ${(error as Error).message}\n`);
    return 2;
  }
  return exitCodeFor(verdict.status, failOn);
}

function writeOutput(path: string, text: string): void {
  if (path === '') return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
