/** `kaizen-gates bench`: the bench gate on local result files, with a directory as the store. */
import { resolveFiles, readTextFile } from '../../io/files.js';
import { ConfigurationError } from '../../shared/errors.js';
import { commonHelp, type GateCommand } from '../command.js';
import { closestName } from '../did-you-mean.js';

export const benchCommand: GateCommand = {
  summary: 'compare benchmark results against a baseline; fail only on real regressions',
  baseRefOption: 'base-ref',
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
    'history-window': { type: 'string' },
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
  --history-file FILE         read stored runs for trend charts and to judge single-value
                              benchmarks against their run-to-run noise (without --baseline
                              or a stored baseline, the stored runs are the baseline); with
                              --save-baseline always, append this run
  --history-window N          most recent stored runs of the merge base's ancestry that single
                              values are judged against (default 30, 5 to 500)
  --history-retention N       runs kept in the file (default 500)

Change points in the stored history (scheduled runs): kaizen-gates bench history --help
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
      { requireCommit },
      { localAncestry },
    ] = await Promise.all([
      import('../../gates/bench/inputs.js'),
      import('../../gates/bench/run.js'),
      import('../../gates/bench/history.js'),
      import('../../history/directory-store.js'),
      import('../../history/history-file.js'),
      import('../../io/git.js'),
      import('../../io/local-changes.js'),
      import('../../history/ancestry.js'),
    ]);
    const inputs = readBenchInputs(source);
    const givenBaseRef = source('base-ref').trim();
    // A ref the user typed must name a commit; the default HEAD~1 may be absent (a first commit).
    if (givenBaseRef !== '')
      await requireCommit(givenBaseRef, '--base-ref', { closest: closestName });
    const baseRef = givenBaseRef || 'HEAD~1';
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
      ...(inputs.baselineDir ? { store: directoryStore(inputs.baselineDir) } : {}),
      // The stored baseline and the history both follow the merge base's ancestry.
      ...(inputs.baselineDir || inputs.historyFile
        ? { ancestors: () => mergeBaseAncestors(baseRef, 'HEAD', inputs.baselineSearchDepth) }
        : {}),
      ...(save && sha ? { saveAs: sha } : {}),
      ...(inputs.historyFile
        ? {
            history: historyFile(BENCH_HISTORY, inputs.historyFile, inputs.historyRetention),
            // The history window holds only runs of the merge base and its ancestors.
            ancestry: () => localAncestry(baseRef),
          }
        : {}),
      now: () => new Date(),
    });
  },
};
