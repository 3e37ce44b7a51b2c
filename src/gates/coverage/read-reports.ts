/**
 * Reads the coverage reports a run names: expands their globs, tells each file's format from its
 * name and first piece of text, streams it through that format's parser (a 1 GB report is never
 * one string: pieces go to the parser as they are read), and merges the reports. The reading
 * itself comes in through {@link ReportReaderIo}, so this module runs on any text source.
 */
import { ConfigurationError } from '../../shared/errors.js';
import { createCloverParser } from './parse/clover.js';
import { createCoberturaParser } from './parse/cobertura.js';
import { createGoCoverprofileParser } from './parse/go-coverprofile.js';
import { createIstanbulParser, createIstanbulSummaryParser } from './parse/istanbul.js';
import { createJacocoParser } from './parse/jacoco.js';
import { createLcovParser } from './parse/lcov.js';
import { mergeCoverage, type MergedCoverage } from './parse/merge.js';
import { createSimplecovParser } from './parse/simplecov.js';
import { detectXmlCoverageFormat } from './parse/xml-detect.js';
import type { CoverageFormat, CoverageParser, CoverageReport } from './types.js';

/** Every format a user may name, `auto` first. */
export const coverageFormats: readonly (CoverageFormat | 'auto')[] = [
  'auto',
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul',
  'istanbul-summary',
  'go',
  'simplecov',
];

/** How the reports are found and read. */
export interface ReportReaderIo {
  /** Paths matching the globs, sorted; throws ConfigurationError when a glob matches nothing. */
  resolveFiles(patterns: readonly string[], inputName: string): Promise<string[]>;
  /**
   * The file's text in consecutive pieces (UTF-8 decoded, a character never split across two
   * pieces; src/io/files.ts readTextChunks). Throws when the file cannot be read.
   */
  readPieces(path: string): AsyncIterable<string>;
}

/** One report file read. */
export interface ReadReport {
  path: string;
  format: CoverageFormat;
  /** Source files the report names. */
  files: number;
}

/** The reports of a run, merged. */
export interface ReadReports {
  merged: MergedCoverage;
  /** The report files read, in the order read (sorted by path). */
  reports: ReadReport[];
}

/**
 * Reads every report matching `patterns` (input `report`) and merges them.
 *
 * @param format `auto` tells each file's format apart (see {@link detectCoverageFormat}); a named
 *   format applies to every file.
 * @throws ConfigurationError when a glob matches nothing, a file cannot be read, its format cannot
 *   be told, or its text is not a valid report (the parser's message, prefixed with the path).
 */
export async function readCoverageReports(
  patterns: readonly string[],
  format: CoverageFormat | 'auto',
  io: ReportReaderIo,
): Promise<ReadReports> {
  const paths = await io.resolveFiles(patterns, 'report');
  const parsed: CoverageReport[] = [];
  const reports: ReadReport[] = [];
  for (const path of paths) {
    const report = await readReport(path, format, io);
    parsed.push(report);
    reports.push({ path, format: report.format, files: report.files.length });
  }
  return { merged: mergeCoverage(parsed), reports };
}

/** Characters of a file's start that {@link detectCoverageFormat} looks at. */
const SNIFF_CHARS = 64 * 1024;

async function readReport(
  path: string,
  named: CoverageFormat | 'auto',
  io: ReportReaderIo,
): Promise<CoverageReport> {
  let parser: CoverageParser | undefined;
  // Pieces held back until enough of the start is known to tell the format.
  let start = '';
  const begin = (text: string, ended: boolean): CoverageParser => {
    const format = named === 'auto' ? detectCoverageFormat(path, text) : named;
    if (format === undefined) {
      throw new ConfigurationError(
        `Input 'report': cannot tell the format of '${path}'${ended && text.trim() === '' ? ' (it is empty)' : ''}; name it with 'format' (${coverageFormats.slice(1).join(', ')}).`,
      );
    }
    return createCoverageParser(format);
  };
  try {
    for await (const piece of io.readPieces(path)) {
      if (parser !== undefined) {
        parser.write(piece);
        continue;
      }
      start += piece;
      if (start.length >= SNIFF_CHARS) {
        parser = begin(start, false);
        parser.write(start);
        start = '';
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw withPath(path, error);
    throw new ConfigurationError(
      `Input 'report': cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  try {
    if (parser === undefined) {
      parser = begin(start, true);
      parser.write(start);
    }
    return parser.end();
  } catch (error) {
    if (error instanceof ConfigurationError) throw withPath(path, error);
    throw error;
  }
}

/** The parser's message, with the report's path in front unless it already names it. */
function withPath(path: string, error: ConfigurationError): ConfigurationError {
  return error.message.includes(path) ? error : new ConfigurationError(`${path}: ${error.message}`);
}

/** A fresh streaming parser of `format`. */
export function createCoverageParser(format: CoverageFormat): CoverageParser {
  switch (format) {
    case 'lcov':
      return createLcovParser();
    case 'cobertura':
      return createCoberturaParser();
    case 'jacoco':
      return createJacocoParser();
    case 'clover':
      return createCloverParser();
    case 'istanbul':
      return createIstanbulParser();
    case 'istanbul-summary':
      return createIstanbulSummaryParser();
    case 'go':
      return createGoCoverprofileParser();
    case 'simplecov':
      return createSimplecovParser();
    default: {
      const unknown: never = format;
      throw new Error(`createCoverageParser: unknown format ${String(unknown)}`);
    }
  }
}

/**
 * Tells a report's format from its file name and the start of its text, or `undefined` when
 * neither says. Content decides over the name where both speak (a `coverage.info` that holds
 * XML is XML); the name decides between JSON formats whose start looks alike.
 *
 * - LCOV: a first record `TN:`, `SF:` (or the name `*.info`, `*.lcov`);
 * - XML (Cobertura, JaCoCo, Clover): a `<` first, told apart by {@link detectXmlCoverageFormat};
 * - Go: a first line `mode: set|count|atomic`;
 * - JSON: `coverage-summary.json` and `.resultset.json` by name; otherwise Istanbul's
 *   `statementMap`, a summary's `"total"` first, or SimpleCov's `{"<suite>": {"coverage": …`.
 * @example detectCoverageFormat('cover.out', 'mode: atomic\n…') // 'go'
 */
export function detectCoverageFormat(path: string, start: string): CoverageFormat | undefined {
  const name = path.replace(/\\/g, '/').split('/').at(-1)?.toLowerCase() ?? '';
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return detectXmlCoverageFormat(text);
  if (/^mode:\s*(set|count|atomic)\s*$/m.test(text.split('\n', 1)[0] ?? '')) return 'go';
  if (/^(TN|SF):/.test(text)) return 'lcov';
  if (text.startsWith('{')) {
    if (name === 'coverage-summary.json') return 'istanbul-summary';
    if (name === '.resultset.json') return 'simplecov';
    if (name === 'coverage-final.json' || /"statementMap"\s*:/.test(text)) return 'istanbul';
    if (/^\{\s*"total"\s*:/.test(text)) return 'istanbul-summary';
    if (/^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"coverage"\s*:/.test(text)) return 'simplecov';
    return undefined;
  }
  if (/\.(info|lcov)$/.test(name) && text !== '') return 'lcov';
  return undefined;
}
