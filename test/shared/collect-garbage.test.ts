import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/shared/collect-garbage.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';

describe('collectGarbage', () => {
  it('collects an object nothing refers to any more, without --expose-gc', async () => {
    const ref = new WeakRef({ payload: new Array<number>(100_000).fill(1) });
    // A WeakRef's target is kept until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('is what prom-lint may call once the files are decoded, with the same findings', () => {
    const files = [
      { path: 'a.rules.yml', text: 'groups:\n- name: a\n  rules:\n  - alert: Up\n    expr: up\n' },
    ];
    let calls = 0;
    const collected = lintRuleFiles(files, {
      afterDecoding: () => {
        calls++;
        collectGarbage();
      },
    });
    expect(calls).toBe(1);
    expect(collected).toEqual(lintRuleFiles(files));
    expect(collected.findings.map((finding) => finding.check)).toContain('alerts/always-firing');
  });
});
