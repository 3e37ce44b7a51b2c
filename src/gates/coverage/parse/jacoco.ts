/**
 * JaCoCo XML (the Maven and Gradle plugins' `jacoco.xml`), read as a stream. A file's path is its
 * package's path plus the source file's name (`com/example/Foo.java`), relative to a source root
 * such as `src/main/java` that the report does not name. JaCoCo counts instructions, not hits, so
 * a line's "hits" is 1 when any of its instructions ran and 0 otherwise.
 */
import type { Counts, CoverageReport } from '../types.js';
import { FileCollector, totalsOf, type StatedTotals, type XmlCoverageParser } from './xml-files.js';
import { createXmlStream, notAReport, readCount, type XmlPosition } from './xml-stream.js';
import { ConfigurationError } from '../../../shared/errors.js';

const LABEL = 'jacoco';

/** Creates a streaming JaCoCo parser; `stated` holds the report-level LINE, BRANCH, METHOD counters. */
export function createJacocoParser(): XmlCoverageParser {
  const files = new FileCollector();
  const warnings: string[] = [];
  const stated: StatedTotals = {};
  const stack: string[] = [];
  let packageName: string | undefined;
  // Methods belong to classes; a class names its source file, so methods land in that file.
  let classFile: string | undefined;
  let method: { name: string; line?: number; hits?: number } | undefined;
  let sourceFile: string | undefined;

  const path = (name: string): string =>
    packageName === undefined || packageName === '' ? name : `${packageName}/${name}`;

  const onCounter = (
    parent: string | undefined,
    attributes: Readonly<Record<string, string>>,
    at: XmlPosition,
  ): void => {
    if (parent !== 'method' && parent !== 'report') return;
    const type = attributes.type;
    if (type !== 'LINE' && type !== 'BRANCH' && type !== 'METHOD') return;
    const counts: Counts = {
      covered: readCount(LABEL, 'counter', attributes, 'covered', at),
      total:
        readCount(LABEL, 'counter', attributes, 'missed', at) +
        readCount(LABEL, 'counter', attributes, 'covered', at),
    };
    if (parent === 'method') {
      if (type === 'METHOD' && method !== undefined) method.hits = counts.covered > 0 ? 1 : 0;
      return;
    }
    if (type === 'LINE') stated.lines = counts;
    else if (type === 'BRANCH') stated.branches = counts;
    else stated.functions = counts;
  };

  const onLine = (attributes: Readonly<Record<string, string>>, at: XmlPosition): void => {
    if (sourceFile === undefined) return;
    const nr = readCount(LABEL, 'line', attributes, 'nr', at);
    const coveredInstructions = readCount(LABEL, 'line', attributes, 'ci', at);
    const missedBranches = readCount(LABEL, 'line', attributes, 'mb', at);
    const coveredBranches = readCount(LABEL, 'line', attributes, 'cb', at);
    files.line(sourceFile, nr, coveredInstructions > 0 ? 1 : 0);
    if (missedBranches + coveredBranches > 0) {
      files.branches(sourceFile, nr, {
        covered: coveredBranches,
        total: missedBranches + coveredBranches,
      });
    }
  };

  const stream = createXmlStream(LABEL, {
    open(name, attributes, at) {
      const parent = stack.at(-1);
      stack.push(name);
      if (parent === undefined) {
        if (name !== 'report') throw notAReport(LABEL, 'JaCoCo', `root element <${name}>`, at);
        return;
      }
      switch (name) {
        case 'package':
          packageName = attributes.name ?? '';
          break;
        case 'class': {
          const sourceName = attributes.sourcefilename;
          classFile = sourceName === undefined ? undefined : path(sourceName);
          break;
        }
        case 'method':
          if (classFile !== undefined) {
            const line = attributes.line === undefined ? undefined : Number(attributes.line);
            method = { name: attributes.name ?? '' };
            if (line !== undefined && Number.isInteger(line) && line > 0) method.line = line;
          }
          break;
        case 'sourcefile': {
          const sourceName = attributes.name;
          if (sourceName === undefined || sourceName === '') {
            throw new ConfigurationError(
              `${LABEL}: line ${at.line}, column ${at.column}: <sourcefile> has no name attribute`,
            );
          }
          sourceFile = path(sourceName);
          files.file(sourceFile);
          break;
        }
        case 'line':
          if (parent === 'sourcefile') onLine(attributes, at);
          break;
        case 'counter':
          onCounter(parent, attributes, at);
          break;
        default:
          break;
      }
    },
    close(name) {
      stack.pop();
      if (name === 'method' && method !== undefined && classFile !== undefined) {
        files.func(classFile, method.name, method.line, method.hits ?? 0);
        method = undefined;
      } else if (name === 'class') {
        classFile = undefined;
      } else if (name === 'sourcefile') {
        sourceFile = undefined;
      } else if (name === 'package') {
        packageName = undefined;
      }
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
      for (const [kind, counts] of [
        ['lines', stated.lines],
        ['branches', stated.branches],
        ['methods', stated.functions],
      ] as const) {
        const mine = kind === 'methods' ? computed.functions : computed[kind];
        if (
          counts !== undefined &&
          (counts.covered !== mine.covered || counts.total !== mine.total)
        ) {
          warnings.push(
            `the report's ${kind} counter says ${counts.covered} of ${counts.total} covered; its records give ${mine.covered} of ${mine.total}`,
          );
        }
      }
      // JaCoCo names no source roots: package paths are relative to one (src/main/java…).
      return { format: 'jacoco', files: list, sourceRoots: [], warnings };
    },
  };
}

/** Parses a whole JaCoCo document held in memory (tests, small reports). */
export function parseJacoco(text: string): CoverageReport {
  const parser = createJacocoParser();
  parser.write(text);
  return parser.end();
}
