/**
 * Replay of stored single values (`npm run bench:replay`): simulated stored histories of
 * unchanged benchmarks, replayed push by push through the bench gate's stored-history mode (each
 * push's value judged against the runs stored before it, as run.ts does with a history and no
 * baseline files), beside github-action-benchmark's rule on the same data (alert when a value is
 * worse than the previous stored value by the alert threshold: 110%, and its default 200%).
 *
 * Model of one suite: 10 to 100 benchmarks (uniform); each with its own run-to-run noise,
 * log-uniform between 3% and 35% (the range real stored histories show); a per-run speed of the
 * runner shared by the whole suite (lognormal, 2%). Scenarios, each on top of that:
 *   - `normal`: lognormal noise;
 *   - `heavy-tails`: the noise is a t with 3 degrees of freedom (same MAD as the normal one: a
 *     run 2× slow now and then);
 *   - `drift`: each benchmark's level drifts as a random walk, 0.4% per push;
 *   - `runner-changes`: at each push, with probability 3%, the runner changes for good and the
 *     whole suite moves by a lognormal factor (sd 15%);
 *   - `all`: heavy tails, drift and runner changes together.
 *
 * Printed per scenario, over pushes with at least `--from` stored runs: the share of pushes that
 * warn and that fail, with the defaults (`single-value: warn`) and with `single-value: fail`, and
 * the share of pushes github-action-benchmark's rule alerts on. Of the default warnings, those
 * that are only the "suspected runner shift" headline (the whole suite moved beyond the threshold
 * since the last stored run; the comparisons are corrected for it) are counted apart, beside the
 * share of pushes on which the runner really changed. The first pushes of a history (1 to 4
 * stored runs: too few to judge, so a change beyond the threshold warns) are counted apart too. Then the step: one benchmark
 * with 5% noise (in the scenario's tail model) gets a true +30% step at the push after m stored
 * runs; the share of such pushes on which the gate finds it (warns by default, fails with
 * `single-value: fail`), beside the rule's, and the floor: an oracle that knows the benchmark's
 * mean and its noise's law exactly (normal, or t(3) in the heavy-tailed scenarios) and tests at
 * the gate's levels with nothing estimated, so no method at those levels can do better; and the
 * floor with the noise estimated from the m stored runs (normal noise: the Student-t prediction
 * interval from their mean and standard deviation), the best any method can do at m runs.
 *
 * Then the real stored histories of test/fixtures/bench/real-history (`--real DIR` for others):
 * one result file per run of unchanged code on a shared machine, replayed the same way.
 *
 * Usage: npx tsx bench/replay.ts [--suites 8] [--pushes 60] [--from 10] [--seed 1]
 *   [--window 30] [--scenarios normal,heavy-tails,drift,runner-changes,all]
 *   [--steps 200] [--stored 10,20,30] [--real DIR]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchAnalysis } from '../src/gates/bench/analyze.js';
import { defaultAnalysisOptions, type BenchAnalysisOptions } from '../src/gates/bench/options.js';
import {
  gateOnRuns,
  outcomes,
  plantedStepPower,
  replayRealHistory,
  seriesOf,
} from './replay-gate.js';
import {
  createRandom,
  normalSample,
  standardNormalCdf,
  standardNormalQuantile,
  studentTCumulative,
  studentTQuantile,
} from '../src/stats/index.js';

/** Real stored histories kept in the repository: one directory per suite, one file per push. */
const REAL_HISTORIES = resolve(import.meta.dirname, '../test/fixtures/bench/real-history');

const { values } = parseArgs({
  options: {
    suites: { type: 'string', default: '8' },
    pushes: { type: 'string', default: '60' },
    from: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    window: { type: 'string', default: '30' },
    scenarios: { type: 'string', default: 'normal,heavy-tails,drift,runner-changes,all' },
    steps: { type: 'string', default: '200' },
    stored: { type: 'string', default: '10,20,30' },
    real: { type: 'string', default: REAL_HISTORIES },
  },
});

type Scenario = 'normal' | 'heavy-tails' | 'drift' | 'runner-changes' | 'all';
const SCENARIOS: readonly Scenario[] = ['normal', 'heavy-tails', 'drift', 'runner-changes', 'all'];

