/**
 * Runs a composite action the way the GitHub runner does, for tests: inputs with their defaults,
 * `env:` mappings evaluated, each `run:` step in bash with `GITHUB_ACTION_PATH`, `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY` and `GITHUB_EVENT_PATH`, step outputs read back from the output file,
 * `if:` conditions evaluated, and the action's outputs resolved.
 *
 * `uses:` steps are replaced by handlers the test provides (the cache actions by a directory
 * that follows actions/cache's documented matching: the exact key first, then each restore key
 * as a prefix, in order).
 *
 * Only the expression forms our generated action files use are supported; anything else throws,
 * so a new form in action.yml fails the test instead of being misread.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';

interface Step {
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

/** A replacement for a `uses:` step. Returns the step's outputs. */
export type UsesHandler = (
  withInputs: Record<string, string>,
) => Record<string, string | undefined>;

/** What the run produced. */
export interface CompositeResult {
  outputs: Record<string, string>;
  stepOutputs: Record<string, Record<string, string | undefined>>;
  stepOutcomes: Record<string, 'success' | 'failure' | 'skipped'>;
  summary: string;
  log: string;
  failed: boolean;
}

/** Options of one run. */
export interface CompositeRun {
  actionFile: string;
  inputs: Record<string, string>;
  /** Environment of the job (GITHUB_EVENT_NAME, GITHUB_REPOSITORY, …). */
  env: Record<string, string>;
  workspace: string;
  uses?: Record<string, UsesHandler>;
  /** `github.token` as the runner would provide it; empty means none. */
  githubToken?: string;
}

function parseOutputFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      outputs[name ?? ''] = value.join('\n');
      continue;
    }
    const at = line.indexOf('=');
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
  }
  return outputs;
}

/** Runs the action; never throws for a failing step (that is `failed`). */
export async function runComposite(run: CompositeRun): Promise<CompositeResult> {
  const action = yaml.load(readFileSync(run.actionFile, 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const actionPath = dirname(run.actionFile);
  const temp = mkdtempSync(join(tmpdir(), 'kaizen-runner-'));
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(summaryFile, '');

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const given = run.inputs[name];
    const fallback =
      spec.default === '${{ github.token }}' ? (run.githubToken ?? '') : (spec.default ?? '');
    if (given === undefined && spec.required) throw new Error(`input ${name} is required`);
    inputs[name] = given ?? fallback;
  }
  for (const name of Object.keys(run.inputs)) {
    if (!(name in action.inputs)) throw new Error(`unexpected input ${name}`);
  }

  const stepOutputs: Record<string, Record<string, string | undefined>> = {};
  const stepOutcomes: Record<string, 'success' | 'failure' | 'skipped'> = {};
  let failed = false;
  let log = '';

  const lookup = (path: string): string => {
    const parts = path.trim().split('.');
    if (parts[0] === 'inputs' && parts.length === 2) return inputs[parts[1] ?? ''] ?? '';
    if (parts[0] === 'steps' && parts.length === 4 && parts[2] === 'outputs') {
      return stepOutputs[parts[1] ?? '']?.[parts[3] ?? ''] ?? '';
    }
    if (path.trim() === 'github.token') return run.githubToken ?? '';
    throw new Error(`unsupported expression ${path}`);
  };
  const interpolate = (template: string): string =>
    template.replace(/\$\{\{([^}]*)\}\}/g, (_, expr: string) => lookup(expr));
  const condition = (expression: string | undefined): boolean => {
    if (expression === undefined) return !failed;
    let always = false;
    const terms = expression.split('&&').map((t) => t.trim());
    const values = terms.map((term) => {
      if (term === 'always()') {
        always = true;
        return true;
      }
      const comparison = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(term);
      if (!comparison) throw new Error(`unsupported condition ${term}`);
      const [, left, op, right] = comparison;
      const value = lookup(left ?? '');
      return op === '==' ? value === right : value !== right;
    });
    return values.every(Boolean) && (always || !failed);
  };

  for (const [index, step] of action.runs.steps.entries()) {
    const id = step.id ?? `step${index}`;
    if (!condition(step.if)) {
      stepOutcomes[id] = 'skipped';
      continue;
    }
    if (step.uses !== undefined) {
      const handler = run.uses?.[step.uses];
      if (!handler) throw new Error(`no handler for uses: ${step.uses}`);
      const withInputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v))]),
      );
      stepOutputs[id] = handler(withInputs);
      stepOutcomes[id] = 'success';
      continue;
    }
    if (step.run === undefined) throw new Error(`step ${id} has neither run nor uses`);
    if (/\$\{\{/.test(step.run))
      throw new Error(`step ${id} interpolates an expression into its script`);
    const outputFile = join(temp, `output-${id}`);
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v))]),
    );
    // Asynchronous, so that a test's loopback GitHub server keeps answering meanwhile.
    const result = await runBash(step.run, {
      cwd: run.workspace,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? temp,
        ...run.env,
        ...stepEnv,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_WORKSPACE: run.workspace,
        RUNNER_TEMP: join(temp, 'runner-temp'),
      },
    });
    log += `--- ${id}\n${result.stdout}${result.stderr}`;
    stepOutputs[id] = parseOutputFile(outputFile);
    stepOutcomes[id] = result.status === 0 ? 'success' : 'failure';
    if (result.status !== 0) failed = true;
  }

  const outputs = Object.fromEntries(
    Object.entries(action.outputs ?? {}).map(([name, spec]) => [name, interpolate(spec.value)]),
  );
  const summary = readFileSync(summaryFile, 'utf8');
  // The temp folder stays: outputs such as verdict-path point into it, as on a real runner.
  return { outputs, stepOutputs, stepOutcomes, summary, log, failed };
}

function runBash(
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
      options,
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

/**
 * A stand-in for actions/cache/restore and actions/cache/save over a directory: entries are
 * folders named by key; restore tries the key exactly, then each restore key as a prefix (the
 * newest matching entry), like the cache service.
 */
export function directoryCache(root: string): Record<string, UsesHandler> {
  mkdirSync(root, { recursive: true });
  let clock = 0;
  const created = new Map<string, number>();
  for (const name of readdirSync(root)) created.set(name, clock++);
  const restore: UsesHandler = (w) => {
    const path = w.path ?? '';
    const keys = [w.key ?? '', ...(w['restore-keys'] ?? '').split('\n').filter((k) => k !== '')];
    if (keys.length > 10)
      throw new Error('Key Validation Error: Keys are limited to a maximum of 10.');
    let hit: string | undefined = existsSync(join(root, keys[0] ?? '')) ? keys[0] : undefined;
    for (const prefix of keys.slice(1)) {
      if (hit) break;
      hit = [...created.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort((a, b) => (created.get(b) ?? 0) - (created.get(a) ?? 0))[0];
    }
    if (!hit) return { 'cache-hit': 'false' };
    mkdirSync(path, { recursive: true });
    cpSync(join(root, hit), path, { recursive: true });
    return {
      'cache-hit': String(hit === keys[0]),
      'cache-matched-key': hit,
      'cache-primary-key': keys[0] ?? '',
    };
  };
  const save: UsesHandler = (w) => {
    const key = w.key ?? '';
    if (created.has(key)) return {};
    cpSync(w.path ?? '', join(root, key), { recursive: true });
    created.set(key, clock++);
    return {};
  };
  return { 'actions/cache/restore@v4': restore, 'actions/cache/save@v4': save };
}
