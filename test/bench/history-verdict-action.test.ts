/**
 * The bench action's `mode: history` in-process (main.ts), as a scheduled job: the suite's history
 * on the data branch, served by the fake GitHub behind the OpenAPI-checking server, searched for
 * change points (Otava's TigerBeetle series as the stored medians; origin in
 * test/fixtures/bench/otava/SOURCES.md).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BENCH_HISTORY } from '../../src/gates/bench/history.js';
import { main } from '../../src/gates/bench/main.js';
import { logEntry } from '../../src/history/log.js';
import { FakeDataBranches } from '../github/fake-data-branch.js';
import { OpenApiServer } from '../github/openapi-server.js';

const token = 'ghs_benchHistoryTokenNeverLogged0123456789';
const tigerbeetle = (
  JSON.parse(
    readFileSync(new URL('../fixtures/bench/otava/tigerbeetle.json', import.meta.url), 'utf8'),
  ) as { series: number[] }
).series;
const shaOf = (run: number): string => `${String(run).padStart(4, '0')}${'b'.repeat(36)}`;
/** @actions/core keeps the summary path of its first write: one file, emptied per run. */
const summaryFile = join(mkdtempSync(join(tmpdir(), 'kaizen-bench-history-summary-')), 's.md');

let dir: string;
let data: FakeDataBranches;
let server: OpenApiServer;
let log: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-bench-history-action-'));
  data = new FakeDataBranches();
  const text = tigerbeetle
    .map((value, run) =>
      JSON.stringify(
        logEntry(
          BENCH_HISTORY,
          {
            suite: 'default',
            sha: shaOf(run),
            createdAt: new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString(),
          },
          {
            benchmarks: [
              {
                name: 'transfers',
                unit: 'ops/s',
                direction: 'bigger-is-better',
                median: value,
                n: 5,
              },
            ],
          },
        ),
      ),
    )
    .join('\n');
  data.seed('kaizen-data', 'bench/default.jsonl', `${text}\n`);
  server = await OpenApiServer.start(data.handlers());
  log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await server.close();
});

async function scheduled(
  inputs: Record<string, string>,
): Promise<{ exitCode: number; outputs: string; summary: string }> {
  const event = join(dir, 'schedule.json');
  writeFileSync(
    event,
    JSON.stringify({ schedule: '0 3 * * *', repository: { default_branch: 'main' } }),
  );
  const outputs = join(dir, 'outputs');
  writeFileSync(outputs, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    INPUT_MODE: 'history',
    'INPUT_GITHUB-TOKEN': token,
    'INPUT_CHECK-RUN': 'false',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '77',
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  process.exitCode = undefined;
  await main();
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return {
    exitCode,
    outputs: readFileSync(outputs, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

describe('actions/bench with mode: history', () => {
  it('reads the data branch without result files and passes on old change points', async () => {
    const run = await scheduled({});
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain(
      'No regression in the newest 10 runs \\(2 change points in the history of 1 benchmark\\)',
    );
    expect(run.summary).toContain('xychart-beta');
    expect(run.outputs).toMatch(/regressions<<[\s\S]*?\n0\n/);
    // The token is masked (::add-mask::) and never written otherwise.
    expect(log.replace(/::add-mask::.*\n/g, '')).not.toContain(token);
  });

  it('fails on a regression in the runs since a commit, with Otava’s options as inputs', async () => {
    const run = await scheduled({ since: '0012bbb', window: '30', significance: '0.01' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatch(/regressions<<[\s\S]*?\n1\n/);
    expect(run.outputs).toMatch(/worst-change<<[\s\S]*?\n-8\.4%\n/);
  });

  it('says what is wrong with an input', async () => {
    const run = await scheduled({ since: 'soon' });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain("Input 'since' is 'soon'");
  });
});
