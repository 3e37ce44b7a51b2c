import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { CoverageParser, CoverageReport } from '../types.js';
import { FileAccumulator } from './file-accumulator.js';
import { createJsonDocument } from './json-document.js';

/** Thrown for a value of the wrong shape, naming where it is in the document. */
function shapeError(where: string, expected: string, value: unknown): ConfigurationError {
  const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
  return new ConfigurationError(`simplecov: ${where}: expected ${expected}, found ${shown}`);
}

/**
 * Ruby's Coverage writes a branch as the inspected array `[:then, 1, 13, 6, 13, 11]`: type, id,
 * start line, start column, end line, end column. Only the start line is needed.
 */
function branchStartLine(key: string, where: string): number {
  const match = /^\[:?[\w-]+, *-?\d+, *(\d+),/.exec(key);
  if (!match?.[1]) throw shapeError(where, 'a branch key like "[:if, 0, 12, 4, 14, 7]"', key);
  return Number(match[1]);
}

/** Adds a `lines` array (index 0 is line 1; `null` is not coverable) to the file. */
function addLines(file: FileAccumulator, lines: unknown, where: string): void {
  if (!Array.isArray(lines)) throw shapeError(where, 'an array of line counts', lines);
  lines.forEach((hits: unknown, index) => {
    if (hits === null) return;
    if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0) {
      throw shapeError(`${where}[${index}]`, 'a hit count or null', hits);
    }
    file.addLine(index + 1, hits);
  });
}

/**
 * Adds a `branches` object (condition → arm → hits). A branch is reported on the line SimpleCov's
 * own `Branch#report_line` puts it: its start line when it starts on the condition's line (an
 * inline `a ? b : c`, or an implicit `else`), else the line before its start (the `if`, `when`
 * or `else` line that opens it).
 */
function addBranches(file: FileAccumulator, branches: unknown, where: string): void {
  if (!isRecord(branches)) throw shapeError(where, 'an object of conditions', branches);
  for (const [condition, arms] of Object.entries(branches)) {
    const conditionLine = branchStartLine(condition, `${where} key`);
    if (!isRecord(arms)) throw shapeError(`${where}[${condition}]`, 'an object of branches', arms);
    for (const [arm, hits] of Object.entries(arms)) {
      const armLine = branchStartLine(arm, `${where}[${condition}] key`);
      if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0) {
        throw shapeError(`${where}[${condition}][${arm}]`, 'a hit count', hits);
      }
      const reportLine = armLine === conditionLine ? armLine : armLine - 1;
      file.addBranch(reportLine, `${condition} ${arm}`, hits);
    }
  }
}

/**
 * A parser of SimpleCov's `coverage/.resultset.json`: command name (RSpec, Minitest, one per test
 * suite or CI shard) → `coverage` → file path → `{lines, branches?}` (SimpleCov ≥ 0.18) or a bare
 * lines array (older versions). Several command names merge as SimpleCov's current
 * LinesCombiner does: hits add up, and a line is coverable when any run says so (older SimpleCov
 * turned `nil + 0` into nil, dropping an uncovered line from the denominator); branch hits add
 * up per branch. The text is collected and parsed at the end (see json-document.ts).
 * @throws ConfigurationError for text that is not JSON (with line and column) or not of this shape.
 */
export function createSimplecovParser(): CoverageParser {
  const document = createJsonDocument(
    'simplecov',
    'Split the test suite into several result sets (one per command name) and pass them all.',
  );
  return {
    write: (chunk) => document.write(chunk),
    end(): CoverageReport {
      const root = document.end();
      if (!isRecord(root)) throw shapeError('the document', 'an object of command names', root);
      const files = new Map<string, FileAccumulator>();
      for (const [command, run] of Object.entries(root)) {
        const where = JSON.stringify(command);
        if (!isRecord(run) || !isRecord(run.coverage)) {
          throw shapeError(where, 'an object with "coverage" (a SimpleCov .resultset.json)', run);
        }
        for (const [path, coverage] of Object.entries(run.coverage)) {
          let file = files.get(path);
          if (!file) {
            file = new FileAccumulator(path);
            files.set(path, file);
          }
          const at = `${where}.coverage[${JSON.stringify(path)}]`;
          if (Array.isArray(coverage)) {
            addLines(file, coverage, at);
            continue;
          }
          if (!isRecord(coverage))
            throw shapeError(at, 'a lines array or {lines, branches}', coverage);
          addLines(file, coverage.lines, `${at}.lines`);
          if (coverage.branches !== undefined)
            addBranches(file, coverage.branches, `${at}.branches`);
        }
      }
      const warnings =
        files.size === 0 ? ['simplecov: the report is empty: it names no source file'] : [];
      return {
        format: 'simplecov',
        files: [...files.values()].map((file) => file.toFileCoverage()),
        sourceRoots: [],
        warnings,
      };
    },
  };
}

/** Parses a whole `.resultset.json` (see {@link createSimplecovParser}). */
export function parseSimplecov(text: string): CoverageReport {
  const parser = createSimplecovParser();
  parser.write(text);
  return parser.end();
}
