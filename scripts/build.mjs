// Builds one ncc bundle per gate (dist/<gate>/index.mjs) plus the CLI (dist/cli/index.mjs, with
// one chunk per gate loaded on demand). ncc names an ES-module bundle index.mjs. licenses.txt
// lists every package with code in the bundle or its chunks, read from webpack's module list:
// ncc's own --license misses the packages of lazily loaded chunks.
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
  'dashboard-diff': 'src/gates/dashboard-diff/index.ts',
  soak: 'src/gates/soak/index.ts',
  coverage: 'src/gates/coverage/index.ts',
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
      '--stats-out',
      join(outDir, 'stats.json'),
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
  const statsFile = join(outDir, 'stats.json');
  writeFileSync(
    join(outDir, 'licenses.txt'),
    licensesOf(JSON.parse(readFileSync(statsFile, 'utf8'))),
  );
  rmSync(statsFile);
  if (name === 'cli') {
    const file = join(outDir, 'index.mjs');
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}

/** Every package whose modules webpack bundled, with its license name and text. */
function licensesOf(stats) {
  const packages = new Set();
  const visit = (modules) => {
    for (const module of modules ?? []) {
      // "./node_modules/a/node_modules/@b/c/x.js + 3 modules": the package is a/node_modules/@b/c.
      const found = /^\.\/(.*node_modules\/(?:@[^/\s]+\/)?[^/\s]+)/.exec(module.name ?? '');
      if (found) packages.add(found[1]);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return [...packages]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
      const text = licenseFile
        ? readFileSync(join(dir, licenseFile), 'utf8').trim()
        : '(the package ships no license file)';
      return {
        name: manifest.name,
        text: `${manifest.name}\n${manifest.license ?? ''}\n${text}\n`,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => entry.text)
    .join('\n\n');
}
