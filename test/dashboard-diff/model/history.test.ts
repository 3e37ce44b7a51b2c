import { describe, expect, it } from 'vitest';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import { classic, comparable, corpusFiles, readJson } from './support.js';

/*
 * The real revision histories: consecutive files are real before/after pairs. Normalising must
 * keep every real change and erase only noise. Read with `diff` (see SOURCES.md of the corpus):
 * these pairs change nothing but `version`, or only a row panel's `datasource`, which Grafana
 * uses for nothing; every other pair changes what panels or variables show.
 */
const NOISE_ONLY = new Set([
  'k8s-views-global/10-e3be4ab.json → 09-2333e8f.json', // version 35 → 36
  'k8s-views-global/11-5ff5277.json → 10-e3be4ab.json', // 3 row panels' datasource uid
  'k8s-views-nodes/03-578c6f2.json → 02-2f2e78d.json', // version 37 → 38
  'k8s-views-nodes/05-288658a.json → 04-e24cf83.json', // version 36 → 37
  'k8s-views-nodes/09-1a128f0.json → 08-aeab4cc.json', // version 34 → 35
]);

const pairs = ['k8s-views-global', 'k8s-views-nodes'].flatMap((dir) => {
  const files = corpusFiles()
    .filter((file) => file.startsWith(`dotdc-history/${dir}/`))
    .map((file) => file.slice(`dotdc-history/${dir}/`.length));
  return files.slice(1).map((older, index) => ({
    name: `${dir}/${older} → ${files[index] ?? ''}`,
    before: `dotdc-history/${dir}/${older}`,
    after: `dotdc-history/${dir}/${files[index] ?? ''}`,
  }));
});

describe('consecutive real revisions', () => {
  it('has 22 pairs', () => {
    expect(pairs).toHaveLength(22);
  });

  it.each(pairs)('$name', ({ name, before, after }) => {
    const base = comparable(normalizeDashboard(classic(readJson(before))));
    const head = comparable(normalizeDashboard(classic(readJson(after))));
    if (NOISE_ONLY.has(name)) expect(head).toEqual(base);
    else expect(head).not.toEqual(base);
  });
});
