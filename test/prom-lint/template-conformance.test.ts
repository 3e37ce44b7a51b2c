/**
 * Conformance of checkTemplate with the real `promtool check rules` (2.42.0 from Debian bookworm,
 * `apt-get install prometheus`): each template goes into an alert annotation, and both must agree
 * on valid versus invalid, with the same Go message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/gates/prom-lint/template/index.js';
import { skipWithout, toolAvailable } from '../support/tools.js';
import { INVALID_TEMPLATES, VALID_TEMPLATES } from './template-cases.js';

const available = toolAvailable('promtool');
const skip = skipWithout('promtool', available, 'apt-get install -y prometheus');
const workDir = mkdtempSync(join(tmpdir(), 'template-conformance-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCounter = 0;
/** Runs `promtool check rules` on an alert whose summary annotation is `text`. */
function promtool(text: string): { valid: boolean; output: string } {
  fileCounter += 1;
  const file = join(workDir, `alert-${fileCounter}.yml`);
  // JSON strings are valid YAML double-quoted scalars, so any template survives intact.
  writeFileSync(
    file,
    `groups:\n  - name: conformance\n    rules:\n      - alert: Conformance\n        expr: up == 0\n        annotations:\n          summary: ${JSON.stringify(text)}\n`,
  );
  const result = spawnSync('promtool', ['check', 'rules', file], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(skip)(
  'checkTemplate agrees with promtool check rules (promtool 2.42 from Debian bookworm)',
  () => {
    it.each(VALID_TEMPLATES.map((t) => [t]))('both accept %s', (text) => {
      const verdict = promtool(text);
      expect(verdict.valid, verdict.output).toBe(true);
      expect(checkTemplate(text)).toEqual([]);
    });

    it.each(INVALID_TEMPLATES.map((c) => [c.text, c]))(
      'both reject %s with the same message',
      (text, c) => {
        const verdict = promtool(text);
        expect(verdict.valid).toBe(false);
        // promtool prints `template: __alert_Conformance:1: <Go message>`.
        expect(verdict.output).toContain(`:1: ${c.message}`);
        expect(checkTemplate(text)[0]?.message).toBe(c.message);
      },
    );
  },
);
