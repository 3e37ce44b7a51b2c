/**
 * Panel properties on real panels: overrides matched by matcher (not by position), override
 * properties by id, units and thresholds named as authors know them, transformations by id with
 * their order checked (they run as a pipeline).
 */
import { describe, expect, it } from 'vitest';
import { changeLine, corpusText, diffTexts } from './corpus.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string): JsonObject {
  const value = JSON.parse(text) as Json;
  if (!isObject(value)) throw new Error('not an object');
  return value;
}

/** The panel titled `title` (top level or inside a collapsed row). */
function panelOf(dashboard: JsonObject, title: string): JsonObject {
  const top = Array.isArray(dashboard.panels) ? dashboard.panels.filter(isObject) : [];
  const all = top.flatMap((p) => [
    p,
    ...(Array.isArray(p.panels) ? p.panels.filter(isObject) : []),
  ]);
  const found = all.find((p) => p.title === title);
  if (!found) throw new Error(`no panel ${title}`);
  return found;
}

function at(value: Json | undefined, ...path: (string | number)[]): Json {
  let current: Json | undefined = value;
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = isObject(current) ? current[key] : undefined;
  }
  if (current === undefined) throw new Error(`nothing at ${path.join('.')}`);
  return current;
}

function edit(name: string, change: (dashboard: JsonObject) => void): string[] {
  const text = corpusText(name);
  const dashboard = parse(text);
  change(dashboard);
  const diff = diffTexts(name, text, `${JSON.stringify(dashboard, null, 2)}\n`);
  return [...diff.changes, ...diff.viewChanges].map(changeLine);
}

describe('panel properties on k8s-views-nodes', () => {
  const NAME = 'dotdc/k8s-views-nodes.json';

  it('matches overrides by matcher: one removed, the rest reordered, one edited', () => {
    const lines = edit(NAME, (dashboard) => {
      const overrides = at(
        panelOf(dashboard, 'List of pods on node ($node)'),
        'fieldConfig',
        'overrides',
      );
      if (!Array.isArray(overrides)) throw new Error('no overrides');
      const kept = overrides
        .filter(isObject)
        .filter((o) => at(o, 'matcher', 'options') !== 'pod_ip');
      const priority = kept.find((o) => at(o, 'matcher', 'options') === 'priority_class');
      const width = priority && at(priority, 'properties', 0);
      if (!isObject(width)) throw new Error('no width property');
      width.value = 200;
      overrides.splice(0, overrides.length, ...kept.reverse());
    });
    expect(lines).toEqual([
      'panel modified "List of pods on node ($node)" field=overrides[byName=pod_ip]: {"matcher":{"id":"byName","options":"pod_ip"},"properties":[{"id":"custom.width","value":157}]} → (none)',
      'panel modified "List of pods on node ($node)" field=overrides[byName=priority_class].custom.width: 176 → 200',
    ]);
  });

  it('names an override property by its id and the part of its value that changed', () => {
    const lines = edit(NAME, (dashboard) => {
      const color = at(
        panelOf(dashboard, 'NF Conntrack'),
        'fieldConfig',
        'overrides',
        0,
        'properties',
        0,
        'value',
      );
      if (!isObject(color)) throw new Error('no color');
      color.fixedColor = 'orange';
    });
    expect(lines).toEqual([
      'panel modified "NF Conntrack" field=overrides[byName=NF Conntrack limit].color.fixedColor: "red" → "orange"',
    ]);
  });

  it('reports a unit and a threshold as one change each', () => {
    const lines = edit(NAME, (dashboard) => {
      const defaults = at(panelOf(dashboard, 'NF Conntrack'), 'fieldConfig', 'defaults');
      if (!isObject(defaults)) throw new Error('no defaults');
      defaults.unit = 'percentunit';
      const step = at(defaults, 'thresholds', 'steps', 1);
      if (!isObject(step)) throw new Error('no second step');
      step.value = 90;
    });
    expect(lines).toHaveLength(2);
    // The base thresholds were Grafana's default (green, red from 80), which normalisation drops.
    expect(lines[0]).toBe(
      'panel modified "NF Conntrack" field=thresholds: (none) → {"mode":"absolute","steps":[{"color":"green","value":null},{"color":"red","value":90}]}',
    );
    expect(lines[1]).toMatch(/^panel modified "NF Conntrack" field=unit: .* → "percentunit"$/);
  });
});

describe('thresholds on every panel of k8s-views-nodes', () => {
  it('are the same whether the base step stores value null or leaves it out', () => {
    const lines = edit('dotdc/k8s-views-nodes.json', (dashboard) => {
      const top = Array.isArray(dashboard.panels) ? dashboard.panels.filter(isObject) : [];
      const all = top.flatMap((p) => [
        p,
        ...(Array.isArray(p.panels) ? p.panels.filter(isObject) : []),
      ]);
      let edited = 0;
      for (const panel of all) {
        const fieldConfig = panel.fieldConfig;
        const defaults = isObject(fieldConfig) ? fieldConfig.defaults : undefined;
        const thresholds = isObject(defaults) ? defaults.thresholds : undefined;
        const steps = isObject(thresholds) ? thresholds.steps : undefined;
        const first = Array.isArray(steps) ? steps[0] : undefined;
        if (isObject(first) && first.value === null) {
          delete first.value;
          edited += 1;
        }
      }
      // Older Grafana versions saved the base step without a value: every panel here has one.
      expect(edited).toBeGreaterThan(5);
    });
    expect(lines).toEqual([]);
  });
});

describe('transformations on k8s-views-global (revision 02)', () => {
  const NAME = 'dotdc-history/k8s-views-global/02-a397ae5.json';

  it('reports reordered transformations as one order change', () => {
    const lines = edit(NAME, (dashboard) => {
      const transformations = at(panelOf(dashboard, 'Global CPU  Usage'), 'transformations');
      if (!Array.isArray(transformations)) throw new Error('no transformations');
      transformations.reverse();
    });
    expect(lines).toEqual([
      'panel modified "Global CPU  Usage" field=transformations order: ["calculateField","organize"] → ["organize","calculateField"]',
    ]);
  });

  it('names a transformation option by the transformation id', () => {
    const lines = edit(NAME, (dashboard) => {
      const reduce = at(
        panelOf(dashboard, 'Global CPU  Usage'),
        'transformations',
        0,
        'options',
        'reduce',
      );
      if (!isObject(reduce)) throw new Error('no reduce');
      reduce.reducer = 'max';
    });
    expect(lines).toEqual([
      'panel modified "Global CPU  Usage" field=transformations[calculateField].options.reduce.reducer: "mean" → "max"',
    ]);
  });
});