interface Model {
  heavyTails: boolean;
  drift: number;
  runnerChangeRate: number;
}
const MODELS: Record<Scenario, Model> = {
  normal: { heavyTails: false, drift: 0, runnerChangeRate: 0 },
  'heavy-tails': { heavyTails: true, drift: 0, runnerChangeRate: 0 },
  drift: { heavyTails: false, drift: 0.004, runnerChangeRate: 0 },
  'runner-changes': { heavyTails: false, drift: 0, runnerChangeRate: 0.03 },
  all: { heavyTails: true, drift: 0.004, runnerChangeRate: 0.03 },
};
const RUNNER_SD = 0.02;
const RUNNER_CHANGE_SD = 0.15;
const STEP = 0.3;
const STEP_NOISE = 0.05;
/** MAD of a standard normal over MAD of a t with 3 degrees of freedom: same robust spread. */
const T3_TO_NORMAL_MAD = 0.6745 / 0.7649;

const list = (text: string): string[] => text.split(',').map((s) => s.trim());
const SUITES = Number(values.suites);
const PUSHES = Number(values.pushes);
const FROM = Number(values.from);
const WINDOW = Number(values.window);
const STEPS = Number(values.steps);
const STORED = list(values.stored).map(Number);
const scenarios = list(values.scenarios).map((s) => {
  if (!(SCENARIOS as readonly string[]).includes(s)) {
    throw new Error(`--scenarios: unknown ${s}; one of ${SCENARIOS.join(', ')}`);
  }
  return s as Scenario;
});

function tSample(random: () => number, df: number): number {
  let chi = 0;
  for (let i = 0; i < df; i += 1) chi += normalSample(random) ** 2;
  return normalSample(random) / Math.sqrt(chi / df);
}

function noiseDraw(random: () => number, model: Model): number {
  return model.heavyTails ? T3_TO_NORMAL_MAD * tSample(random, 3) : normalSample(random);
}

/** A simulated suite: per run, the value of each benchmark (runs oldest first). */
function simulateSuite(
  random: () => number,
  model: Model,
  runs: number,
  step?: { at: number },
): { names: string[]; values: number[][]; changes: Set<number> } {
  const size = 10 + Math.floor(random() * 91);
  const noise = Array.from({ length: size }, (_, i) =>
    step && i === 0 ? STEP_NOISE : 0.03 * Math.exp(random() * Math.log(35 / 3)),
  );
  const level = Array.from({ length: size }, (_, i) => Math.log(100 * (1 + i)));
  let runner = 0;
  const values: number[][] = [];
  const changes = new Set<number>();
  for (let r = 0; r < runs; r += 1) {
    if (random() < model.runnerChangeRate) {
      runner += normalSample(random, 0, RUNNER_CHANGE_SD);
      changes.add(r);
    }
    const job = runner + normalSample(random, 0, RUNNER_SD);
    values.push(
      level.map((l, i) => {
        level[i] = l + (model.drift > 0 ? normalSample(random, 0, model.drift) : 0);
        const stepped = step && i === 0 && r >= step.at ? Math.log1p(STEP) : 0;
        return Math.exp(l + job + stepped + (noise[i] ?? 0) * noiseDraw(random, model));
      }),
    );
  }
  return { names: level.map((_, i) => `b${i}`), values, changes };
}

/** The gate on one push: head = run `at`, history = the runs before it, as run.ts builds them. */
function gateAt(
  names: readonly string[],
  values: readonly number[][],
  at: number,
  options: BenchAnalysisOptions,
): BenchAnalysis {
  const runs = values.map((run) => names.map((name, i) => seriesOf(name, run[i] as number)));
  return gateOnRuns(runs, at, options, WINDOW);
}

/** github-action-benchmark: alert when a value is worse than the previous one by `ratio`. */
function ruleAlerts(
  previous: readonly number[],
  current: readonly number[],
  ratio: number,
): boolean {
  return current.some((v, i) => v / (previous[i] as number) > ratio);
}

const options: BenchAnalysisOptions = { ...defaultAnalysisOptions, singleValue: 'fail' };
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

