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

const coverageCommand: GateCommand = {
  summary: 'fail on coverage of the changed lines, totals, per-file minimums and drops',
  positionals: 'reports',
  options: {
    report: { type: 'string', multiple: true },
    format: { type: 'string' },
    'base-ref': { type: 'string' },
    'min-patch': { type: 'string' },
    'min-total': { type: 'string' },
    'min-branches': { type: 'string' },
    'min-functions': { type: 'string' },
    'min-per-file': { type: 'string' },
    'per-file': { type: 'string', multiple: true },
    'max-drop': { type: 'string' },
    'path-fix': { type: 'string', multiple: true },
    store: { type: 'string' },
    save: { type: 'string' },
    sha: { type: 'string' },
    'search-depth': { type: 'string' },
  },
  help: `Usage: kaizen-gates coverage --report FILE|GLOB... [--base-ref REF] [options]

Checks coverage reports against thresholds, on the lines a change adds (patch coverage, counted
as diff-cover counts it), on the totals, per file, and as a drop from the base's coverage.
Reads LCOV, Cobertura (gcovr, coverage.py, Istanbul, .NET), JaCoCo, Clover, Istanbul
coverage-final.json (and coverage-summary.json for totals), Go coverprofiles and SimpleCov
.resultset.json; several reports (shards, components, formats) merge: a line is covered when
any report covers it.

Reports:
  --report FILE|GLOB          report files (repeatable; also as arguments; required)
  --format F                  auto (default), lcov, cobertura, jacoco, clover, istanbul,
                              istanbul-summary, go, simplecov
  --path-fix 'BEFORE::AFTER'  a report path starting with BEFORE starts with AFTER (repeatable);
                              paths are otherwise matched to git ls-files by suffix

Thresholds (each optional; 80% or 0.8; never rounded: 99.99% is not 100%):
  --base-ref REF              the patch is what the working tree adds since its merge base
                              with REF (e.g. origin/main), untracked files included
  --min-patch P               coverage of the added and changed coverable lines
  --min-total P               total line coverage
  --min-branches P            total branch coverage
  --min-functions P           total function coverage
  --min-per-file P            line coverage every covered file must reach
  --per-file 'GLOB: P'        per-file minimum for files matching GLOB (repeatable; last
                              match wins; ** crosses folders)
  --max-drop P                largest drop of total line coverage from the base, in points
                              (0 allows none; needs --store and --base-ref)

Stored coverage (a directory stands in for the Actions cache):
  --store DIR                 where the coverage of commits is stored per key and commit
  --save always               store this coverage as that of a commit
  --sha SHA                   the commit --save stores under (default HEAD)
  --search-depth N            ancestors of the merge base searched for a stored base (50)
${commonHelp}`,
  async run(source, logger) {
    const [
      { runCoverageGate, gitChangeSince },
      { readTextPieces },
      goModules,
      repository,
      store,
      git,
    ] = await Promise.all([
      import('../gates/coverage/run.js'),
      import('../gates/coverage/read-reports.js'),
      import('../gates/coverage/go-modules.js'),
      import('../io/repository-files.js'),
      import('../history/directory-store.js'),
      import('../io/git.js'),
    ]);
    // Report globs come from --report and from arguments (a shell expands an unquoted glob).
    const reports: InputSource = (name) =>
      name === 'report'
        ? [source('report'), source('reports')].filter((value) => value !== '').join('\n')
        : source(name);
    const directory = source('store').trim();
    const baseRef = source('base-ref').trim();
    const save = source('save').trim().toLowerCase() === 'always';
    const sha = source('sha').trim() || (save ? await git.headCommit() : undefined);
    if (save && directory === '') {
      throw new ConfigurationError('--save always needs --store DIR to store into.');
    }
    if (save && !sha) {
      throw new ConfigurationError(
        '--save always needs --sha, or a git checkout to read HEAD from.',
      );
    }
    // Paths are the repository's (git ls-files from its top folder), wherever in it the CLI runs.
    const root = await repository.repositoryRoot();
    return runCoverageGate(reports, {
      logger,
      root,
      resolveFiles,
      readPieces: readTextPieces,
      listRepositoryFiles: () => repository.listRepositoryFiles(root),
      readGoModules: async (files) =>
        goModules.goModulesOf(await repository.readGoModFiles(files, root)),
      // The CLI never fetches: a shallow clone is reported with the command that deepens it.
      changes: (ref) => gitChangeSince(ref, { cwd: root }),
      ...(directory === ''
        ? {}
        : {
            store: store.directoryStore(directory),
            ...(baseRef === ''
              ? {}
              : {
                  ancestors: () =>
                    git.mergeBaseAncestors(baseRef, 'HEAD', Number(source('search-depth')) || 50),
                }),
          }),
      ...(save && sha ? { saveAs: sha } : {}),
      now: () => new Date(),
    });
  },
};

