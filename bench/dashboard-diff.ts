/**
 * dashboard-diff end to end (`npm run bench`): wall time and peak memory of the CLI on
 *
 * 1. two versions of a 500-panel dashboard, built by repeating the panels of two consecutive real
 *    revisions of dotdc's k8s-views-nodes (the later one changed three queries and a legend),
 *    each copy with its own ids and grid rows, so the change appears once per copy;
 * 2. a pull request of 100 changed dashboards in a temporary git repository, every file a real
 *    consecutive pair of the dotdc histories (`--base-ref main`, the way a PR run reads them);
 *
 * beside `git diff --no-index` of the same files, in the same run: the diff every reviewer
 * already has. Targets: well under 1 s for the large dashboard and 10 s for the pull request.
 *
 * Needs /usr/bin/time (Debian `time`) for peak memory and CPU time. Runs the CLI bundle when it
 * has the gate, else the sources through tsx (whose start costs more; the figures say which).
 * CPU time is printed beside wall time because these machines are shared: under load the wall
 * time says little.
 *
 * Figures (CLI bundle, best of 3, 2-core machine): the 500-panel pair 0.74 s wall (1.05 s CPU),
 * 116 MiB; the 100-dashboard pull request 2.03 s (2.96 s CPU), 229 MiB; git diff --no-index
 * 0.04 s and 0.25 s. About half of the 500-panel figure is fixed cost: a 30-panel pair takes
 * 0.4 s (Node's start, loading the gate's chunks, code that runs cold). Of the rest (node
 * --cpu-prof): the diff (comparing changed queries by parse tree, matching panels), the line
 * index of the head file, the lint (one parse per distinct query text, shared by both sides),
 * normalising both sides, and garbage collection. What took it down from 2.2 s of CPU: each
 * dashboard normalised once for the diff and the lint, one parse per query text, and label
 * matchers apart from the overlap test (the automaton library took 0.15 s to load).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const history = join(root, 'test/fixtures/dashboard-diff/dotdc-history');
const PANELS = 500;
const DASHBOARDS = 100;

interface Run {
  seconds: number;
  /** User plus system CPU time: what the run cost, whatever else the machine was doing. */
  cpuSeconds?: number;
  maxRssMiB?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** How to start the CLI: the bundle when it knows the gate, else the sources. */
function cliCommand(): { argv: string[]; label: string } {
  const bundle = join(root, 'dist/cli/index.mjs');
  if (existsSync(bundle)) {
    const help = spawnSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
    if (help.stdout.includes('dashboard-diff'))
      return { argv: [process.execPath, bundle], label: 'bundle' };
  }
  return {
    // tsx by its path: the runs start in temporary folders, where `--import tsx` resolves nothing.
    argv: [
      process.execPath,
      '--import',
      pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
      join(root, 'src/cli/index.ts'),
    ],
    label: 'sources through tsx',
  };
}

