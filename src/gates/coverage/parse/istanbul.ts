import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { Counts, CoverageParser, CoverageReport, FileCoverage } from '../types.js';
import { FileAccumulator } from './file-accumulator.js';
import { createJsonDocument } from './json-document.js';

const TOO_BIG_HINT =
  "Write LCOV instead (Istanbul's `lcovonly` reporter), which is read as a stream.";

/** Thrown for a value of the wrong shape, naming where it is in the document. */
function shapeError(where: string, expected: string, value: unknown): ConfigurationError {
  const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
  return new ConfigurationError(`istanbul: ${where}: expected ${expected}, found ${shown}`);
}

/** A record field that must be an object of objects (statementMap…), or absent. */
function recordField(data: Record<string, unknown>, key: string, where: string) {
  const value = data[key];
  if (value === undefined) return {};
  if (!isRecord(value)) throw shapeError(`${where}.${key}`, 'an object', value);
  return value;
}

/** A hit count: a non-negative number (Istanbul writes integers). */
function hitCount(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw shapeError(where, 'a hit count', value);
  }
  return value;
}

/** The line where a location starts: `{start: {line}}`; older Istanbul puts `line` on the entry. */
function startLine(entry: Record<string, unknown>, keys: string[], where: string): number {
  for (const key of keys) {
    const location = entry[key];
    if (isRecord(location) && isRecord(location.start)) {
      const line = location.start.line;
      if (typeof line === 'number' && Number.isInteger(line)) return line;
    }
  }
  if (typeof entry.line === 'number' && Number.isInteger(entry.line)) return entry.line;
  throw shapeError(where, `a location with a start line (${keys.join(' or ')})`, entry);
}

/**
 * One file's coverage object. Lines follow istanbul-lib-coverage's `getLineCoverage()` (what its
 * lcov reporter writes as DA): a line's hits are the highest count of the statements that start
 * on it. Branches sit on the line where the branch construct starts (`loc`, else the first
 * location), each arm of `b` one branch, as the lcov reporter's BRDA lines; functions are named by
 * `fnMap` at their declaration line.
 */
function readFile(key: string, value: unknown): FileCoverage {
  const where = JSON.stringify(key);
  if (!isRecord(value)) throw shapeError(where, 'a file coverage object', value);
  // Some writers keep istanbul's FileCoverage wrapper: `{ "data": { …the coverage… } }`.
  const data = isRecord(value.data) && value.statementMap === undefined ? value.data : value;
  if (!isRecord(data.statementMap) || !isRecord(data.s)) {
    throw shapeError(where, 'a file coverage object with statementMap and s', value);
  }
  const path = typeof data.path === 'string' && data.path !== '' ? data.path : key;
  const file = new FileAccumulator(path);
  const statements = recordField(data, 'statementMap', where);
  const statementHits = recordField(data, 's', where);
  for (const [id, entry] of Object.entries(statements)) {
    if (!isRecord(entry)) throw shapeError(`${where}.statementMap.${id}`, 'a location', entry);
    // Like getLineCoverage(), a statement without a count in `s` does not count.
    if (statementHits[id] === undefined) continue;
    const line = startLine({ loc: entry }, ['loc'], `${where}.statementMap.${id}`);
    file.maxLine(line, hitCount(statementHits[id], `${where}.s.${id}`));
  }
  const functions = recordField(data, 'fnMap', where);
  const functionHits = recordField(data, 'f', where);
  for (const [id, entry] of Object.entries(functions)) {
    if (!isRecord(entry)) throw shapeError(`${where}.fnMap.${id}`, 'a function', entry);
    const line = startLine(entry, ['decl', 'loc'], `${where}.fnMap.${id}`);
    const name = typeof entry.name === 'string' ? entry.name : `(anonymous_${id})`;
    file.addFunction(name, line, hitCount(functionHits[id] ?? 0, `${where}.f.${id}`));
  }
  const branches = recordField(data, 'branchMap', where);
  const branchHits = recordField(data, 'b', where);
  for (const [id, entry] of Object.entries(branches)) {
    if (!isRecord(entry)) throw shapeError(`${where}.branchMap.${id}`, 'a branch', entry);
    const firstLocation = Array.isArray(entry.locations)
      ? (entry.locations[0] as unknown)
      : undefined;
    const line = startLine(
      // Older Istanbul: no `loc` but a `line`; else the first arm's location.
      isRecord(firstLocation) && typeof entry.line !== 'number'
        ? { ...entry, first: firstLocation }
        : entry,
      ['loc', 'first'],
      `${where}.branchMap.${id}`,
    );
    const arms = branchHits[id] ?? [];
    if (!Array.isArray(arms)) throw shapeError(`${where}.b.${id}`, 'an array of counts', arms);
    arms.forEach((arm: unknown, index) => {
      file.addBranch(line, `${id}:${index}`, hitCount(arm, `${where}.b.${id}[${index}]`));
    });
  }
  return file.toFileCoverage();
}

