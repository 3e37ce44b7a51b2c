/**
 * prom-lint against promtool (`npm run bench`): wall time and peak memory of the CLI bundle and
 * of `promtool check rules` on the same files, in the same run, printed as ratios. Files:
 * promtool's rules_large.yml (10,002 recording rules, regenerated here as in the Prometheus
 * testdata) and a ~9 MB file of about 19,000 alerting rules (the awesome-prometheus-alerts groups
 * of test/fixtures repeated with unique names), then the same alerts in the YAML styles that tools
 * write (PyYAML, Go yaml, jsonnet, kube-prometheus, CRLF; see runYamlStyleBenchmark). Each figure
 * is the median of KAIZEN_BENCH_REPEAT runs (3). Targets: on files over 1 MB, time and memory
 * ratio ≤ 1.0 against promtool in every style; on rules_large.yml (10,000 trivial rules, where
 * Node's start dominates) time ≤ 1.5 × the floor below.
 *
 * Needs promtool (Debian `prometheus`) and /usr/bin/time (Debian `time`) for the peer figures.
 * Beside both it runs bench/prom-lint-floor.mjs, the least a Node.js linter on lezer-promql does
 * (start, read the YAML, parse every expression): on rules_large.yml that floor alone is above
 * promtool in time and memory, so there the promtool target is out of reach of this design.
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
// KAIZEN_CLI: another build of the CLI to measure (e.g. before and after a change).
const cli = process.env.KAIZEN_CLI ?? join(root, 'dist/cli/index.mjs');
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

/** The run of median time, with the median peak memory of the runs: the machine may be busy. */
function median(runs: Run[]): Run {
  const middle = <T>(values: T[], by: (value: T) => number): T =>
    [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)] as T;
  const byTime = middle(runs, (run) => run.seconds);
  const memory = runs.every((run) => run.maxRssMiB !== undefined)
    ? middle(runs, (run) => run.maxRssMiB ?? 0).maxRssMiB
    : undefined;
  return { ...byTime, maxRssMiB: memory };
}

/** Repetitions per measurement (`KAIZEN_BENCH_REPEAT`, default 3); the median is reported. */
const REPEAT = Math.max(1, Number(process.env.KAIZEN_BENCH_REPEAT ?? 3) || 3);

function repeated(command: string, args: string[]): Run {
  return median(Array.from({ length: REPEAT }, () => measure(command, args)));
}

const memory = (r: Run): string =>
  r.maxRssMiB === undefined ? '' : `, ${r.maxRssMiB.toFixed(0)} MiB peak`;

function ratio(ours: number | undefined, peer: number | undefined): string {
  return ours === undefined || peer === undefined ? '–' : (ours / peer).toFixed(2);
}

export function runPromLintBenchmark(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kaizen-prom-bench-'));
  const large = join(dir, 'rules_large.yml');
  writeFileSync(large, rulesLargeYaml());
  const corpus = repeatedCorpus(9 * 1024 * 1024);
  const big = join(dir, 'big.rules.yml');
  writeFileSync(big, corpus.text);
  const hasPromtool = spawnSync('promtool', ['--version']).status === 0;
  console.log(`prom-lint versus promtool check rules (median of ${REPEAT})`);
  for (const [label, file, target] of [
    ['rules_large.yml, 10,002 recording rules', large, 'time <= 1.5 x floor'],
    [
      `${(statSync(big).size / 1024 / 1024).toFixed(1)} MB, ${corpus.rules} alerting rules`,
      big,
      'time <= 1.0, memory <= 1.0',
    ],
  ] as const) {
    const ours = repeated(process.execPath, [cli, 'prom-lint', file, '--quiet']);
    console.log(`  ${label}`);
    console.log(
      `    kaizen-gates: ${ours.seconds.toFixed(2)} s${memory(ours)} (exit ${ours.status})`,
    );
    // What no Node.js linter on lezer-promql can go below: start, read the YAML, parse each expr.
    const least = repeated(process.execPath, [floor, file]);
    console.log(
      `    floor (Node.js + js-yaml + lezer-promql parse only): ${least.seconds.toFixed(2)} s${memory(least)}; ` +
        `kaizen-gates / floor: time ${ratio(ours.seconds, least.seconds)}, memory ${ratio(ours.maxRssMiB, least.maxRssMiB)}`,
    );
    if (!hasPromtool) {
      console.log('    promtool: not installed (apt-get install prometheus), no ratio');
      continue;
    }
    const peer = repeated('promtool', ['check', 'rules', file]);
    console.log(
      `    promtool:     ${peer.seconds.toFixed(2)} s${memory(peer)} (exit ${peer.status})`,
    );
    console.log(
      `    kaizen-gates / promtool: time ${ratio(ours.seconds, peer.seconds)}, memory ${ratio(ours.maxRssMiB, peer.maxRssMiB)}; ` +
        `floor / promtool: time ${ratio(least.seconds, peer.seconds)}, memory ${ratio(least.maxRssMiB, peer.maxRssMiB)} (target: ${target})`,
    );
  }
  if (hasPromtool) runYamlStyleBenchmark(dir);
}

