/**
 * The action and workflow files are valid for GitHub (checked with action-validator, which holds
 * GitHub's schemas), generated from scripts/gen-actions.mjs, and never interpolate expressions
 * into scripts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const actionFiles = [
  'action.yml',
  ...readdirSync(join(root, 'actions')).map((gate) => `actions/${gate}/action.yml`),
];
const workflowFiles = readdirSync(join(root, '.github/workflows')).map(
  (file) => `.github/workflows/${file}`,
);

describe.each(actionFiles)('%s', (file) => {
  const text = readFileSync(join(root, file), 'utf8');

  it('is a valid action (action-validator CLI, as users would run it)', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/action-validator'), [file], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The same check through the library, whose structured errors are easier to read.
    expect(validateAction(text).errors).toEqual([]);
  });

  it('passes inputs to scripts through env only', () => {
    const action = yaml.load(text) as { runs: { steps: { run?: string }[] } };
    for (const step of action.runs.steps) {
      if (step.run !== undefined) expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  it('maps every input into INPUT_<NAME> exactly as @actions/core reads it', () => {
    const action = yaml.load(text) as {
      inputs: Record<string, unknown>;
      runs: { steps: { run?: string; env?: Record<string, string> }[] };
    };
    const nodeSteps = action.runs.steps.filter((s) => s.run?.includes('node '));
    expect(nodeSteps.length).toBeGreaterThan(0);
    for (const step of nodeSteps) {
      for (const name of Object.keys(action.inputs).filter((n) => n !== 'gate')) {
        // core.getInput upper-cases the name and keeps hyphens.
        expect(step.env?.[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
      }
    }
  });
});

describe.each(workflowFiles)('%s', (file) => {
  it('is a valid workflow', () => {
    const state = validateWorkflow(readFileSync(join(root, file), 'utf8'));
    expect(state.errors).toEqual([]);
  });
});

it('the action files are what scripts/gen-actions.mjs writes', () => {
  const result = spawnSync(process.execPath, ['scripts/gen-actions.mjs', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
