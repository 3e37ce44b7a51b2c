/**
 * Runs actions/bench/action.yml (and the top-level action.yml) the way the runner does, with
 * the committed dist/ bundle, real event payloads and real Google Benchmark outputs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { directoryCache, runComposite } from './composite-runner.js';

const root = resolve(import.meta.dirname, '../..');
const prEvent = join(root, 'test/fixtures/events/pull_request.synchronize.json');
const pushEvent = join(root, 'test/fixtures/events/push.json');
const prPayload = JSON.parse(readFileSync(prEvent, 'utf8')) as {
  pull_request: { base: { sha: string }; head: { sha: string } };
};
const baseSha = prPayload.pull_request.base.sha;

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'kaizen-ws-'));
  cpSync(join(root, 'examples/bench'), join(workspace, 'bench'), { recursive: true });
});

function prEnv(): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: prEvent,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_RUN_ID: '1001',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

function pushEnv(sha: string): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: pushEvent,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/master',
    GITHUB_RUN_ID: '1000',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

const benchAction = join(root, 'actions/bench/action.yml');

describe('actions/bench', () => {
  it('fails a same-job A/B comparison with a real regression and reports it everywhere', async () => {
    const result = await runComposite({
      actionFile: benchAction,
      inputs: { baseline: 'bench/base-*.json', current: 'bench/head-*.json' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('fail');
    expect(Number(result.outputs.regressions)).toBeGreaterThanOrEqual(1);
    expect(result.outputs['worst-benchmark']).toBe('BM_StringJoin/256');
    expect(result.outputs['worst-change']).toMatch(/^\+[\d,]+(\.\d)?%$/);
    expect(result.outputs['verdict-path']).toMatch(/kaizen-gates-bench-default\.json$/);
    const verdict = JSON.parse(readFileSync(result.outputs['verdict-path'] ?? '', 'utf8')) as {
      data: { baselineFrom: string; comparisons: { name: string; verdict: string }[] };
    };
    expect(verdict.data.baselineFrom).toBe('same-job');
    expect(verdict.data.comparisons.find((c) => c.name === 'BM_StringJoin/256')?.verdict).toBe(
      'regressed',
    );
    expect(result.summary).toContain('BM_StringJoin/256');
    expect(result.summary).toMatch(/regressed beyond 10%/);
    // The envelope for the fork-PR publish workflow names the PR and its head.
    const envelope = JSON.parse(readFileSync(result.outputs['envelope-path'] ?? '', 'utf8')) as {
      pullRequest: number;
      headSha: string;
    };
    expect(envelope).toMatchObject({ pullRequest: 2, headSha: prPayload.pull_request.head.sha });
    // No token, no cache lookup needed (baseline files were given): the restore step is skipped.
    expect(result.stepOutcomes.restore).toBe('skipped');
  });

  it('does not fail the job under fail-on: never, but still reports the failing verdict', async () => {
    const result = await runComposite({
      actionFile: benchAction,
      inputs: { baseline: 'bench/base-*.json', current: 'bench/head-*.json', 'fail-on': 'never' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.failed).toBe(false);
    expect(result.outputs.status).toBe('fail');
  });

  it('stores a baseline on a push to the default branch and compares a PR against its merge base', async () => {
    const cache = directoryCache(join(workspace, '.cache'));
    const push = await runComposite({
      actionFile: benchAction,
      inputs: { current: 'bench/base-*.json' },
      env: pushEnv(baseSha),
      workspace,
      uses: cache,
    });
    expect(push.failed).toBe(false);
    expect(push.outputs.status).toBe('pass');
    expect(push.stepOutputs.gate?.['save-key']).toBe(`kaizen-gates-bench-default-${baseSha}`);
    expect(push.stepOutcomes.save).toBe('success');
    expect(
      existsSync(
        join(workspace, '.cache', `kaizen-gates-bench-default-${baseSha}`, 'baseline.json'),
      ),
    ).toBe(true);

    const pr = await runComposite({
      actionFile: benchAction,
      inputs: { current: 'bench/head-*.json' },
      env: prEnv(),
      workspace,
      uses: cache,
    });
    expect(pr.stepOutputs.prepare?.['restore-key']).toBe(`kaizen-gates-bench-default-${baseSha}`);
    expect(pr.stepOutcomes.restore).toBe('success');
    expect(pr.outputs.status).toBe('fail');
    expect(pr.summary).toContain(`the merge base ${baseSha.slice(0, 7)}`);
    const verdict = JSON.parse(readFileSync(pr.outputs['verdict-path'] ?? '', 'utf8')) as {
      data: { baselineFrom: string };
    };
    expect(verdict.data.baselineFrom).toBe('other-runner');
    // A PR run never stores a baseline.
    expect(pr.stepOutcomes.save).toBe('skipped');
  });

  it('passes with a note when no baseline exists yet', async () => {
    const result = await runComposite({
      actionFile: benchAction,
      inputs: { current: 'bench/head-*.json' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.failed).toBe(false);
    expect(result.outputs.status).toBe('pass');
    expect(result.summary).toMatch(/No baseline yet/);
  });

  it('treats hostile input values as data, never as shell', async () => {
    const marker = join(workspace, 'pwned');
    const result = await runComposite({
      actionFile: benchAction,
      inputs: {
        current: `$(touch ${marker})\`touch ${marker}\`; touch ${marker}`,
        threshold: '10%',
      },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(existsSync(marker)).toBe(false);
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('error');
    expect(result.log).not.toMatch(/at .*index\.mjs:\d+/);
  });

  it('names the input and the accepted values on a bad input', async () => {
    const result = await runComposite({
      actionFile: benchAction,
      inputs: { current: 'bench/head-*.json', 'fail-on': 'sometimes' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.outputs.status).toBe('error');
    expect(result.log).toMatch(
      /Input 'fail-on' is 'sometimes'; expected one of: fail, warn, never/,
    );
  });
});

describe('action.yml (gate chosen by input)', () => {
  it('runs the bench gate with the same inputs', async () => {
    const result = await runComposite({
      actionFile: join(root, 'action.yml'),
      inputs: { gate: 'bench', baseline: 'bench/base-*.json', current: 'bench/head-*.json' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.outputs.status).toBe('fail');
    expect(result.failed).toBe(true);
  });

  it('refuses an unknown gate by name', async () => {
    const result = await runComposite({
      actionFile: join(root, 'action.yml'),
      inputs: { gate: 'bench; rm -rf /', current: 'x' },
      env: prEnv(),
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.failed).toBe(true);
    expect(result.log).toMatch(
      /Input 'gate' is 'bench; rm -rf \/'; expected one of: bench, prom-lint/,
    );
  });
});
