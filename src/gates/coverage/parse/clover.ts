/**
 * Clover XML (PHPUnit's `--coverage-clover`, Istanbul's clover reporter), read as a stream.
 * `<line type="stmt">` and `<line type="cond">` are coverable lines; `<line type="method">` is a
 * function, not a coverable line, as Clover's own `statements` metric counts it. The branches of
 * a cond line depend on the writer: in (Open)Clover, truecount and falsecount are how often the
 * condition was true and false, two branches each covered when its count is above zero; Istanbul's
 * clover reporter (istanbul-reports lib/clover) reuses them for the line's covered and uncovered
 * branch counts. Istanbul is recognised by what it hard-codes: `<project name="All files">` and
 * `<coverage clover="3.2.0">`.
 */
import type { CoverageReport } from '../types.js';
import { FileCollector, totalsOf, type StatedTotals, type XmlCoverageParser } from './xml-files.js';
import {
  createXmlStream,
  notAReport,
  readCount,
  readOptionalCount,
  type XmlPosition,
} from './xml-stream.js';
import { ConfigurationError } from '../../../shared/errors.js';

const LABEL = 'clover';

/** Creates a streaming Clover parser; `stated` holds the project's `<metrics>`. */
export function createCloverParser(): XmlCoverageParser {
  const files = new FileCollector();
  const warnings: string[] = [];
  const stated: StatedTotals = {};
  const stack: string[] = [];
  let file: string | undefined;
  let istanbul = false;

  const onMetrics = (attributes: Readonly<Record<string, string>>, at: XmlPosition): void => {
    const pair = (total: string, covered: string) => {
      const t = readOptionalCount(LABEL, 'metrics', attributes, total, at);
      const c = readOptionalCount(LABEL, 'metrics', attributes, covered, at);
      return t === undefined || c === undefined ? undefined : { covered: c, total: t };
    };
    const statements = pair('statements', 'coveredstatements');
    if (statements !== undefined) stated.statements = statements;
    const conditionals = pair('conditionals', 'coveredconditionals');
    if (conditionals !== undefined) stated.branches = conditionals;
    const methods = pair('methods', 'coveredmethods');
    if (methods !== undefined) stated.functions = methods;
  };

  const onLine = (attributes: Readonly<Record<string, string>>, at: XmlPosition): void => {
    if (file === undefined) return;
    const num = readCount(LABEL, 'line', attributes, 'num', at);
    const type = attributes.type;
    if (num < 1) return;
    switch (type) {
      case 'stmt':
        files.line(file, num, readCount(LABEL, 'line', attributes, 'count', at));
        break;
      case 'cond': {
        const trueCount = readCount(LABEL, 'line', attributes, 'truecount', at);
        const falseCount = readCount(LABEL, 'line', attributes, 'falsecount', at);
        const count =
          readOptionalCount(LABEL, 'line', attributes, 'count', at) ??
          Math.max(trueCount, falseCount);
        files.line(file, num, count);
        files.branches(
          file,
          num,
          istanbul
            ? { covered: trueCount, total: trueCount + falseCount }
            : { covered: (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0), total: 2 },
        );
        break;
      }
      case 'method':
        files.func(
          file,
          attributes.name ?? '',
          num,
          readCount(LABEL, 'line', attributes, 'count', at),
        );
        break;
      default:
        throw new ConfigurationError(
          `${LABEL}: line ${at.line}, column ${at.column}: <line type="${type ?? ''}">: expected stmt, cond or method`,
        );
    }
  };

  const stream = createXmlStream(LABEL, {
    open(name, attributes, at) {
      const parent = stack.at(-1);
      stack.push(name);
      if (parent === undefined) {
        if (name !== 'coverage') throw notAReport(LABEL, 'Clover', `root element <${name}>`, at);
        istanbul = attributes.clover === '3.2.0';
        return;
      }
      if (parent === 'coverage' && name !== 'project' && name !== 'testproject') {
        throw notAReport(LABEL, 'Clover', `<coverage> holds <${name}>, not <project>`, at);
      }
      if (name === 'project' && attributes.name === 'All files') istanbul = true;
      switch (name) {
        case 'metrics':
          if (parent === 'project') onMetrics(attributes, at);
          break;
        case 'file': {
          // PHPUnit puts the full path in name; Istanbul puts the base name there and adds path.
          const path = attributes.path ?? attributes.name;
          if (path === undefined || path === '') {
            throw new ConfigurationError(
              `${LABEL}: line ${at.line}, column ${at.column}: <file> has neither path nor name`,
            );
          }
          file = stack.includes('testproject') ? undefined : path;
          if (file !== undefined) files.file(file);
          break;
        }
        case 'line':
          if (parent === 'file') onLine(attributes, at);
          break;
        default:
          break;
      }
    },
    close(name) {
      stack.pop();
      if (name === 'file') file = undefined;
    },
  });

  return {
    stated,
    write(chunk) {
      stream.write(chunk);
    },
    end() {
      stream.end();
      const list = files.list();
      const computed = totalsOf(list);
      const statements = stated.statements;
      if (
        statements !== undefined &&
        (statements.total !== computed.lines.total || statements.covered !== computed.lines.covered)
      ) {
        warnings.push(
          `the report's <metrics> state ${statements.covered} of ${statements.total} statements covered; its <line> records give ${computed.lines.covered} of ${computed.lines.total} lines`,
        );
      }
      return { format: 'clover', files: list, sourceRoots: [], warnings };
    },
  };
}

/** Parses a whole Clover document held in memory (tests, small reports). */
export function parseClover(text: string): CoverageReport {
  const parser = createCloverParser();
  parser.write(text);
  return parser.end();
}
