/**
 * prom-lint against promtool (`npm run bench`): wall time and peak memory of the CLI bundle and
 * of `promtool check rules` on the same files, in the same run, printed as ratios. Files:
 * promtool's rules_large.yml (10,002 recording rules, regenerated here as in the Prometheus
 * testdata) and a ~9 MB file of about 19,000 alerting rules (the awesome-prometheus-alerts groups
 * of test/fixtures repeated with unique names). Target: ratio ≤ 1.0 for time, < 1 for memory.
 *
 * Needs promtool (Debian `prometheus`) and /usr/bin/time (Debian `time`) for the peer figures.
 * Beside both it runs bench/prom-lint-floor.mjs, the least a Node.js linter on lezer-promql does
 * (start, read the YAML, parse every expression): on rules_large.yml that floor alone is above
 * promtool in time and memory, so there the targets are out of reach of this design.
 *
 * Where the time went (CPU profiles of the CLI, `node --cpu-prof`), and what took it down: lezer's
 * SyntaxNode views rebuilt at every step (trees are now copied once into linked nodes), node
 * lists recomputed by every check (now one answer per parse, kept on the parse: weak tables
 * cost the collector more than they saved), js-yaml's event stream plus a builder (now a block
 * scanner, load/block-yaml-tree.ts), double-quoted values built a character at a time, the
 * verdict JSON rendered when not asked for, every gate's code loaded for one gate (the CLI
 * loads chunks on demand), and three JSON keys per rule for the checks across files (now one).
 * Where the memory went (`--trace-gc`, heap snapshots): every rule's tree was kept for the checks
 * across files (now only the few facts they read, checks/expression-facts.ts), the YAML tree of
 * the last file stayed reachable while the expressions were checked, and V8 lets the heap grow to
 * about four times what was live at its last full collection, so the gate collects once the
 * trees are garbage. Left: lezer's own parse (about a fifth of the 9 MB run), Node's start and
 * JIT warm-up, which dominate a run of tiny expressions, the file's text (a 9 MB file with one
 * character outside Latin-1 is an 18 MB string) and the decoded models.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rulesLargeYaml } from '../test/support/rules-large.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/index.mjs');
const floor = join(root, 'bench/prom-lint-floor.mjs');

/** The corpus' groups, re-indented under one `groups:` and renamed per copy. */
function repeatedCorpus(targetBytes: number): { text: string; rules: number } {
  const dir = join(root, 'test/fixtures/prom-lint/awesome-prometheus-alerts');
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry)) files.push(path);
    }
  };
  walk(dir);
  const bodies = files.map((f) => readFileSync(f, 'utf8').replace(/^groups:\s*\n/, ''));
  let text = 'groups:\n';
  let copy = 0;
  let rules = 0;
  while (text.length < targetBytes) {
    copy += 1;
    for (const [index, body] of bodies.entries()) {
      text += body
        .replace(
          /- name: (.*)$/gm,
          (_, name: string) => `- name: ${name.replace(/["']/g, '')} copy ${copy}.${index}`,
        )
        .replace(/- alert: (\w+)/g, (_, name: string) => `- alert: ${name}Copy${copy}`);
      rules += (body.match(/- alert:/g) ?? []).length;
    }
  }
  return { text, rules };
}

interface Run {
  seconds: number;
  maxRssMiB?: number;
  status: number | null;
}

function measure(command: string, args: string[]): Run {
  if (existsSync('/usr/bin/time')) {
    const result = spawnSync('/usr/bin/time', ['-f', 'KAIZEN %e %M', command, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const match = /KAIZEN ([\d.]+) (\d+)/.exec(result.stderr);
    return {
      seconds: Number(match?.[1] ?? NaN),
      maxRssMiB: Number(match?.[2] ?? NaN) / 1024,
      status: result.status,
    };
  }
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { seconds: (performance.now() - started) / 1000, status: result.status };
}

function best(runs: Run[]): Run {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

export function runPromLintBenchmark(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kaizen-prom-bench-'));
  const large = join(dir, 'rules_large.yml');
  writeFileSync(large, rulesLargeYaml());
  const corpus = repeatedCorpus(9 * 1024 * 1024);
  const big = join(dir, 'big.rules.yml');
  writeFileSync(big, corpus.text);
  const hasPromtool = spawnSync('promtool', ['--version']).status === 0;
  console.log('prom-lint versus promtool check rules (best of 3)');
  for (const [label, file] of [
    ['rules_large.yml, 10,002 recording rules', large],
    [`${(statSync(big).size / 1024 / 1024).toFixed(1)} MB, ${corpus.rules} alerting rules`, big],
  ] as const) {
    const ours = best(
      [1, 2, 3].map(() => measure(process.execPath, [cli, 'prom-lint', file, '--quiet'])),
    );
    const memory = (r: Run): string =>
      r.maxRssMiB === undefined ? '' : `, ${r.maxRssMiB.toFixed(0)} MiB peak`;
    console.log(`  ${label}`);
    console.log(
      `    kaizen-gates: ${ours.seconds.toFixed(2)} s${memory(ours)} (exit ${ours.status})`,
    );
    if (!hasPromtool) {
      console.log('    promtool: not installed (apt-get install prometheus), no ratio');
      continue;
    }
    const peer = best([1, 2, 3].map(() => measure('promtool', ['check', 'rules', file])));
    console.log(
      `    promtool:     ${peer.seconds.toFixed(2)} s${memory(peer)} (exit ${peer.status})`,
    );
    const memoryRatio =
      ours.maxRssMiB !== undefined && peer.maxRssMiB !== undefined
        ? `, memory ratio ${(ours.maxRssMiB / peer.maxRssMiB).toFixed(2)}`
        : '';
    console.log(
      `    time ratio ${(ours.seconds / peer.seconds).toFixed(2)}${memoryRatio} (target: time <= 1.0, memory < 1)`,
    );
    // What no Node.js linter on lezer-promql can go below: start, read the YAML, parse each expr.
    const least = best([1, 2, 3].map(() => measure(process.execPath, [floor, file])));
    const leastMemory =
      least.maxRssMiB !== undefined && peer.maxRssMiB !== undefined
        ? `, memory ratio ${(least.maxRssMiB / peer.maxRssMiB).toFixed(2)}`
        : '';
    console.log(
      `    floor (Node.js + js-yaml + lezer-promql parse only): ${least.seconds.toFixed(2)} s${memory(least)}; ` +
        `time ratio ${(least.seconds / peer.seconds).toFixed(2)}${leastMemory}`,
    );
  }
}