console.log(
  `Stored single values, replayed push by push: ${SUITES} suites per scenario, ${PUSHES} pushes each, counted from the push with ${FROM} stored runs; window ${WINDOW}; threshold ${options.threshold * 100}%, alpha ${options.alpha}, ${options.correction}; seed ${values.seed}.`,
);
console.log('');
console.log(
  '| scenario | pushes | default: warn | of which runner shift only | runner changes | default: fail | single-value fail: warn | single-value fail: fail | rule 110%: alert | rule 200%: alert | pushes 1–4: warn |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const seed = Number(values.seed);
let sScenario = 0;
for (const scenario of scenarios) {
  const random = createRandom(seed * 1000 + sScenario++);
  const model = MODELS[scenario];
  let pushes = 0;
  let early = 0;
  let earlyWarn = 0;
  const count = {
    defaultWarn: 0,
    shiftOnly: 0,
    runnerChanges: 0,
    failWarn: 0,
    failFail: 0,
    rule110: 0,
    rule200: 0,
  };
  for (let s = 0; s < SUITES; s += 1) {
    const { names, values: runs, changes } = simulateSuite(random, model, FROM + PUSHES);
    for (let at = 1; at < runs.length; at += 1) {
      const previous = runs[at - 1] as number[];
      const current = runs[at] as number[];
      if (at < 5) {
        early += 1;
        if (outcomes(gateAt(names, runs, at, options)).warnMode === 'warn') earlyWarn += 1;
        continue;
      }
      if (at < FROM) continue;
      pushes += 1;
      const result = outcomes(gateAt(names, runs, at, options));
      if (result.warnMode === 'warn') count.defaultWarn += 1;
      if (result.shiftOnly) count.shiftOnly += 1;
      if (changes.has(at)) count.runnerChanges += 1;
      if (result.failMode === 'warn') count.failWarn += 1;
      if (result.failMode === 'fail') count.failFail += 1;
      if (ruleAlerts(previous, current, 1.1)) count.rule110 += 1;
      if (ruleAlerts(previous, current, 2)) count.rule200 += 1;
    }
  }
  console.log(
    `| ${scenario} | ${pushes} | ${pct(count.defaultWarn, pushes)} | ${pct(count.shiftOnly, pushes)} | ${pct(count.runnerChanges, pushes)} | 0.0% | ${pct(count.failWarn, pushes)} | ${pct(count.failFail, pushes)} | ${pct(count.rule110, pushes)} | ${pct(count.rule200, pushes)} | ${pct(earlyWarn, early)} |`,
  );
}

/**
 * The oracle's power: it knows the stepped benchmark's mean and its noise's law (σ, normal or
 * t(3)), so its estimate is the value itself. It passes the gate's two claims at their levels as a lone
 * benchmark among `k` (Holm's first step) with no other benchmark beyond the threshold: "changed"
 * at α/k (warn) or α/(5k) (fail, the proof), and beyond the threshold at γ (warn needs only the
 * first; fail needs the second at γ/5). No estimation uncertainty at all.
 */
function oraclePower(k: number, proof: boolean, model: Model): number {
  const factor = proof ? 0.2 : 1;
  const alpha = (factor * options.alpha) / k;
  const gamma = (factor * (1 - options.confidence)) / 2;
  const limit = Math.log1p(options.threshold);
  // The noise's own law: normal, or t(3) at the same MAD when the scenario has heavy tails.
  const scale = model.heavyTails ? STEP_NOISE * T3_TO_NORMAL_MAD : STEP_NOISE;
  const q = (p: number): number =>
    model.heavyTails ? studentTQuantile(p, 3) : standardNormalQuantile(p);
  const cdf = (z: number): number =>
    model.heavyTails ? studentTCumulative(z, 3) : standardNormalCdf(z);
  const critical = proof
    ? Math.max(q(1 - alpha) * scale, limit + q(1 - gamma) * scale)
    : Math.max(q(1 - alpha) * scale, limit);
  return cdf((Math.log1p(STEP) - critical) / scale);
}

/** Draws of {@link estimatedNoisePower}. */
const FLOOR_DRAWS = 20_000;

/** The median size of a simulated suite (uniform on 10–100 benchmarks, see simulateSuite). */
const MEDIAN_SUITE = 55;

/**
 * The floor with the noise estimated, not known: the textbook procedure for normal noise, a
 * prediction interval from the mean and standard deviation of `m` stored values (Student t with
 * m − 1 degrees of freedom), passing the same two claims at the same levels as
 * {@link oraclePower}. No procedure that estimates the noise from m runs does better under
 * normal noise, so a target above this figure is out of reach at m runs. Normal noise only
 * (undefined for heavy tails, where the mean and standard deviation are not the right tools).
 */
function estimatedNoisePower(
  k: number,
  proof: boolean,
  m: number,
  model: Model,
): number | undefined {
  if (model.heavyTails) return undefined;
  const random = createRandom(4242 + m);
  const factor = proof ? 0.2 : 1;
  const alpha = (factor * options.alpha) / k;
  const gamma = (factor * (1 - options.confidence)) / 2;
  const limit = Math.log1p(options.threshold);
  const changed = studentTQuantile(1 - alpha, m - 1);
  const beyond = studentTQuantile(1 - gamma, m - 1);
  let found = 0;
  for (let draw = 0; draw < FLOOR_DRAWS; draw += 1) {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < m; i += 1) {
      const x = normalSample(random) * STEP_NOISE;
      sum += x;
      squares += x * x;
    }
    const mean = sum / m;
    const se = Math.sqrt(((squares - m * mean * mean) / (m - 1)) * (1 + 1 / m));
    const shift = Math.log1p(STEP) + normalSample(random) * STEP_NOISE - mean;
    const pass = shift / se > changed && shift > limit && (!proof || (shift - limit) / se > beyond);
    if (pass) found += 1;
  }
  return found / FLOOR_DRAWS;
}

