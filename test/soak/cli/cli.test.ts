/**
 * `kaizen-gates soak`: exit codes (0 pass, 1 leak or missed SLO, 2 bad usage or unreadable
 * input), the report files, and the local history file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SOAK_HISTORY } from '../../../src/gates/soak/history.js';
import { parseLog } from '../../../src/history/log.js';
import { cli } from '../../support/cli.js';
import { simulateNight } from '../run/simulate.js';

const root = resolve(import.meta.dirname, '../../..');
const example = join(root, 'examples/soak/nightly-run.csv');

let dir: string;
let flat: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-soak-cli-'));
  flat = join(dir, 'flat.csv');
  writeFileSync(flat, simulateNight({ leakPercentPerHour: 0, seed: 21 }));
});

describe('kaizen-gates soak', () => {
  it('exits 1 on the example leak and writes the JSON verdict and the Markdown comment', async () => {
    const json = join(dir, 'out/verdict.json');
    const markdown = join(dir, 'out/comment.md');
    const run = await cli([
      'soak',
      '--input',
      example,
      '--slo',
      'http_req_duration_p99_ms < 250',
      '--slo',
      'error_ratio < 0.001',
      '--json',
      json,
      '--markdown',
      markdown,
      '--no-color',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /process_resident_memory_bytes leaks \+\d+(\.\d+)?%\/h \(limit 1%\/h\); 2 SLOs met/,
    );
    const verdict: unknown = JSON.parse(readFileSync(json, 'utf8'));
    expect(verdict).toMatchObject({ gate: 'soak', status: 'fail' });
    const comment = readFileSync(markdown, 'utf8');
    expect(comment).toMatch(/^### ❌ Soak test: process\\_resident\\_memory\\_bytes leaks/);
    expect(comment).toContain('```mermaid\n');
  });

  it('exits 0 on a flat run, and with --fail-on never on the leak', async () => {
    expect((await cli(['soak', '--input', flat, '--slo', 'latency_p99_ms < 250'])).code).toBe(0);
    expect((await cli(['soak', '--input', example, '--fail-on', 'never'])).code).toBe(0);
  });

  it('exits 1 on a missed objective of a flat run', async () => {
    const run = await cli(['soak', '--input', flat, '--slo', 'latency_p99_ms < 150', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/SLO latency_p99_ms < 150 missed/);
  });

  it.each([
    ['no input', [], /--input is required/],
    [
      'a missing file',
      ['--input', 'no-such-run.csv'],
      /the file 'no-such-run\.csv' does not exist/,
    ],
    ['a bad objective', ['--input', 'FLAT', '--slo', 'latency_p99_ms about 200'], /--slo: /],
    [
      'a bad growth limit',
      ['--input', 'FLAT', '--growth', 'rss: fast'],
      /--growth for 'rss' is 'fast'/,
    ],
    ['a bad warm-up', ['--input', 'FLAT', '--warmup', 'soon'], /--warmup is 'soon'/],
    ['an unknown format', ['--input', 'FLAT', '--format', 'jmeter'], /--format is 'jmeter'/],
    [
      'a query without a server',
      ['--input', 'FLAT', '--query', 'rss=process_resident_memory_bytes'],
      /--query needs --prometheus/,
    ],
    [
      'credentials in the server URL',
      ['--prometheus', 'http://u:secret@127.0.0.1:9', '--query', 'a=up'],
      /holds credentials/,
    ],
    [
      'a time that is not one',
      ['--prometheus', 'http://127.0.0.1:9', '--query', 'a=up', '--from', 'yesterday'],
      /--from: time "yesterday"/,
    ],
  ])('exits 2 on %s, naming it', async (_, args, message) => {
    const run = await cli(['soak', ...args.map((a) => (a === 'FLAT' ? flat : a))]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
  });

  it('exits 2 on an unknown option, with the option meant and where the help is', async () => {
    const run = await cli(['soak', '--inptu', flat]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'kaizen-gates soak: unknown option --inptu; did you mean --input? (see kaizen-gates soak --help)\n',
    );
  });

  it('exits 2 when Prometheus cannot be reached', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const run = await cli([
      'soak',
      '--prometheus',
      'http://127.0.0.1:9',
      '--query',
      'rss=process_resident_memory_bytes',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/127\.0\.0\.1:9/);
  });

  it('keeps the nights in --history, one line per run', async () => {
    const history = join(dir, 'nights.jsonl');
    for (const [sha, input] of [
      ['a'.repeat(40), flat],
      ['b'.repeat(40), example],
    ] as const) {
      await cli(['soak', '--input', input, '--history', history, '--sha', sha, '--job', 'api']);
    }
    const { entries } = parseLog(SOAK_HISTORY, readFileSync(history, 'utf8'), history);
    expect(entries.map((e) => [e.suite, e.sha, e.passed])).toEqual([
      ['api', 'a'.repeat(40), true],
      ['api', 'b'.repeat(40), false],
    ]);
    const leak = entries[1]?.trends.find((t) => t.series === 'process_resident_memory_bytes');
    expect(leak?.percentPerHour).toBeGreaterThan(2);
    const third = await cli([
      'soak',
      '--input',
      flat,
      '--history',
      history,
      '--sha',
      'c'.repeat(40),
      '--job',
      'api',
      '--json',
      join(dir, 'v.json'),
    ]);
    expect(third.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8'))).toMatchObject({
      metrics: expect.arrayContaining([expect.objectContaining({ key: 'nights', value: 3 })]),
    });
  });

  it('lists the gate and its help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/\n {2}soak {12}analyse a soak run/);
    const help = await cli(['soak', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--slo 'NAME < VALUE'/);
  });
});
