/**
 * `npm run bench`: every performance benchmark of the suite, each printing its figures as
 * ratios against a peer measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runGateBenchmark } from './gate.js';
import { runDashboardDiffBenchmark } from './dashboard-diff.js';
import { runPromLintBenchmark } from './prom-lint.js';

const root = resolve(import.meta.dirname, '..');
// The statistics benchmark is a script of its own (it times in-process).
const stats = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'bench/stats.ts')], {
  stdio: 'inherit',
});
if (stats.status !== 0) process.exitCode = 1;
console.log('');
runGateBenchmark();
console.log('');
runPromLintBenchmark();
console.log('');
runDashboardDiffBenchmark();