/** The corpus copies in each YAML style (`KAIZEN_BENCH_STYLE_COPIES`, default 8: about 3 MB). */
const STYLE_COPIES = Math.max(1, Number(process.env.KAIZEN_BENCH_STYLE_COPIES ?? 8) || 8);

/**
 * The YAML-style table: the same alerts written by PyYAML, Go's yaml.v2 and v3, jsonnet and
 * kube-prometheus (test/fixtures/prom-lint/yaml-styles/generate.py, the real tools), each file
 * over 1 MB, linted by kaizen-gates and checked by promtool. promtool reads no PrometheusRule and
 * only the first document of a stream, so for those it reads the same rules as one plain file.
 * Target: time and memory ratio <= 1.0 in every style.
 */
function runYamlStyleBenchmark(dir: string): void {
  const generator = join(root, 'test/fixtures/prom-lint/yaml-styles/generate.py');
  const styles = join(dir, 'styles');
  const generated = spawnSync('python3', [generator, styles, '--copies', String(STYLE_COPIES)], {
    encoding: 'utf8',
  });
  console.log('');
  console.log(
    `YAML styles: the awesome-prometheus-alerts rules ${STYLE_COPIES} times (median of ${REPEAT}; target: ratios <= 1.0)`,
  );
  if (generated.status !== 0) {
    console.log(`  not generated (python3 with python3-yaml needed): ${generated.stderr.trim()}`);
    return;
  }
  if (generated.stderr.trim() !== '') console.log(`  ${generated.stderr.trim()}`);
  const peerFile: Record<string, string> = {
    'kube-prometheus.yml': 'go-yaml-v2.yml',
    'jsonnet-stream.yml': 'jsonnet.yml',
  };
  const rows: string[][] = [
    [
      'style',
      'MB',
      'ours s',
      'ours MiB',
      'promtool s',
      'promtool MiB',
      'time ×',
      'memory ×',
      'floor time ×',
    ],
  ];
  for (const name of readdirSync(styles).sort()) {
    const file = join(styles, name);
    const ours = repeated(process.execPath, [cli, 'prom-lint', file, '--quiet']);
    const peer = repeated('promtool', ['check', 'rules', join(styles, peerFile[name] ?? name)]);
    const least = repeated(process.execPath, [floor, file]);
    rows.push([
      peerFile[name] === undefined ? name : `${name} (promtool: ${peerFile[name]})`,
      (statSync(file).size / 1024 / 1024).toFixed(1),
      ours.seconds.toFixed(2),
      ours.maxRssMiB?.toFixed(0) ?? '–',
      peer.seconds.toFixed(2),
      peer.maxRssMiB?.toFixed(0) ?? '–',
      ratio(ours.seconds, peer.seconds),
      ratio(ours.maxRssMiB, peer.maxRssMiB),
      ratio(least.seconds, peer.seconds),
    ]);
    if (ours.status !== 0 && ours.status !== 1)
      rows[rows.length - 1]?.push(`(exit ${ours.status})`);
  }
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((row) => (row[i] ?? '').length)),
  );
  for (const row of rows) {
    console.log(
      `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`,
    );
  }
}
