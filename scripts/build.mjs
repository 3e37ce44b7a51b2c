// Builds one ncc bundle per gate (dist/<gate>/index.mjs) plus the CLI (dist/cli/index.mjs).
// ncc names an ES-module bundle index.mjs; the license file lists bundled dependencies.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  rmSync,
  readdirSync,
  renameSync,
  chmodSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Bundle name → entry point. Only gates that exist are built. */
const entries = {
  bench: 'src/gates/bench/index.ts',
  'prom-lint': 'src/gates/prom-lint/index.ts',
  publish: 'src/publish/index.ts',
  cli: 'src/cli/index.ts',
};

for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const outDir = join('dist', name);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      outDir,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
  // ncc writes index.mjs for ESM input; keep the name stable whatever the version does.
  const produced = readdirSync(outDir).find((f) => /^index\.(mjs|js)$/.test(f));
  if (produced && produced !== 'index.mjs')
    renameSync(join(outDir, produced), join(outDir, 'index.mjs'));
  if (name === 'cli') {
    const file = join(outDir, 'index.mjs');
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}