function measure(argv: readonly string[], cwd: string): Run {
  const [command = '', ...args] = argv;
  if (existsSync('/usr/bin/time')) {
    const result = spawnSync('/usr/bin/time', ['-f', 'KAIZEN %e %M %U %S', command, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    });
    const match = /KAIZEN ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
    return {
      seconds: Number(match?.[1] ?? NaN),
      maxRssMiB: Number(match?.[2] ?? NaN) / 1024,
      cpuSeconds: Number(match?.[3] ?? NaN) + Number(match?.[4] ?? NaN),
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr.replace(/^KAIZEN .*$/m, ''),
    };
  }
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  return {
    seconds: (performance.now() - started) / 1000,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

function best(runs: Run[]): Run {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

function revision(dashboard: string, file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(join(history, dashboard, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${dashboard}/${file} is not a dashboard object`);
  }
  return parsed as Record<string, unknown>;
}

/** A panel as the repetition reads it: only the keys it renumbers and shifts. */
interface PanelLike {
  id?: number;
  title?: string;
  type?: string;
  gridPos?: { x: number; y: number; w: number; h: number };
  panels?: PanelLike[];
}

/**
 * The dashboard with its panels repeated until it holds `count` panels (rows not counted):
 * copy n has ids offset by 1000 × n, grid rows below the previous copy, and titles ending in
 * `#n`, as someone duplicating a block of panels would leave them.
 */
function repeatPanels(dashboard: Record<string, unknown>, count: number): Record<string, unknown> {
  const panels = dashboard['panels'] as PanelLike[];
  const height = Math.max(...panels.map((p) => (p.gridPos?.y ?? 0) + (p.gridPos?.h ?? 0)));
  const copyOf = (panel: PanelLike, n: number): PanelLike => ({
    ...panel,
    ...(panel.id === undefined ? {} : { id: panel.id + 1000 * n }),
    ...(panel.title === undefined || n === 0 ? {} : { title: `${panel.title} #${n}` }),
    ...(panel.gridPos === undefined
      ? {}
      : { gridPos: { ...panel.gridPos, y: panel.gridPos.y + height * n } }),
    ...(panel.panels === undefined
      ? {}
      : { panels: panel.panels.map((child) => copyOf(child, n)) }),
  });
  const repeated: PanelLike[] = [];
  let shown = 0;
  for (let n = 0; shown < count; n += 1) {
    for (const panel of panels) {
      if (shown >= count) break;
      repeated.push(copyOf(panel, n));
      shown += panel.type === 'row' ? (panel.panels?.length ?? 0) : 1;
    }
  }
  return { ...dashboard, panels: repeated };
}

/** Every consecutive real pair of the histories, oldest side first. */
function realPairs(): { base: string; head: string }[] {
  const pairs: { base: string; head: string }[] = [];
  for (const dashboard of readdirSync(history)) {
    const files = readdirSync(join(history, dashboard)).sort(); // 00 (newest) first
    for (let i = 0; i + 1 < files.length; i += 1) {
      pairs.push({
        base: readFileSync(join(history, dashboard, files[i + 1] ?? ''), 'utf8'),
        head: readFileSync(join(history, dashboard, files[i] ?? ''), 'utf8'),
      });
    }
  }
  return pairs;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  });
}

function report(label: string, ours: Run, peer: Run, target: number, cli: string): void {
  const memory = (r: Run): string =>
    (r.cpuSeconds === undefined ? '' : ` (CPU ${r.cpuSeconds.toFixed(2)} s)`) +
    (r.maxRssMiB === undefined ? '' : `, ${r.maxRssMiB.toFixed(0)} MiB peak`);
  console.log(`  ${label}`);
  console.log(
    `    kaizen-gates (${cli}): ${ours.seconds.toFixed(2)} s${memory(ours)} (exit ${ours.status}; target < ${target} s)`,
  );
  // The headline, or what went wrong (exit 2 or a crash is no measurement).
  const said = ours.status === 0 || ours.status === 1 ? ours.stdout : ours.stderr;
  console.log(`      ${said.trim().split('\n')[0] ?? ''}`);
  console.log(`    git diff --no-index:  ${peer.seconds.toFixed(2)} s${memory(peer)}`);
}

export function runDashboardDiffBenchmark(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kaizen-dashboard-bench-'));
  const cli = cliCommand();
  console.log('dashboard-diff versus git diff --no-index (best of 3)');

  const base = join(dir, 'large-base.json');
  const head = join(dir, 'large-head.json');
  writeFileSync(
    base,
    `${JSON.stringify(repeatPanels(revision('k8s-views-nodes', '01-ab1d6d7.json'), PANELS), null, 2)}\n`,
  );
  writeFileSync(
    head,
    `${JSON.stringify(repeatPanels(revision('k8s-views-nodes', '00-b4e0422.json'), PANELS), null, 2)}\n`,
  );
  const large = best(
    [1, 2, 3].map(() =>
      measure([...cli.argv, 'dashboard-diff', '--base', base, '--head', head, '--quiet'], dir),
    ),
  );
  const largePeer = best(
    [1, 2, 3].map(() => measure(['git', 'diff', '--no-index', '--stat', base, head], dir)),
  );
  report(
    `${PANELS} panels, ${(readFileSync(head).length / 1024 / 1024).toFixed(1)} MB per side`,
    large,
    largePeer,
    1,
    cli.label,
  );

  // The pull request: 100 dashboards, each a real consecutive pair; the same files in two
  // folders for the peer.
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'dashboards'), { recursive: true });
  mkdirSync(join(dir, 'peer/base'), { recursive: true });
  mkdirSync(join(dir, 'peer/head'), { recursive: true });
  const pairs = realPairs();
  const name = (i: number): string => `dashboard-${String(i).padStart(3, '0')}.json`;
  git(repo, 'init', '-q', '-b', 'main');
  for (let i = 0; i < DASHBOARDS; i += 1) {
    const pair = pairs[i % pairs.length];
    writeFileSync(join(repo, 'dashboards', name(i)), pair?.base ?? '');
    writeFileSync(join(dir, 'peer/base', name(i)), pair?.base ?? '');
    writeFileSync(join(dir, 'peer/head', name(i)), pair?.head ?? '');
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'main');
  git(repo, 'checkout', '-q', '-b', 'feature');
  for (let i = 0; i < DASHBOARDS; i += 1) {
    writeFileSync(join(repo, 'dashboards', name(i)), pairs[i % pairs.length]?.head ?? '');
  }
  git(repo, 'commit', '-q', '-a', '-m', 'feature');
  const pr = best(
    [1, 2, 3].map(() =>
      measure([...cli.argv, 'dashboard-diff', '--base-ref', 'main', '--quiet'], repo),
    ),
  );
  const prPeer = best(
    [1, 2, 3].map(() =>
      measure(
        ['git', 'diff', '--no-index', '--stat', join(dir, 'peer/base'), join(dir, 'peer/head')],
        dir,
      ),
    ),
  );
  report(
    `a pull request of ${DASHBOARDS} changed dashboards (git repository, --base-ref main)`,
    pr,
    prPeer,
    10,
    cli.label,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) runDashboardDiffBenchmark();
