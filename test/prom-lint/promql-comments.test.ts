/**
 * `# comment` lines inside an expression (kube-prometheus puts a header comment above many of its
 * expressions) are not part of the expression the checks look at.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from './rule-files.js';

/** A rule file whose alerts' expressions are block scalars, written line by line. */
function alerts(...rules: { name: string; expr: readonly string[] }[]): string[] {
  return [
    'groups:',
    '  - name: comments',
    '    rules:',
    ...rules.flatMap((rule) => [
      `      - alert: ${rule.name}`,
      '        expr: |',
      ...rule.expr.map((line) => `          ${line}`),
      '        labels:',
      '          severity: warning',
    ]),
  ];
}

const header = '# Without the recording rule this alert fires for every node.';

describe('comments inside expressions', () => {
  it('does not take two different expressions under the same header comment for one (alerts/overlap)', () => {
    const file = alerts(
      { name: 'DiskFull', expr: [header, 'node_filesystem_avail_bytes == 0'] },
      { name: 'LoadHigh', expr: [header, 'node_load1 > 4'] },
    );
    expect(findingsOf('alerts/overlap', file)).toEqual([]);
  });

  it('still finds the same expression twice under a header comment', () => {
    const file = alerts(
      { name: 'LoadHigh', expr: [header, 'node_load1 > 4'] },
      { name: 'LoadHigher', expr: ['# another comment', 'node_load1 > 4'] },
    );
    expect(findingsOf('alerts/overlap', file)).toHaveLength(1);
  });

  it('sees an always-firing expression behind a header comment', () => {
    expect(
      findingsOf('alerts/always-firing', alerts({ name: 'Load', expr: [header, 'node_load1'] })),
    ).toHaveLength(1);
  });

  it('reads a comment between an operand and its operator as nothing', () => {
    const file = alerts({ name: 'Load', expr: ['node_load1 # the 1-minute load', '  > 4'] });
    expect(findingsOf('alerts/always-firing', file)).toEqual([]);
    expect(findingsOf('promql/syntax', file)).toEqual([]);
  });
});
