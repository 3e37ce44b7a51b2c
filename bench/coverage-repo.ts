/**
 * The repository the coverage benchmark (bench/coverage.ts) measures on, generated: a C project
 * of 4,000 source files × 800 lines in nested folders (`src/net/http/handler_0123.c`), a `base`
 * branch, a `head` branch that changes about 40,000 lines across a quarter of the files (lines
 * modified, lines inserted, lines deleted, a few new files and renamed files with edits), and an
 * LCOV report of `head` as geninfo writes it: absolute `SF` paths, `FN`/`FNDA`, `BRDA` on every
 * `if`, `DA` on every statement, `LF`/`LH`, about 29 MB. Coverage is a realistic mix: a tenth of
 * the files never loaded, the others with some functions never called and, in the called ones,
 * lines behind an untaken branch.
 *
 * Deterministic (seeded), so every run measures the same repository and report.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createRandom } from '../src/stats/index.js';

/** The shape of the generated repository. */
export interface CoverageRepoOptions {
  files: number;
  linesPerFile: number;
  /** Files of `head` that the change edits. */
  changedFiles: number;
  /** Added lines (inserted or modified) per edited file, about. */
  changedLinesPerFile: number;
  seed: number;
}

/** The figures: 4,000 × 800 lines, 40,000 changed lines. */
export const defaultCoverageRepo: CoverageRepoOptions = {
  files: 4000,
  linesPerFile: 800,
  changedFiles: 1000,
  changedLinesPerFile: 40,
  seed: 13,
};

/** What was generated. */
export interface CoverageRepo {
  /** The checkout, on branch `head`; branch `base` is where it forked. */
  root: string;
  /** The LCOV report of `head` (outside the checkout, so it is no untracked file of it). */
  report: string;
  reportBytes: number;
  /** Lines `git diff base...head` adds. */
  addedLines: number;
}

const FOLDERS = [
  'src/net/http',
  'src/net/tls',
  'src/net/dns',
  'src/storage/btree',
  'src/storage/wal',
  'src/storage/cache',
  'src/sql/parser',
  'src/sql/planner',
  'src/sql/exec',
  'src/util',
  'lib/crypto',
  'lib/compress',
  'lib/json',
  'drivers/usb',
  'drivers/pci',
  'tools/cli',
];
const STEMS = ['handler', 'codec', 'buffer', 'index', 'reader', 'writer', 'pool', 'state'];

/** One source line and what a compiler makes of it. */
type LineKind = 'blank' | 'comment' | 'brace' | 'function' | 'branch' | 'statement';

/** What gcc counts: statements, function heads and conditions; never blanks, comments, braces. */
function kindOf(text: string): LineKind {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.startsWith('/*') || trimmed.startsWith('*')) return 'comment';
  if (trimmed === '{' || trimmed === '}') return 'brace';
  if (trimmed.startsWith('static int ')) return 'function';
  if (trimmed.startsWith('if (')) return 'branch';
  return 'statement';
}

/** A file of about `count` lines: functions of 12–40 lines, with ifs, blanks and comments. */
function sourceLines(random: () => number, fileIndex: number, count: number): string[] {
  const lines: string[] = [`/* module ${fileIndex}: generated for the coverage benchmark */`, ''];
  let fn = 0;
  while (lines.length < count - 4) {
    const body = 10 + Math.floor(random() * 28);
    lines.push(`static int fn_${fileIndex}_${fn}(int a, int b)`, '{');
    lines.push(`  int acc = a * ${fn + 1} + b;`);
    for (let i = 0; i < body && lines.length < count - 2; i += 1) {
      const pick = random();
      if (pick < 0.09) {
        lines.push(`  if (acc > ${Math.floor(random() * 1000)}) {`);
        lines.push(`    acc -= ${Math.floor(random() * 97)};`, '  }');
        i += 2;
      } else if (pick < 0.21) lines.push('');
      else if (pick < 0.3) lines.push(`  /* step ${i}: keep acc bounded */`);
      else lines.push(`  acc = (acc ^ ${Math.floor(random() * 65536)}) + b * ${i};`);
    }
    lines.push('  return acc;', '}', '');
    fn += 1;
  }
  while (lines.length < count) lines.push('');
  return lines.slice(0, count);
}

/** A new statement or a modified one, as a change would write it. */
function editedLine(random: () => number, n: number): string {
  return random() < 0.15
    ? `  if (acc < ${n}) {`
    : `  acc = acc * ${1 + Math.floor(random() * 9)} - ${n}; /* changed */`;
}

/**
 * Edits a file the way a change does: hunks of 1–8 lines, each modifying, inserting or
 * deleting; returns the new lines and how many lines the edit adds (inserted plus modified).
 */
