/**
 * The coverage gate against diff-cover (`npm run bench`, or `npm run bench:coverage` alone): a
 * generated C project of 4,000 files × 800 lines, a change of about 40,000 lines, and an LCOV
 * report of about 30 MB (bench/coverage-repo.ts). In the same run, on the same checkout:
 *
 * - `diff-cover coverage.info --compare-branch=base --json-report` (Debian's diff-cover);
 * - `kaizen-gates coverage --report coverage.info --base-ref base --json` (the CLI);
 * - the floor: `git diff` alone (the very command the gate runs), and reading the report's text
 *   and parsing it alone, timed inside one process with the gate's other stages
 *   (bench/coverage-stages.ts), which says where the time goes;
 * - the CLI on a report 10 times larger with the same coverage (ten matrix shards' tracefiles
 *   concatenated), whose peak memory must stay near the 1× figure: reports are streamed.
 *
 * Both tools must find the same patch coverage (covered and coverable changed lines, and the
 * uncovered lines of every file). Printed: medians of 3 runs (the machines are shared, so CPU
 * time, user plus system, is printed beside wall time), and ratios to diff-cover. Target: wall
 * time at most 0.1× diff-cover's.
 *
 * The CLI is the bundle (dist/cli) when it has the coverage gate, else the sources bundled by
 * esbuild into the temporary folder (what ncc ships, give or take the chunking), else the
 * sources through tsx; the output says which. Needs git, diff-cover (`apt-get install
 * diff-cover`) and /usr/bin/time (`apt-get install time`) for peak memory; without diff-cover
 * the CLI is measured against the floor alone.
 *
 * Options: `--dir DIR` generates into DIR, or reuses what an earlier run generated there;
 * `--runs N` (3); `--no-10x` skips the 10× report (generating it writes 320 MB).
 *
 * Figures (2-core shared machine under load, esbuild bundle, medians of 3; Debian's diff-cover
 * 7.4.0): diff-cover 9.9 s wall, 3.8 s CPU, 207 MiB; the gate 7.0 s, 4.1 s CPU, 277 MiB (0.71x
 * the wall time, 1.08x the CPU, 1.34x the memory); `git diff` alone 1.3 s, 0.7 s CPU (0.13x);
 * the 10x report (294 MiB) 20.7 s, 367 MiB (1.33x the memory for 10x the report). The same
 * patch coverage, 26,609 of 39,730 changed lines, and the same uncovered lines in each file.
 * The target of 0.1x is missed: on this report diff-cover takes 10 s, not the 110 s the issue
 * quotes, and `git diff` alone already costs 0.13x of that.
 *
 * Where the gate's CPU goes (bench/coverage-stages.ts): git (diff, ls-files, merge-base) about
 * 0.9 s in child processes; reading and parsing the report 1.6 s, of which UTF-8 decoding 0.25 s
 * and the garbage collector about half (2.3 million coverable lines, 400,000 branches and
 * 108,000 functions kept per file); parsing the diff 0.35 s; mapping, analysis and verdict
 * 0.35 s; the JSON and the console report 0.37 s; Node's start and the bundle's load 0.3 s.
 * What took it down, measured as bundles of the sources before and after in one session: from
 * 6.5 s CPU and 461 MiB to 4.0 s and 285 MiB, with line hits kept in two arrays instead of a Map
 * per file (parse/line-hits.ts), no Map per LCOV record for its LF/LH check, `DA` lines read by
 * character codes, a one-report merge that keeps the report's maps instead of copying them, and
 * display widths of ASCII table cells without string-width's grapheme walk.
 *
 * Run: npx tsx bench/coverage.ts
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCoverageRepo, writeShardedReport, type CoverageRepo } from './coverage-repo.js';

const root = resolve(import.meta.dirname, '..');
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** One measured command. */
interface Run {
  seconds: number;
  /** User plus system time of the process and its children (git). */
  cpuSeconds: number;
  /** Peak RSS of the process or of its largest child, as wait4 reports it. */
  maxRssMiB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function measure(argv: readonly string[], cwd: string): Run {
  const [command = '', ...args] = argv;
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', 'KAIZEN %e %M %U %S', command, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  const match = /KAIZEN ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return {
    seconds: match ? Number(match[1]) : wall,
    maxRssMiB: match ? Number(match[2]) / 1024 : NaN,
    cpuSeconds: match ? Number(match[3]) + Number(match[4]) : NaN,
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '').replace(/^KAIZEN .*$/m, ''),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Median wall, CPU and peak memory of some runs. */
function summary(runs: readonly Run[]): { seconds: number; cpuSeconds: number; maxRssMiB: number } {
  return {
    seconds: median(runs.map((run) => run.seconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    maxRssMiB: median(runs.map((run) => run.maxRssMiB)),
  };
}

/** How to start the CLI, and what the figures measure. */
async function cliCommand(dir: string): Promise<{ argv: string[]; label: string }> {
  const bundle = join(root, 'dist/cli/index.mjs');
  if (existsSync(bundle)) {
    const help = spawnSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
    if (help.stdout.includes('coverage')) {
      return { argv: [process.execPath, bundle], label: 'the dist/cli bundle' };
    }
  }
  const outfile = join(dir, 'cli/index.mjs');
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [join(root, 'src/cli/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // jsonc-parser's UMD build requires files by relative name; its ES module build bundles.
      mainFields: ['module', 'main'],
      outfile,
      banner: {
        js: "import { createRequire as kaizenRequire } from 'node:module'; const require = kaizenRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    return { argv: [process.execPath, outfile], label: 'the sources bundled by esbuild' };
  } catch (error) {
    console.log(`  (esbuild could not bundle the CLI: ${(error as Error).message.split('\n')[0]})`);
    return {
      argv: [process.execPath, '--import', tsxLoader, join(root, 'src/cli/index.ts')],
      label: 'the sources through tsx (slower to start)',
    };
  }
}

/** The generated repository in `dir`, made unless an earlier run left it there. */
function repositoryIn(dir: string): CoverageRepo {
  const report = join(dir, 'coverage.info');
  const marker = join(dir, 'added-lines');
  if (existsSync(join(dir, 'repo/.git')) && existsSync(report) && existsSync(marker)) {
    return {
      root: join(dir, 'repo'),
      report,
      reportBytes: statSync(report).size,
      addedLines: Number(readFileSync(marker, 'utf8')),
    };
  }
  if (existsSync(join(dir, 'repo'))) {
    throw new Error(`bench/coverage.ts: ${dir}/repo is there but incomplete; remove it first`);
  }
  const started = performance.now();
  const repo = generateCoverageRepo(dir);
  writeFileSync(marker, `${repo.addedLines}\n`);
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return repo;
}

/** diff-cover's JSON report, as far as the comparison reads it. */
interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number | null; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
}

/** The verdict JSON, as far as the comparison reads it. */
interface VerdictJson {
  data: {
    patch: { covered: number; total: number } | null;
    files: {
      path: string;
      patch?: { covered: number; total: number; uncovered: { start: number; end: number }[] };
    }[];
  };
}

/**
 * Patch figures of both tools, and the first file where they differ: per file, the number of
 * uncovered changed lines must be the number diff-cover lists, each of its lines must lie in one
 * of the gate's uncovered ranges (which also span changed lines that are not coverable), and
 * the percent must be the same.
 */
function compare(
  diffCover: DiffCoverJson,
  ours: VerdictJson,
): { theirs: string; mine: string; equal: boolean; firstDifference?: string } {
  const covered = diffCover.total_num_lines - diffCover.total_num_violations;
  const theirs = `${covered} of ${diffCover.total_num_lines}`;
  const patch = ours.data.patch;
  const mine = patch === null ? 'none' : `${patch.covered} of ${patch.total}`;
  const byPath = new Map(ours.data.files.map((file) => [file.path, file.patch]));
  let firstDifference: string | undefined;
  for (const [path, stats] of Object.entries(diffCover.src_stats).sort()) {
    const filePatch = byPath.get(path);
    const percent =
      filePatch === undefined || filePatch.total === 0
        ? null
        : (100 * filePatch.covered) / filePatch.total;
    const same =
      (filePatch?.total ?? 0) - (filePatch?.covered ?? 0) === stats.violation_lines.length &&
      stats.violation_lines.every((line) =>
        filePatch?.uncovered.some((range) => range.start <= line && line <= range.end),
      ) &&
      (percent === null || stats.percent_covered === null
        ? percent === stats.percent_covered
        : Math.abs(percent - stats.percent_covered) < 1e-9);
    if (!same) {
      firstDifference = path;
      break;
    }
  }
  return {
    theirs,
    mine,
    equal: theirs === mine && firstDifference === undefined,
    ...(firstDifference === undefined ? {} : { firstDifference }),
  };
}

/** The gate's stages timed in one process (bench/coverage-stages.ts). */
interface Stages {
  stages: { stage: string; ms: number; cpuMs: number; heapMiB: number }[];
}

export async function runCoverageBenchmark(argv: readonly string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'no-10x': { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'kaizen-coverage-bench-'));
  try {
    await benchmarkIn(dir, runs, values['no-10x'] !== true);
  } finally {
    // A folder of our own (350 MB with the 10x report) goes; one the user named stays for reuse.
    if (values.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function benchmarkIn(dir: string, runs: number, tenfoldToo: boolean): Promise<void> {
  mkdirSync(dir, { recursive: true });
  console.log(`coverage gate vs diff-cover (${dir})`);
  const repo = repositoryIn(dir);
  const cli = await cliCommand(dir);
  const diffCoverVersion = spawnSync('diff-cover', ['--version'], { encoding: 'utf8' });
  const haveDiffCover = diffCoverVersion.status === 0;
  if (!haveDiffCover) console.log('  diff-cover is missing (apt-get install diff-cover)');
  const mergeBase = spawnSync('git', ['merge-base', 'base', 'HEAD'], {
    cwd: repo.root,
    encoding: 'utf8',
  }).stdout.trim();
  // The gate's own git diff (src/io/local-changes.ts), for the floor.
  const gitDiff = [
    'git',
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--relative',
    mergeBase,
    '--',
  ];

  const theirs: Run[] = [];
  const ours: Run[] = [];
  const diffs: Run[] = [];
  const stages: Stages[] = [];
  let parity: ReturnType<typeof compare> | undefined;
  for (let run = 0; run < runs; run += 1) {
    if (haveDiffCover) {
      const out = join(dir, 'diff-cover.json');
      const result = measure(
        ['diff-cover', repo.report, '--compare-branch=base', '--json-report', out],
        repo.root,
      );
      if (result.status !== 0) throw new Error(`diff-cover failed: ${result.stderr}`);
      theirs.push(result);
    }
    const out = join(dir, 'verdict.json');
    const result = measure(
      [...cli.argv, 'coverage', '--report', repo.report, '--base-ref', 'base', '--json', out],
      repo.root,
    );
    if (result.status !== 0) throw new Error(`kaizen-gates coverage failed: ${result.stderr}`);
    ours.push(result);
    if (haveDiffCover && parity === undefined) {
      parity = compare(
        JSON.parse(readFileSync(join(dir, 'diff-cover.json'), 'utf8')) as DiffCoverJson,
        JSON.parse(readFileSync(out, 'utf8')) as VerdictJson,
      );
    }
    diffs.push(measure(gitDiff, repo.root));
    const staged = measure(
      [
        process.execPath,
        '--import',
        tsxLoader,
        join(root, 'bench/coverage-stages.ts'),
        repo.report,
        repo.root,
        'base',
      ],
      repo.root,
    );
    if (staged.status !== 0) throw new Error(`coverage-stages failed: ${staged.stderr}`);
    stages.push(JSON.parse(staged.stdout) as Stages);
  }

  let tenfold: { run: Run; bytes: number; equal: boolean } | undefined;
  if (tenfoldToo) {
    const big = join(dir, 'coverage-10x.info');
    const bytes = existsSync(big) ? statSync(big).size : writeShardedReport(repo.report, big, 10);
    const out = join(dir, 'verdict-10x.json');
    const run = measure(
      [...cli.argv, 'coverage', '--report', big, '--base-ref', 'base', '--json', out],
      repo.root,
    );
    if (run.status !== 0) throw new Error(`kaizen-gates coverage (10x) failed: ${run.stderr}`);
    const patchOf = (file: string): string =>
      JSON.stringify((JSON.parse(readFileSync(file, 'utf8')) as VerdictJson).data.patch);
    tenfold = { run, bytes, equal: patchOf(out) === patchOf(join(dir, 'verdict.json')) };
  }

  // The table.
  const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  console.log(
    `  ${repo.addedLines.toLocaleString('en')} added lines, LCOV report ${mib(repo.reportBytes)}; ` +
      `medians of ${runs} runs; the CLI is ${cli.label}`,
  );
  const gate = summary(ours);
  const peer = haveDiffCover ? summary(theirs) : undefined;
  const ratio = (value: number, of: number | undefined): string =>
    of === undefined || !Number.isFinite(of) ? '' : `${(value / of).toFixed(3)}x`;
  const row = (name: string, figures: ReturnType<typeof summary>): string =>
    `  ${name.padEnd(34)}${figures.seconds.toFixed(2).padStart(8)}${figures.cpuSeconds
      .toFixed(2)
      .padStart(8)}${figures.maxRssMiB.toFixed(0).padStart(9)}` +
    `${ratio(figures.seconds, peer?.seconds).padStart(10)}${ratio(figures.cpuSeconds, peer?.cpuSeconds).padStart(9)}` +
    `${ratio(figures.maxRssMiB, peer?.maxRssMiB).padStart(9)}`;
  console.log(
    `  ${''.padEnd(34)}${'wall s'.padStart(8)}${'CPU s'.padStart(8)}${'peak MiB'.padStart(9)}` +
      `${'wall/dc'.padStart(10)}${'CPU/dc'.padStart(9)}${'mem/dc'.padStart(9)}`,
  );
  if (peer)
    console.log(row(`diff-cover ${diffCoverVersion.stdout.trim().split(' ').at(-1)}`, peer));
  console.log(row('kaizen-gates coverage', gate));
  console.log(row('floor: git diff alone', summary(diffs)));
  if (tenfold) {
    console.log(row(`kaizen-gates, 10x report (${mib(tenfold.bytes)})`, summary([tenfold.run])));
  }

  // Where the time goes: the stages inside one process, medians.
  console.log('  where the time goes (one process, modules loaded; ms wall / ms CPU / heap MiB):');
  const names = stages[0]?.stages.map((stage) => stage.stage) ?? [];
  for (const name of names) {
    const of = (pick: (s: Stages['stages'][number]) => number): number =>
      median(stages.flatMap((s) => s.stages.filter((stage) => stage.stage === name).map(pick)));
    console.log(
      `    ${name.padEnd(30)}${of((s) => s.ms)
        .toFixed(0)
        .padStart(7)}${of((s) => s.cpuMs)
        .toFixed(0)
        .padStart(7)}${of((s) => s.heapMiB)
        .toFixed(0)
        .padStart(6)}`,
    );
  }

  if (parity) {
    console.log(
      `  patch coverage: diff-cover ${parity.theirs} changed lines covered, kaizen-gates ${parity.mine}: ` +
        (parity.equal ? 'equal, and the same uncovered lines in every file' : 'DIFFERENT') +
        (parity.firstDifference === undefined ? '' : ` (first file: ${parity.firstDifference})`),
    );
    if (!parity.equal) process.exitCode = 1;
  }
  if (tenfold) {
    const grew = tenfold.run.maxRssMiB / gate.maxRssMiB;
    console.log(
      `  10x report: patch coverage ${tenfold.equal ? 'the same' : 'DIFFERENT'}, peak memory ${grew.toFixed(2)}x the 1x run's`,
    );
    if (!tenfold.equal) process.exitCode = 1;
  }
  if (peer) {
    const met = gate.seconds <= 0.1 * peer.seconds;
    console.log(
      `  target wall <= 0.1x diff-cover's: ${met ? 'met' : 'MISSED'} (${ratio(gate.seconds, peer.seconds)} wall, ${ratio(gate.cpuSeconds, peer.cpuSeconds)} CPU)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runCoverageBenchmark(process.argv.slice(2));
}