const soakCommand: GateCommand = {
  summary: 'analyse a soak run: leaks, latency drift, SLOs and burn rates, night over night',
  options: {
    input: { type: 'string', multiple: true },
    format: { type: 'string' },
    prometheus: { type: 'string' },
    query: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    step: { type: 'string' },
    'prometheus-header': { type: 'string', multiple: true },
    slo: { type: 'string', multiple: true },
    growth: { type: 'string', multiple: true },
    warmup: { type: 'string' },
    alpha: { type: 'string' },
    history: { type: 'string' },
    'history-retention': { type: 'string' },
    job: { type: 'string' },
    sha: { type: 'string' },
  },
  help: `Usage: kaizen-gates soak --input FILE... [options]
       kaizen-gates soak --prometheus URL --query NAME=PROMQL... [--from T --to T] [options]

Analyses a soak run as a whole: a memory leak (Theil-Sen slope, Mann-Kendall corrected for
autocorrelation; fails when significant and above its limit, 1%/h for memory by default),
latency drifting or shifting inside the run, and declared SLOs with their error budget and
multi-window burn rates; with --history, each night is compared with the nights before.

Input:
  --input FILE|GLOB           result files (repeatable): k6 --out json NDJSON, k6 --summary-export
                              or handleSummary JSON, Locust --csv files, timestamp,series,value
                              CSV, or {"series": {...}} JSON
  --format F                  auto (default), k6, k6-ndjson, locust, csv, json
  --prometheus URL            read series from Prometheus' query_range instead (or as well)
  --query NAME=PROMQL         a named query (repeatable), e.g.
                              memory_rss=process_resident_memory_bytes{job="api"}
  --from T --to T             the window: RFC 3339, epoch seconds or now-2h (default now-1h, now)
  --step 15s                  resolution of the query (default 15s, coarser for long windows)
  --prometheus-header 'Authorization: Bearer ...'
                              request header (repeatable)

Decision:
  --slo 'NAME < VALUE'        an objective (repeatable): 'latency_p99_ms < 200' (99% of samples),
                              'latency_p99_ms < 200 @ 99.5%', 'error_ratio < 0.001' (error budget)
  --growth 'GLOB: 1%/h'       growth limit by series glob (repeatable; last match wins; memory-
                              like series have 1%/h unless told)
  --warmup auto|DURATION      warm-up left out at the start: detected (default) or e.g. 5m
  --alpha 0.05                significance of the trend tests

History (a JSON-lines file stands in for the data branch):
  --history FILE              nights of this job: tonight is compared with them, then appended
  --history-retention N       nights kept in the file (default 500)
  --job NAME                  the soak job's name in the history (default: --key, else default)
  --sha SHA                   the commit tonight ran (default: HEAD of the working directory)
${commonHelp}`,
  async run(source, logger) {
    const [
      { readSoakInputs },
      { runSoak },
      { SOAK_HISTORY },
      { streamTextFile },
      { queryPrometheus },
      { historyFile },
      { headCommit },
    ] = await Promise.all([
      import('../gates/soak/inputs.js'),
      import('../gates/soak/run.js'),
      import('../gates/soak/history.js'),
      import('../gates/soak/stream-file.js'),
      import('../gates/soak/prometheus/index.js'),
      import('../history/history-file.js'),
      import('../io/git.js'),
    ]);
    // The CLI's --history names a file; the action's `history` is a switch for the data branch.
    const inputs = readSoakInputs((name) =>
      name === 'history' ? '' : name === 'history-file' ? source('history') : source(name),
    );
    const sha = source('sha').trim() || (inputs.historyFile ? await headCommit() : undefined);
    const now = new Date();
    return runSoak(inputs, {
      logger,
      resolveFiles,
      openFile: streamTextFile,
      queryPrometheus,
      ...(inputs.historyFile
        ? { history: historyFile(SOAK_HISTORY, inputs.historyFile, inputs.historyRetention) }
        : {}),
      appendHistory: true,
      ...(sha ? { sha } : {}),
      // Each local run is a night of its own, even at the same commit.
      runId: `cli-${now.toISOString()}`,
      now: () => now,
    });
  },
};

const commands: Partial<Record<GateName, GateCommand>> = {
  bench: benchCommand,
  'prom-lint': promLintCommand,
  'dashboard-diff': dashboardDiffCommand,
  soak: soakCommand,
  coverage: coverageCommand,
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