function editLines(
  random: () => number,
  lines: readonly string[],
  target: number,
): { lines: string[]; added: number } {
  const result = [...lines];
  let added = 0;
  let guard = 0;
  while (added < target && guard < 1000) {
    guard += 1;
    const at = 3 + Math.floor(random() * (result.length - 6));
    const size = 1 + Math.floor(random() * Math.min(8, target - added));
    const what = random();
    if (what < 0.55) {
      for (let i = 0; i < size && at + i < result.length; i += 1) {
        result[at + i] = editedLine(random, at + i);
        added += 1;
      }
    } else if (what < 0.9) {
      const inserted = Array.from({ length: size }, (_, i) => editedLine(random, at + i));
      result.splice(at, 0, ...inserted);
      added += size;
    } else {
      result.splice(at, size);
    }
  }
  // An `if (` line opened by an edit needs no closing brace: nothing compiles this code.
  return { lines: result, added };
}

/** Hit counts of one file's lines as a test run leaves them. */
function hitsOf(random: () => number, lines: readonly string[]): (number | undefined)[] {
  const fileRate = random() < 0.1 ? 0 : 0.55 + random() * 0.45;
  const hits: (number | undefined)[] = [];
  let called = false;
  let calls = 0;
  let skipping = 0;
  for (const text of lines) {
    const kind = kindOf(text);
    if (kind === 'blank' || kind === 'comment' || kind === 'brace') {
      hits.push(undefined);
      continue;
    }
    if (kind === 'function') {
      called = random() < fileRate;
      calls = called ? 1 + Math.floor(random() * 60) : 0;
      skipping = 0;
      hits.push(calls);
      continue;
    }
    if (!called) {
      hits.push(0);
      continue;
    }
    if (skipping > 0) {
      skipping -= 1;
      hits.push(0);
      continue;
    }
    hits.push(calls);
    // The body of an `if` that was never true (one line, sometimes a few more).
    if (kind === 'branch' && random() < 0.3) skipping = random() < 0.7 ? 1 : 3;
  }
  return hits;
}

/** The LCOV record of one file, as geninfo (lcov 1.x) writes it. */
function lcovRecord(path: string, lines: readonly string[], hits: readonly (number | undefined)[]) {
  const out: string[] = ['TN:', `SF:${path}`];
  const functions: { line: number; name: string; hits: number }[] = [];
  const branches: string[] = [];
  let daFound = 0;
  let daHit = 0;
  let brFound = 0;
  let brHit = 0;
  const da: string[] = [];
  lines.forEach((text, index) => {
    const count = hits[index];
    if (count === undefined) return;
    const line = index + 1;
    if (kindOf(text) === 'function') {
      functions.push({ line, name: /static int (\w+)/.exec(text)?.[1] ?? `f${line}`, hits: count });
    }
    if (kindOf(text) === 'branch') {
      const next = hits[index + 1] ?? 0;
      const taken =
        count === 0 ? ['-', '-'] : [String(next), String(count - Math.min(next, count))];
      taken.forEach((value, branch) => {
        branches.push(`BRDA:${line},0,${branch},${value}`);
        brFound += 1;
        if (value !== '-' && value !== '0') brHit += 1;
      });
    }
    da.push(`DA:${line},${count}`);
    daFound += 1;
    if (count > 0) daHit += 1;
  });
  for (const fn of functions) out.push(`FN:${fn.line},${fn.name}`);
  for (const fn of functions) out.push(`FNDA:${fn.hits},${fn.name}`);
  out.push(`FNF:${functions.length}`, `FNH:${functions.filter((fn) => fn.hits > 0).length}`);
  out.push(...branches, `BRF:${brFound}`, `BRH:${brHit}`);
  out.push(...da, `LF:${daFound}`, `LH:${daHit}`, 'end_of_record');
  return `${out.join('\n')}\n`;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_AUTHOR_DATE: '2026-12-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-12-01T00:00:00Z',
    },
  });
}

/** The repository's file paths: folders in turn, names numbered. */
function pathOf(index: number): string {
  const folder = FOLDERS[index % FOLDERS.length] ?? 'src';
  const stem = STEMS[Math.floor(index / FOLDERS.length) % STEMS.length] ?? 'part';
  return `${folder}/${stem}_${String(index).padStart(4, '0')}.c`;
}

/**
 * Generates the repository in `dir` (`dir/repo`, and the report `dir/coverage.info`).
 * Takes some 20 s: 3.2 million lines written, committed twice.
 */
