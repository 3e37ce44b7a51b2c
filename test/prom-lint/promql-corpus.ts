/**
 * Reads the rule files copied under test/fixtures/prom-lint/expressions/ (see SOURCES.md there),
 * for the PromQL and template tests: every `expr`, label value and annotation value, with where it came from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Folder of the expression fixtures. */
export const EXPRESSION_FIXTURES = fileURLToPath(
  new URL('../fixtures/prom-lint/expressions/', import.meta.url),
);

/** One string of a rule, named by file, rule and field. */
export interface CorpusEntry {
  where: string;
  text: string;
}

/** The rule files under `path`, or `path` itself when it names a file. */
function ruleFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? ruleFiles(join(dir, entry.name))
      : /\.ya?ml$/u.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rulesOf(file: string): Record<string, unknown>[] {
  const doc: unknown = parse(readFileSync(file, 'utf8'));
  if (!isRecord(doc) || !Array.isArray(doc.groups)) return [];
  return doc.groups.flatMap((group: unknown) =>
    isRecord(group) && Array.isArray(group.rules) ? group.rules.filter(isRecord) : [],
  );
}

/** Every `expr` of the rule files under `subdir`. */
export function corpusExpressions(subdir: string): CorpusEntry[] {
  return ruleFiles(join(EXPRESSION_FIXTURES, subdir)).flatMap((file) =>
    rulesOf(file).flatMap((rule, index) =>
      typeof rule.expr === 'string'
        ? [
            {
              where: `${file.slice(EXPRESSION_FIXTURES.length)} rule ${index + 1}`,
              text: rule.expr,
            },
          ]
        : [],
    ),
  );
}

/** Every label and annotation value of the rule files under `subdir`. */
export function corpusTemplates(subdir: string): CorpusEntry[] {
  return ruleFiles(join(EXPRESSION_FIXTURES, subdir)).flatMap((file) =>
    rulesOf(file).flatMap((rule, index) =>
      ['labels', 'annotations'].flatMap((field) => {
        const values = rule[field];
        if (!isRecord(values)) return [];
        return Object.entries(values).flatMap(([key, value]) =>
          typeof value === 'string'
            ? [
                {
                  where: `${file.slice(EXPRESSION_FIXTURES.length)} rule ${index + 1} ${field}.${key}`,
                  text: value,
                },
              ]
            : [],
        );
      }),
    ),
  );
}
