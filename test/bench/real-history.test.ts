/**
 * The bench gate's stored-history mode on real histories of unchanged code (test/fixtures/bench/
 * real-history: Go's strings benchmarks and a pytest-benchmark suite, 30 runs each on a shared,
 * loaded machine), replayed push by push as bench/replay.ts does: every alarm is false.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replayRealHistory } from '../../bench/replay-gate.js';

const history = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/bench/real-history/${name}`, import.meta.url));

describe.each([
  ['go-strings', 330],
  ['pytest-stdlib', 12],
])('the real history %s', (name, values) => {
  const replay = replayRealHistory(history(name), { from: 10, window: 30 });

  it('replays 20 pushes of every single value', () => {
    expect(replay.pushes).toBe(20);
    expect(replay.values).toBe(values);
  });

  it('fails none, even with single-value: fail, and warns on at most 1 push in 20', () => {
    expect(replay.defaultFail).toBe(0);
    expect(replay.singleValueFail).toBe(0);
    expect(replay.defaultWarn).toBeLessThanOrEqual(1);
  });

  it('is noisy enough that the rule of github-action-benchmark alerts on most pushes', () => {
    // Its rule: alert when a value is worse than the previous stored one by 110%.
    expect(replay.rule110).toBeGreaterThanOrEqual(10);
  });
});