export function generateCoverageRepo(
  dir: string,
  options: CoverageRepoOptions = defaultCoverageRepo,
): CoverageRepo {
  const root = join(dir, 'repo');
  mkdirSync(root, { recursive: true });
  const random = createRandom(options.seed);
  git(root, 'init', '-q', '-b', 'base');
  git(root, 'config', 'core.autocrlf', 'false');
  const write = (path: string, lines: readonly string[]): void => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
  };

  const base: string[][] = [];
  for (let index = 0; index < options.files; index += 1) {
    const lines = sourceLines(random, index, options.linesPerFile);
    base.push(lines);
    write(pathOf(index), lines);
  }
  writeFileSync(join(root, 'README.md'), 'A generated C project for the coverage benchmark.\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'checkout', '-q', '-b', 'head');

  // The change: edits spread over every folder, a few renamed files (with edits) and new files.
  const head = new Map<number, { path: string; lines: string[] }>();
  let addedLines = 0;
  const stride = Math.max(1, Math.floor(options.files / options.changedFiles));
  for (let n = 0; n < options.changedFiles; n += 1) {
    const index = (n * stride + Math.floor(random() * stride)) % options.files;
    const lines = base[index] ?? [];
    const target = Math.max(1, Math.round(options.changedLinesPerFile * (0.5 + random())));
    const edit = editLines(random, lines, target);
    let path = pathOf(index);
    if (n % 250 === 7) {
      const renamed = path.replace(/\.c$/, '_v2.c');
      git(root, 'mv', path, renamed);
      path = renamed;
    }
    head.set(index, { path, lines: edit.lines });
    write(path, edit.lines);
    addedLines += edit.added;
  }
  const fresh: { path: string; lines: string[] }[] = [];
  for (let n = 0; n < 4; n += 1) {
    const lines = sourceLines(random, options.files + n, 300);
    const path = `src/feature/new_${n}.c`;
    fresh.push({ path, lines });
    write(path, lines);
    addedLines += lines.length;
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');

  // The report of `head`, record by record (never the whole text in memory).
  const report = join(dir, 'coverage.info');
  const fd = openSync(report, 'w');
  let reportBytes = 0;
  const emit = (path: string, lines: readonly string[]): void => {
    const text = lcovRecord(join(root, path), lines, hitsOf(random, lines));
    reportBytes += Buffer.byteLength(text);
    writeSync(fd, text);
  };
  for (let index = 0; index < options.files; index += 1) {
    const changed = head.get(index);
    emit(changed?.path ?? pathOf(index), changed?.lines ?? base[index] ?? []);
  }
  for (const file of fresh) emit(file.path, file.lines);
  closeSync(fd);
  return { root, report, reportBytes, addedLines };
}

/**
 * A report `copies` times the size of `report` with the same coverage: the records repeated
 * under test names `shard_1`…, as `cat` of matrix shards' tracefiles leaves them. Shard 0 is the
 * report; every later shard hits a random half of the lines the report hits, and never a line it
 * does not, so the merged coverage is the report's and the patch number must not change.
 * Streams: one record in memory at a time.
 */
export function writeShardedReport(report: string, out: string, copies: number, seed = 29): number {
  const random = createRandom(seed);
  const text = readFileSync(report, 'utf8');
  // Written under another name and renamed when complete: an interrupted run leaves no half file.
  const partial = `${out}.partial`;
  const fd = openSync(partial, 'w');
  let bytes = 0;
  const put = (chunk: string): void => {
    bytes += Buffer.byteLength(chunk);
    writeSync(fd, chunk);
  };
  put(text);
  for (let shard = 1; shard < copies; shard += 1) {
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('end_of_record\n', start) + 'end_of_record\n'.length;
      const record = text.slice(start, end).split('\n');
      start = end;
      put(`${thinnedRecord(random, record, shard).join('\n')}\n`);
    }
  }
  closeSync(fd);
  renameSync(partial, out);
  return bytes;
}

/** One record of a later shard: hits kept or zeroed, the stated totals recomputed to match. */
function thinnedRecord(random: () => number, record: readonly string[], shard: number): string[] {
  const out: string[] = [];
  let lh = 0;
  let fnh = 0;
  let brh = 0;
  for (const line of record) {
    if (line === '') continue;
    if (line.startsWith('TN:')) out.push(`TN:shard_${shard}`);
    else if (line.startsWith('DA:')) {
      const [number, hits] = line.slice(3).split(',');
      const kept = Number(hits) > 0 && random() < 0.5 ? Number(hits) : 0;
      if (kept > 0) lh += 1;
      out.push(`DA:${number},${kept}`);
    } else if (line.startsWith('FNDA:')) {
      const comma = line.indexOf(',');
      const hits = Number(line.slice(5, comma));
      const kept = hits > 0 && random() < 0.5 ? hits : 0;
      if (kept > 0) fnh += 1;
      out.push(`FNDA:${kept},${line.slice(comma + 1)}`);
    } else if (line.startsWith('BRDA:')) {
      const last = line.lastIndexOf(',');
      const taken = line.slice(last + 1);
      const kept =
        taken !== '-' && taken !== '0' && random() < 0.5 ? taken : taken === '-' ? '-' : '0';
      if (kept !== '-' && kept !== '0') brh += 1;
      out.push(`${line.slice(0, last + 1)}${kept}`);
    } else if (line.startsWith('LH:')) out.push(`LH:${lh}`);
    else if (line.startsWith('FNH:')) out.push(`FNH:${fnh}`);
    else if (line.startsWith('BRH:')) out.push(`BRH:${brh}`);
    else out.push(line);
  }
  return out;
}
