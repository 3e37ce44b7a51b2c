/**
 * Where the coverage gate's time goes, for bench/coverage.ts: the stages of one run timed in one
 * process (after the modules are loaded, so Node's start and module loading are not in them),
 * each with the heap in use after it. The first two are the floor any tool pays: reading the
 * report's bytes as text, and `git diff` (the stage `change` is git's diff plus its parsing).
 *
 * `change` runs git as a child process: its CPU time is not in the stage's (its wall time is).
 *
 * Run: node --import tsx bench/coverage-stages.ts REPORT REPO BASE_REF  (prints one JSON line)
 */
import { buildCoverageVerdict } from '../src/gates/coverage/verdict.js';
import { analyzeCoverage } from '../src/gates/coverage/analyze.js';
import { mapToRepository } from '../src/gates/coverage/paths.js';
import { readCoverageReports } from '../src/gates/coverage/read-reports.js';
import { readTextChunks } from '../src/io/files.js';
import { gitChangeSince } from '../src/gates/coverage/run.js';
import { listRepositoryFiles } from '../src/io/repository-files.js';
import { renderConsole } from '../src/report/console.js';

const [report = '', repo = '', baseRef = 'base'] = process.argv.slice(2);
const stages: { stage: string; ms: number; cpuMs: number; heapMiB: number }[] = [];
let last = performance.now();
let lastCpu = process.cpuUsage();
/** Ends a stage: its wall time, its CPU time (this process's threads, GC included), the heap. */
const mark = (stage: string): void => {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  stages.push({
    stage,
    ms: now - last,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
  });
  last = now;
  lastCpu = process.cpuUsage();
};

let characters = 0;
for await (const piece of readTextChunks(report)) characters += piece.length;
mark('read report text');
const io = {
  resolveFiles: async (patterns: readonly string[]) => [...patterns],
  readPieces: readTextChunks,
};
const { merged } = await readCoverageReports([report], 'lcov', io);
mark('read + parse report');
const repoFiles = await listRepositoryFiles(repo);
mark('git ls-files');
const mapping = mapToRepository(merged, repoFiles, { root: repo });
mark('map paths');
const change = await gitChangeSince(baseRef, { cwd: repo });
if (change.kind !== 'changes') throw new Error(`coverage-stages: ${change.reason}`);
mark('change (git diff + parse)');
const analysis = analyzeCoverage({
  mapping,
  changes: change.changes,
  thresholds: { perFile: [], minPatch: 80 },
});
mark('analyse');
const verdict = buildCoverageVerdict(analysis, {
  key: 'default',
  against: change.against,
  reportFiles: [report],
});
mark('verdict');
const json = JSON.stringify(verdict, null, 2);
const text = renderConsole(verdict, { color: false });
mark('render JSON + console');
console.log(
  JSON.stringify({
    characters,
    outputCharacters: json.length + text.length,
    patch: analysis.patch,
    stages,
  }),
);
