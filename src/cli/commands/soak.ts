/** `kaizen-gates soak`: the soak gate on local result files or a Prometheus server. */
import { resolveFiles } from '../../io/files.js';
import { inputSource } from '../../shared/inputs.js';
import { commonHelp, type GateCommand } from '../command.js';

export const soakCommand: GateCommand = {
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
  spellings: { 'history-file': '--history' },
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
      import('../../gates/soak/inputs.js'),
      import('../../gates/soak/run.js'),
      import('../../gates/soak/history.js'),
      import('../../gates/soak/stream-file.js'),
      import('../../gates/soak/prometheus/index.js'),
      import('../../history/history-file.js'),
      import('../../io/git.js'),
    ]);
    // The CLI's --history names a file; the action's `history` is a switch for the data branch.
    const inputs = readSoakInputs(
      inputSource(
        (name) =>
          name === 'history' ? '' : name === 'history-file' ? source('history') : source(name),
        source,
      ),
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
