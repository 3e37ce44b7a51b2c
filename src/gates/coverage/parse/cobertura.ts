/**
 * Cobertura XML (gcovr, coverage.py, Istanbul's cobertura reporter, .NET coverlet, scoverage),
 * read as a stream. Lines come from `<class><lines><line>`; the `<line>`s inside `<method>`
 * repeat them and only give the method its entry line and hits.
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

const LABEL = 'cobertura';

/** `condition-coverage="50% (1/2)"`: the covered and total branch counts in parentheses. */
const CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;

/**
 * Creates a streaming Cobertura parser; `stated` holds the root element's lines-valid/-covered,
 * branches-valid/-covered and rates.
 */
export function createCoberturaParser(): XmlCoverageParser {
  const files = new FileCollector();
  const sourceRoots: string[] = [];
  const warnings: string[] = [];
  const stated: StatedTotals = {};
  const stack: string[] = [];
  let sourceText: string | undefined;
  let classFile: string | undefined;
  let method: { name: string; line?: number; hits?: number; rate: number } | undefined;
  let lineZeroWarned = false;

  const onRoot = (attributes: Readonly<Record<string, string>>, at: XmlPosition): void => {
    if ('clover' in attributes || 'generated' in attributes) {
      throw notAReport(LABEL, 'Cobertura', 'a Clover report: <coverage generated=…>', at);
    }
    const count = (name: string): number | undefined =>
      readOptionalCount(LABEL, 'coverage', attributes, name, at);
    const rate = (name: string): number | undefined => {
      const value = Number(attributes[name]);
      return attributes[name] === undefined || Number.isNaN(value) ? undefined : value;
    };
    const linesValid = count('lines-valid');
    const linesCovered = count('lines-covered');
    if (linesValid !== undefined && linesCovered !== undefined) {
      stated.lines = { covered: linesCovered, total: linesValid };
    }
    const branchesValid = count('branches-valid');
    const branchesCovered = count('branches-covered');
    if (branchesValid !== undefined && branchesCovered !== undefined) {
      stated.branches = { covered: branchesCovered, total: branchesValid };
    }
    const lineRate = rate('line-rate');
    if (lineRate !== undefined) stated.lineRate = lineRate;
    const branchRate = rate('branch-rate');
    if (branchRate !== undefined) stated.branchRate = branchRate;
  };

  const onLine = (attributes: Readonly<Record<string, string>>, at: XmlPosition): void => {
    if (classFile === undefined) {
      throw new ConfigurationError(
        `${LABEL}: line ${at.line}, column ${at.column}: <line> outside a <class filename=…>`,
      );
    }
    const number = readCount(LABEL, 'line', attributes, 'number', at);
    const hits = readCount(LABEL, 'line', attributes, 'hits', at);
    if (method !== undefined) {
      // A method's own <lines> repeat the class's; they only tell where the method starts.
      if (method.line === undefined || number < method.line) {
        method.line = number;
        method.hits = hits;
      }
      return;
    }
    if (number < 1) {
      // Lines are 1-based; coverage.py has written line 0 for empty modules.
      if (!lineZeroWarned) warnings.push(`${classFile}: line number ${number} ignored`);
      lineZeroWarned = true;
      return;
    }
    files.line(classFile, number, hits);
    const conditions = attributes['condition-coverage'];
    if (attributes.branch === 'true' && conditions !== undefined) {
      const match = CONDITION_COVERAGE.exec(conditions);
      if (match === null) {
        throw new ConfigurationError(
          `${LABEL}: line ${at.line}, column ${at.column}: condition-coverage="${conditions}" is not like "50% (1/2)"`,
        );
      }
      files.branches(classFile, number, { covered: Number(match[1]), total: Number(match[2]) });
    }
  };

  const stream = createXmlStream(LABEL, {
    open(name, attributes, at) {
      const parent = stack.at(-1);
      stack.push(name);
      if (parent === undefined) {
        if (name !== 'coverage') throw notAReport(LABEL, 'Cobertura', `root element <${name}>`, at);
        onRoot(attributes, at);
        return;
      }
      if (parent === 'coverage' && name === 'project') {
        throw notAReport(LABEL, 'Cobertura', 'a Clover report: <coverage> holds <project>', at);
      }
      switch (name) {
        case 'source':
          if (parent === 'sources') sourceText = '';
          break;
        case 'class': {
          const filename = attributes.filename;
          if (filename === undefined || filename === '') {
            throw new ConfigurationError(
              `${LABEL}: line ${at.line}, column ${at.column}: <class> has no filename attribute`,
            );
          }
          classFile = filename;
          files.file(filename);
          break;
        }
        case 'method':
          if (classFile !== undefined) {
            method = { name: attributes.name ?? '', rate: Number(attributes['line-rate'] ?? 0) };
          }
          break;
        case 'line':
          if (parent === 'lines') onLine(attributes, at);
          break;
        default:
          break;
      }
    },
    close(name) {
      stack.pop();
      if (name === 'source' && sourceText !== undefined) {
        const root = sourceText.trim();
        if (root !== '') sourceRoots.push(root);
        sourceText = undefined;
      } else if (name === 'method' && method !== undefined && classFile !== undefined) {
        const hits = method.hits ?? (method.rate > 0 ? 1 : 0);
        files.func(classFile, method.name, method.line, hits);
        method = undefined;
      } else if (name === 'class') {
        classFile = undefined;
      }
    },
    text(text) {
      if (sourceText !== undefined) sourceText += text;
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
      checkStatedLines(list, stated, warnings);
      return { format: 'cobertura', files: list, sourceRoots, warnings };
    },
  };
}

/** Notes a difference between the lines the report states and the ones its records give. */
function checkStatedLines(
  files: CoverageReport['files'],
  stated: StatedTotals,
  warnings: string[],
): void {
  if (stated.lines === undefined) return;
  const { lines } = totalsOf(files);
  if (lines.total !== stated.lines.total || lines.covered !== stated.lines.covered) {
    warnings.push(
      `the report states ${stated.lines.covered} of ${stated.lines.total} lines covered; its <line> records give ${lines.covered} of ${lines.total} (a line listed in several classes counts once)`,
    );
  }
}

/** Parses a whole Cobertura document held in memory (tests, small reports). */
export function parseCobertura(text: string): CoverageReport {
  const parser = createCoberturaParser();
  parser.write(text);
  return parser.end();
}
