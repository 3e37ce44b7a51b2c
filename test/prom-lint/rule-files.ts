/**
 * Shared helpers of the prom-lint check tests: rule files with one rule, the findings of one
 * check on such a file (linted for real by `lintRuleFiles`, so every test also exercises the
 * registration in checks/index.ts), and the real-world rule files under test/fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintRuleFiles, type LintOptions } from '../../src/gates/prom-lint/lint.js';
import { loadRuleFile } from '../../src/gates/prom-lint/load/load-rule-file.js';
import { decodeRuleDocument } from '../../src/gates/prom-lint/rulefmt/decode.js';
import type { RuleFileModel } from '../../src/gates/prom-lint/rulefmt/model.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';

/** The prom-lint fixtures folder; corpus paths are given relative to it. */
export const FIXTURES = join(import.meta.dirname, '../fixtures/prom-lint');

/** A rule file given as lines, the way the tests write them, as lintRuleFiles takes it. */
export function fileText(lines: readonly string[]): string {
  return lines.join('\n') + '\n';
}

/** A PromQL expression as a single-quoted YAML scalar (quotes doubled). */
export function quoted(expr: string): string {
  return `'${expr.replace(/'/g, "''")}'`;
}

/** Builders of a file with one rule, from {@link oneRuleFile}. */
export interface OneRuleFile {
  /** One alerting rule; `extra` lines (`for: 5m`, `labels:` ...) go under the rule. */
  alert(expr: string, extra?: readonly string[], name?: string): string[];
  /** One recording rule. */
  record(expr: string, name?: string): string[];
}

/**
 * Builders of rule files with one rule in the group `group`. Every file has the same layout, so
 * tests can compute places: the rule's name is on line 4, its expression single-quoted on line 5
 * from column 16 (`        expr: '` is 15 characters), and extra lines follow from line 6.
 * @example oneRuleFile('api', 'HighErrorRate').alert('up == 0') // ['groups:', '  - name: api', ...]
 */
export function oneRuleFile(group: string, alertName: string): OneRuleFile {
  const header = ['groups:', `  - name: ${group}`, '    rules:'];
  return {
    alert: (expr, extra = [], name = alertName) => [
      ...header,
      `      - alert: ${name}`,
      `        expr: ${quoted(expr)}`,
      ...extra.map((line) => `        ${line}`),
    ],
    record: (expr, name = 'job:x:rate5m') => [
      ...header,
      `      - record: ${name}`,
      `        expr: ${quoted(expr)}`,
    ],
  };
}

/**
 * The findings of one check (or of a check family given as `conventions/*`) for `rules.yml`
 * given as lines or as its text, linted as the gate lints it (default settings unless `options`
 * say otherwise).
 */
export function findingsOf(
  check: string,
  file: readonly string[] | string,
  options: LintOptions = {},
): LintFinding[] {
  const text = typeof file === 'string' ? file : fileText(file);
  return ofCheck(check, lintRuleFiles([{ path: 'rules.yml', text }], options));
}

/** The findings of one check (or `family/*`) in a lint result. */
function ofCheck(check: string, { findings }: { findings: LintFinding[] }): LintFinding[] {
  const family = check.endsWith('/*') ? check.slice(0, -1) : undefined;
  return findings.filter((f) =>
    family === undefined ? f.check === check : f.check.startsWith(family),
  );
}

/**
 * Every rule file (`.yml`/`.yaml`) of fixture folders, sorted by path, with paths relative to
 * {@link FIXTURES} (`awesome-prometheus-alerts/cilium/embedded-exporter.yml`).
 */
export function corpusFiles(...folders: string[]): { path: string; text: string }[] {
  return folders.flatMap((folder) => {
    const dir = join(FIXTURES, folder);
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({
        path: relative(FIXTURES, join(dir, f)),
        text: readFileSync(join(dir, f), 'utf8'),
      }));
  });
}

/** The folders of real rule files: awesome-prometheus-alerts and Prometheus' own test data. */
export const CORPUS_FOLDERS = ['awesome-prometheus-alerts', 'promtool', 'rulefmt'] as const;

/**
 * Every real rule file of {@link CORPUS_FOLDERS}; throws unless all of them are there (112 in
 * awesome-prometheus-alerts, 8 from promtool, 13 from rulefmt), so a lost fixture cannot make a
 * corpus test pass on less.
 */
export function realRuleFiles(): { path: string; text: string }[] {
  const files = corpusFiles(...CORPUS_FOLDERS);
  if (files.length < 112 + 8 + 13)
    throw new Error(`realRuleFiles: ${files.length} rule files, expected at least 133`);
  return files;
}

/** The findings of one check (or `family/*`) over rule files linted together. */
export function corpusFindingsOf(
  check: string,
  files: readonly { path: string; text: string }[],
  options: LintOptions = {},
): LintFinding[] {
  return ofCheck(check, lintRuleFiles(files, options));
}

/**
 * Decoded documents of rule files given as path and lines, in the given order: what the suite
 * checks (which see every file at once) take.
 */
export function modelsOf(files: Record<string, readonly string[]>): RuleFileModel[] {
  return Object.entries(files).flatMap(([path, lines]) => decodedDocuments(path, fileText(lines)));
}

/** The decoded documents of one rule file's text (throws when it is not YAML). */
export function decodedDocuments(path: string, text: string): RuleFileModel[] {
  return loadRuleFile(path, text).documents.map((document) => decodeRuleDocument(document).model);
}

/** Every rule file of a fixture folder (see {@link corpusFiles}), decoded, one entry per file. */
export function corpusModels(folder: string): { path: string; models: RuleFileModel[] }[] {
  return corpusFiles(folder).map(({ path, text }) => ({
    path,
    models: decodedDocuments(path, text),
  }));
}

/** A rule file with several groups, each given by {@link groupLines}. */
export function fileLines(...groups: (readonly string[])[]): string[] {
  return ['groups:', ...groups.flat()];
}

/** One group of rules; each rule is given as its YAML lines (`- record: ...`), unindented. */
export function groupLines(name: string, ...rules: (readonly string[])[]): string[] {
  return [`  - name: ${name}`, '    rules:', ...rules.flat().map((line) => `      ${line}`)];
}

/** A recording rule for {@link groupLines}, with its labels when there are any. */
export function recordLines(
  name: string,
  expr: string,
  labels: Record<string, string> = {},
): string[] {
  const entries = Object.entries(labels);
  return [
    `- record: ${name}`,
    `  expr: ${quoted(expr)}`,
    ...(entries.length === 0 ? [] : ['  labels:', ...entries.map(([k, v]) => `    ${k}: ${v}`)]),
  ];
}
