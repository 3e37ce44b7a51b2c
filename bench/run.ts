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
console.log('');
// The soak gate's statistical acceptance: fail rates on simulated hour-long runs, held-out seed.
const soak = spawnSync(
  process.execPath,
  ['--import', 'tsx', resolve(root, 'bench/soak-power.ts'), '--runs', '1000', '--held-out'],
  { stdio: 'inherit' },
);
if (soak.status !== 0) process.exitCode = 1;
console.log('');
// The coverage gate against diff-cover on a generated 4,000-file repository (a few minutes).
const coverage = spawnSync(
  process.execPath,
  ['--import', 'tsx', resolve(root, 'bench/coverage.ts')],
  {
    stdio: 'inherit',
  },
);
if (coverage.status !== 0) process.exitCode = 1;