/**
 * A parser of Istanbul's `coverage-final.json` (the `json` reporter of nyc, Jest, Vitest, c8): an
 * object of file path → file coverage (statementMap/s, fnMap/f, branchMap/b). The text is
 * collected and parsed at the end (see json-document.ts for the size limit and why).
 * @throws ConfigurationError for text that is not JSON (with line and column) or not of this shape.
 */
export function createIstanbulParser(): CoverageParser {
  const document = createJsonDocument('istanbul', TOO_BIG_HINT);
  return {
    write: (chunk) => document.write(chunk),
    end(): CoverageReport {
      const root = document.end();
      if (!isRecord(root)) throw shapeError('the document', 'an object of file coverage', root);
      const files = Object.entries(root).map(([key, value]) => readFile(key, value));
      const warnings =
        files.length === 0 ? ['istanbul: the report is empty: it names no source file'] : [];
      return { format: 'istanbul', files, sourceRoots: [], warnings };
    },
  };
}

/** Parses a whole `coverage-final.json` (see {@link createIstanbulParser}). */
export function parseIstanbul(text: string): CoverageReport {
  const parser = createIstanbulParser();
  parser.write(text);
  return parser.end();
}

const SUMMARY_METRICS = ['lines', 'branches', 'functions', 'statements'] as const;

/** `{ total, covered, … }` of a summary, as Counts. */
function summaryCounts(value: unknown, where: string): Counts {
  if (!isRecord(value)) throw shapeError(where, 'an object with total and covered', value);
  const { total, covered } = value;
  if (
    typeof total !== 'number' ||
    typeof covered !== 'number' ||
    !Number.isInteger(total) ||
    !Number.isInteger(covered) ||
    covered < 0 ||
    covered > total
  ) {
    throw shapeError(where, 'whole numbers with 0 ≤ covered ≤ total', value);
  }
  return { covered, total };
}

/**
 * A parser of Istanbul's `coverage-summary.json` (the `json-summary` reporter): totals only. The
 * per-file entries hold no line numbers, so the report has no files, and its `totalsOnly` holds
 * the `total` entry's lines, branches, functions and statements.
 * @throws ConfigurationError for text that is not JSON or has no valid `total` entry.
 */
export function createIstanbulSummaryParser(): CoverageParser {
  const document = createJsonDocument('istanbul summary', TOO_BIG_HINT);
  return {
    write: (chunk) => document.write(chunk),
    end(): CoverageReport {
      const root = document.end();
      if (!isRecord(root) || !isRecord(root.total)) {
        throw shapeError(
          'the document',
          'an object with a "total" entry (coverage-summary.json)',
          root,
        );
      }
      const total = root.total;
      const totalsOnly: NonNullable<CoverageReport['totalsOnly']> = {};
      for (const metric of SUMMARY_METRICS) {
        if (total[metric] !== undefined)
          totalsOnly[metric] = summaryCounts(total[metric], `total.${metric}`);
      }
      if (totalsOnly.lines === undefined)
        throw shapeError('total.lines', 'line totals', total.lines);
      return { format: 'istanbul-summary', files: [], sourceRoots: [], totalsOnly, warnings: [] };
    },
  };
}

/** Parses a whole `coverage-summary.json` (see {@link createIstanbulSummaryParser}). */
export function parseIstanbulSummary(text: string): CoverageReport {
  const parser = createIstanbulSummaryParser();
  parser.write(text);
  return parser.end();
}
