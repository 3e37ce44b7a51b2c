import { describe, expect, it } from 'vitest';
import { parseLintConfig } from '../../../src/gates/dashboard-diff/lint/index.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

describe('parseLintConfig', () => {
  it('reads dashboard-linter’s documented example', () => {
    // The example of dashboard-linter's docs/index.md ("Multiple Entries and Specific Exclusions").
    const text = [
      'exclusions:',
      '  target-rate-interval-rule:',
      "    reason: Top 10's are intended to be displayed for the currently selected range.",
      '    entries:',
      '    - dashboard: Apollo Server',
      '      panel: Top 10 Duration Rate',
      '    - dashboard: Apollo Server',
      '      panel: Top 10 Slowest Fields Resolution',
      '  target-instance-rule:',
      '    reason: Totals are intended to be across all instances',
      '    entries:',
      '    - panel: Requests Per Second',
      '      targetIdx: 2',
      '    - panel: Response Latency',
      '      targetIdx: "2"',
      'warnings:',
      '  template-instance-rule:',
    ].join('\n');
    expect(parseLintConfig(text, 'dashboards/.lint')).toEqual({
      path: 'dashboards/.lint',
      exclusions: {
        'target-rate-interval-rule': {
          reason: "Top 10's are intended to be displayed for the currently selected range.",
          entries: [
            { dashboard: 'Apollo Server', panel: 'Top 10 Duration Rate' },
            { dashboard: 'Apollo Server', panel: 'Top 10 Slowest Fields Resolution' },
          ],
        },
        'target-instance-rule': {
          reason: 'Totals are intended to be across all instances',
          entries: [
            { panel: 'Requests Per Second', targetIdx: 2 },
            { panel: 'Response Latency', targetIdx: 2 },
          ],
        },
      },
      warnings: { 'template-instance-rule': { entries: [] } },
      enable: [],
    });
  });

  it('an empty file is the default configuration', () => {
    expect(parseLintConfig('', '.lint')).toEqual({
      path: '.lint',
      exclusions: {},
      warnings: {},
      enable: [],
    });
  });

  it('accepts dashboard-linter rules it does not implement (they are ignored)', () => {
    expect(parseLintConfig('exclusions:\n  target-logql-rule:\n', '.lint').exclusions).toEqual({
      'target-logql-rule': { entries: [] },
    });
  });

  it.each([
    [
      'exclusions:\n  panel-unit-rule:\n',
      '.lint:2:3: unknown rule "panel-unit-rule"; did you mean "panel-units-rule"?',
    ],
    [
      'exclusion:\n  panel-units-rule:\n',
      '.lint:1:1: unknown key "exclusion"; did you mean "exclusions"?',
    ],
    [
      'warnings:\n  panel-units-rule:\n    entries:\n      - panel: A\n        targetIndex: 1\n',
      '.lint:5:9: unknown entry key "targetIndex"; did you mean "targetIdx"?',
    ],
    [
      'warnings:\n  panel-units-rule:\n    entries:\n      - targetIdx: first\n',
      '.lint:4:20: targetIdx must be a query index (0, 1, …), not "first"',
    ],
    [
      'warnings:\n  panel-units-rule:\n    entries: A\n',
      '.lint:3:14: warnings.panel-units-rule.entries is a list',
    ],
    ['- a\n- b\n', '.lint:1:1: a .lint file is a map with `exclusions` and `warnings`'],
    ['exclusions: [\n', '.lint:2:1: not a valid YAML file'],
    ['enable: target-job-rule\n', '.lint:1:9: enable is a list of rule names'],
    ['warnings: {}\nenable:\n', '.lint:2:1: enable is a list of rule names'],
    [
      'exclusions:\n  panel-units-rule:\n    entries:\n      - 3\n',
      '.lint:4:9: each entry of panel-units-rule is a map',
    ],
    [
      'enable: [target-jobs-rule]\n',
      '.lint:1:10: unknown rule "target-jobs-rule"; did you mean "target-job-rule"?',
    ],
  ])('%j is refused with a message that says where', (text, message) => {
    expect(() => parseLintConfig(text, '.lint')).toThrow(ConfigurationError);
    expect(() => parseLintConfig(text, '.lint')).toThrow(message);
  });
});
