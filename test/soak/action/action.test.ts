/**
 * The soak action (main.ts) in-process, as a nightly scheduled job against the fake GitHub behind
 * the OpenAPI-checking server: the nights on the data branch, and the tracking issue opened on
 * the first failing night, commented on the next, closed when the job passes again; and with a
 * token that may not write issues (403), a summary-only report that keeps the verdict's exit code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOAK_HISTORY } from '../../../src/gates/soak/history.js';
import { main } from '../../../src/gates/soak/main.js';
import { parseLog } from '../../../src/history/log.js';
import { FakeDataBranches } from '../../github/fake-data-branch.js';
import { FakeGitHub } from '../../github/fake-github.js';
import { OpenApiServer } from '../../github/openapi-server.js';
import { simulateNight } from '../run/simulate.js';

const token = 'ghs_soakTokenNeverLogged0123456789abcdef';
/**
 * @actions/core keeps the job summary's path from its first write in the process, so every
 * night writes to this one file, emptied before each night.
 */
const summaryFile = join(mkdtempSync(join(tmpdir(), 'kaizen-soak-summary-')), 'summary.md');
let dir: string;
let data: FakeDataBranches;
let github: FakeGitHub;
let server: OpenApiServer;
let log: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-soak-action-'));
  data = new FakeDataBranches();
  github = new FakeGitHub();
  // The data branch's contents endpoints, and issues kept by a fake we can look into.
  server = await OpenApiServer.start({ ...data.handlers(), ...github.handlers() });
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

/** One scheduled night of the action; returns its outputs and job summary. */
async function night(
  n: number,
  leakPercentPerHour: number,
): Promise<{ exitCode: number; outputs: string; summary: string }> {
  const input = join(dir, `night-${n}.csv`);
  writeFileSync(
    input,
    simulateNight({ leakPercentPerHour, seed: 300 + n, start: 1_796_590_800 + n * 86_400 }),
  );
  const event = join(dir, 'schedule.json');
  writeFileSync(
    event,
    JSON.stringify({ schedule: '0 2 * * *', repository: { default_branch: 'main' } }),
  );
  const outputs = join(dir, `outputs-${n}`);
  writeFileSync(outputs, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    INPUT_INPUT: input,
    INPUT_JOB: 'nightly-api',
    INPUT_SLO: 'latency_p99_ms < 250',
    INPUT_HISTORY: 'true',
    'INPUT_GITHUB-TOKEN': token,
    'INPUT_CHECK-RUN': 'false',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: String(n).repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: String(900 + n),
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
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

describe('actions/soak on a schedule', () => {
  it('keeps the nights on the data branch and the tracking issue in step with them', async () => {
    const first = await night(1, 0);
    expect(first.exitCode).toBe(0);
    expect(github.issues).toHaveLength(0);

    const second = await night(2, 3);
    expect(second.exitCode).toBe(1);
    expect(second.outputs).toMatch(/leaks<<[\s\S]*?\n1\n/);
    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(issue).toMatchObject({
      state: 'open',
      title: 'Soak job nightly-api is failing',
      labels: ['kaizen-gates'],
    });
    expect(issue?.body).toContain('process\\_resident\\_memory\\_bytes leaks');
    expect(issue?.body).toContain('https://github.com/acme/widgets/actions/runs/902');

    await night(3, 3);
    expect(github.issues).toHaveLength(1);
    const comments = github.comments.filter((c) => c.issueNumber === issue?.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('leaks');

    const fourth = await night(4, 0);
    expect(fourth.exitCode).toBe(0);
    expect(github.issues[0]?.state).toBe('closed');
    expect(github.comments.filter((c) => c.issueNumber === issue?.number)).toHaveLength(2);

    const stored = parseLog(
      SOAK_HISTORY,
      data.file('kaizen-data', 'soak/nightly-api.jsonl') ?? '',
      'h',
    );
    expect(stored.entries.map((e) => [e.sha[0], e.runId, e.passed])).toEqual([
      ['1', '901', true],
      ['2', '902', false],
      ['3', '903', false],
      ['4', '904', true],
    ]);
    expect(fourth.summary).toMatch(/Nights compared \|[\s\S]*\| 4 \|/);
    // The token is only ever named to the runner, to be masked.
    expect(log.replace(/^::add-mask::.*$/gm, '')).not.toContain(token);
  });

  it('without issues: write, reports in the job summary only and keeps the exit code', async () => {
    github.readOnly = true;
    const failing = await night(5, 3);
    expect(failing.exitCode).toBe(1);
    expect(failing.summary).toContain('Soak test: process\\_resident\\_memory\\_bytes leaks');
    expect(github.issues).toHaveLength(0);
    expect(log).toMatch(/::warning::.*issues: write/);
  });
});
