import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import { FIXTURES, loadOne } from './support.js';

// The model's `source` paths are what findings and changes are placed with: through the
// loader's lineOf they must land on the very line of the file that holds the value.
describe('source paths lead to the right lines', () => {
  it.each([
    'dotdc/k8s-views-nodes.json',
    'model/legacy-rows.json',
    'model/k8s-views-nodes.v2.json',
  ])('%s', (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const lines = text.split('\n');
    const loaded = loadOne(file, text);
    const model = normalizeDashboard(loaded);
    const lineText = (path: readonly (string | number)[]): string =>
      lines[(loaded.lineOf(path) ?? 0) - 1] ?? '';
    let checked = 0;
    for (const panel of model.panels) {
      const titleLine = lineText([
        ...panel.source,
        loaded.dashboard.schema === 'v2' ? 'spec' : 'title',
      ]);
      if (loaded.dashboard.schema === 'classic')
        expect(titleLine).toContain(JSON.stringify(panel.title));
      else expect(titleLine).toContain('"spec"');
      for (const query of panel.queries) {
        if (loaded.dashboard.schema === 'v2') {
          expect(lineText([...query.source, 'spec', 'refId'])).toContain(
            `"refId": "${query.refId}"`,
          );
        } else {
          expect(lineText([...query.source, query.exprField ?? 'refId'])).toContain(
            `"${query.exprField ?? ''}": `,
          );
        }
        checked++;
      }
    }
    for (const variable of model.variables) {
      expect(
        lineText([...variable.source, loaded.dashboard.schema === 'v2' ? 'spec' : 'name']),
      ).toMatch(
        loaded.dashboard.schema === 'v2' ? /"spec"/ : new RegExp(`"name": "${variable.name}"`),
      );
    }
    expect(checked).toBeGreaterThan(5);
  });
});