console.log('');
console.log(
  `A true +${STEP * 100}% step in one benchmark with ${STEP_NOISE * 100}% noise (the rest of the suite unchanged), at the push after m stored runs; ${STEPS} suites per cell:`,
);
console.log('');
console.log(
  '| scenario | m stored | found by default (warn) | found with single-value fail (fail) | rule 110%: alert | rule 200%: alert | oracle floor: warn / fail | floor, noise estimated from m runs: warn / fail |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const scenario of scenarios) {
  const model = MODELS[scenario];
  for (const stored of STORED) {
    const random = createRandom(seed * 7919 + stored * 31 + SCENARIOS.indexOf(scenario));
    let warned = 0;
    let failed = 0;
    let rule110 = 0;
    let rule200 = 0;
    let oracleWarn = 0;
    let oracleFail = 0;
    for (let s = 0; s < STEPS; s += 1) {
      const { names, values: runs } = simulateSuite(random, model, stored + 1, { at: stored });
      const analysis = gateAt(names, runs, stored, options);
      const stepped = analysis.comparisons.find((c) => c.name === 'b0');
      if (stepped?.verdict === 'regressed' || stepped?.verdict === 'inconclusive') warned += 1;
      if (stepped?.verdict === 'regressed') failed += 1;
      const previous = runs[stored - 1]?.[0] as number;
      const current = runs[stored]?.[0] as number;
      if (current / previous > 1.1) rule110 += 1;
      if (current / previous > 2) rule200 += 1;
      oracleWarn += oraclePower(names.length, false, model);
      oracleFail += oraclePower(names.length, true, model);
    }
    // Suites' sizes vary (10–100); the estimated-noise floor is taken at the median size.
    const floorWarn = estimatedNoisePower(MEDIAN_SUITE, false, stored, model);
    const floorFail = estimatedNoisePower(MEDIAN_SUITE, true, stored, model);
    const floor =
      floorWarn === undefined || floorFail === undefined
        ? '–'
        : `${pct(floorWarn, 1)} / ${pct(floorFail, 1)}`;
    console.log(
      `| ${scenario} | ${stored} | ${pct(warned, STEPS)} | ${pct(failed, STEPS)} | ${pct(rule110, STEPS)} | ${pct(rule200, STEPS)} | ${pct(oracleWarn, STEPS)} / ${pct(oracleFail, STEPS)} | ${floor} |`,
    );
  }
}

/**
 * Real stored histories (`--real`: a directory of them, each a directory of one result file per
 * run of unchanged code, oldest first by name), replayed push by push: every alarm is false.
 */
function printRealHistories(root: string): void {
  if (!existsSync(root)) return;
  const suites = readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .sort();
  if (suites.length === 0) return;
  console.log('');
  console.log(
    `Real stored histories (unchanged code: every alarm is false), replayed from the push with ${FROM} stored runs; window ${WINDOW}:`,
  );
  console.log('');
  console.log(
    '| history | single values per run | median noise | pushes | default: warn | default: fail | single-value fail: fail | rule 110%: alert | rule 200%: alert | planted +30%: warn / fail | planted 2×: warn / fail |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const dir of suites) {
    const r = replayRealHistory(dir, { from: FROM, window: WINDOW });
    const planted = (factor: number): ReturnType<typeof plantedStepPower> =>
      plantedStepPower(dir, { from: FROM, window: WINDOW, factor, perPush: 6 });
    const step = planted(1.3);
    const double = planted(2);
    console.log(
      `| ${relative(root, dir)} | ${r.values} | ${pct(step.medianNoise, 1)} | ${r.pushes} | ${pct(r.defaultWarn, r.pushes)} | ${pct(r.defaultFail, r.pushes)} | ${pct(r.singleValueFail, r.pushes)} | ${pct(r.rule110, r.pushes)} | ${pct(r.rule200, r.pushes)} | ${pct(step.warned, step.trials)} / ${pct(step.failed, step.trials)} | ${pct(double.warned, double.trials)} / ${pct(double.failed, double.trials)} |`,
    );
  }
  console.log('');
  console.log(
    'Planted: each push from the first counted on, one benchmark at a time (6 a push) made worse by the factor, the rest of the push as measured.',
  );
}

printRealHistories(values.real);
