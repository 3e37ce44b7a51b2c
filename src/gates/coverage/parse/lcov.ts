import { ConfigurationError } from '../../../shared/errors.js';
import type { CoverageParser, CoverageReport } from '../types.js';
import { detached, echo, FileAccumulator } from './file-accumulator.js';
import { createLineSplitter } from './line-splitter.js';

/** At most this many LF/LH (and similar) warnings are listed one by one; the rest are counted. */
const MAX_LISTED_WARNINGS = 20;

/** A non-negative or negative decimal integer, as gcov and lcov print counts. */
const INTEGER = /^-?\d+$/;

/** The state of the `SF` record being read. */
interface OpenRecord {
  file: FileAccumulator;
  path: string;
  startLine: number;
  /**
   * The record's own DA lines, to compare with its LF/LH: numbers and hits in the order read.
   * Two arrays reused from record to record rather than a Map per record, which for a 30 MB
   * report was 2.3 million entries of garbage; while the numbers ascend (as every tool writes
   * them) they are distinct and the counts need no lookup (`ascending`, `hit`).
   */
  lineNumbers: number[];
  lineHits: number[];
  ascending: boolean;
  /** DA lines with hits, counted while `ascending`. */
  hit: number;
  statedFound?: number;
  statedHit?: number;
  /** lcov 2.x `FNL` index → the function's start line and the names (`FNA`) that alias it. */
  functionsByIndex: Map<string, { line: number; name?: string; hits: number }>;
  /** lcov 1.x `FN` name → start line (hits come with `FNDA`). */
  functionLines: Map<string, number>;
  functionHits: Map<string, number>;
}

/**
 * A streaming parser of LCOV tracefiles (geninfo, lcov 1.x and 2.x, Istanbul, c8, coverage.py,
 * llvm-cov export). Hand-written: LCOV is a line format with no library in our dependencies.
 *
 * - Several `SF` records of the same path (one per test, or per shard after `cat`) are merged:
 *   hits of lines, branches and functions add up, as `lcov -a` does.
 * - `LF`/`LH` are recomputed from the `DA` lines; a record whose stated numbers disagree gets a
 *   warning (and the `DA` lines win). `DA` may carry a checksum (`DA:3,1,abc…`): ignored.
 * - `BRDA:line,[e]block,branch,taken`: the block and branch names may hold commas (lcov 2.x
 *   expressions), so only the first and the last field are split off; `e` marks an exception
 *   branch, which is a branch like the others. `-` means never evaluated: 0 times taken.
 * - Functions: `FN:line[,end],name` with `FNDA:hits,name` (lcov 1.x, Istanbul) or lcov 2.x's
 *   `FNL:index,line[,end]` with `FNA:index,hits,name`, whose aliases of one index count as one
 *   function (the first name, the hits summed).
 * - A report cut off before its last `end_of_record` keeps what is complete, with a warning; a
 *   last line without a newline inside that record may be cut in half and is dropped.
 * @throws ConfigurationError naming the line, for a malformed record or a text that is no LCOV.
 */
export function createLcovParser(): CoverageParser {
  const files = new Map<string, FileAccumulator>();
  const warnings: string[] = [];
  let extraWarnings = 0;
  let record: OpenRecord | undefined;
  let sawRecord = false;
  let nonBlankLines = 0;
  // The open record's DA lines (see OpenRecord), the same two arrays for every record.
  const lineNumbers: number[] = [];
  const lineHits: number[] = [];

  /**
   * Reads `DA:<digits>,<digits>` (with an optional `,checksum`) by character codes and adds it to
   * the record; false for anything else (spaces, signs, a missing field…), which the general
   * path then reads or rejects with its message.
   */
  const readPlainDa = (text: string, open: OpenRecord): boolean => {
    if (text.charCodeAt(0) !== 68 || text.charCodeAt(1) !== 65 || text.charCodeAt(2) !== 58) {
      return false; // not `DA:`
    }
    const length = text.length;
    let index = 3;
    let line = 0;
    while (index < length) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      line = line * 10 + digit;
      index += 1;
    }
    // More than 15 digits might not be exact in a double: the general path decides.
    if (index === 3 || index > 18 || text.charCodeAt(index) !== 44) return false;
    index += 1;
    const hitsStart = index;
    let hits = 0;
    while (index < length) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      hits = hits * 10 + digit;
      index += 1;
    }
    if (index === hitsStart || index - hitsStart > 15) return false;
    if (index < length && text.charCodeAt(index) !== 44) return false;
    addDa(open, line, hits);
    return true;
  };

  const warn = (message: string): void => {
    if (warnings.length < MAX_LISTED_WARNINGS) warnings.push(message);
    else extraWarnings += 1;
  };

  const failure = (lineNumber: number, message: string): ConfigurationError =>
    new ConfigurationError(`lcov: line ${lineNumber}: ${message}`);

  const count = (text: string, lineNumber: number, what: string): number => {
    if (!INTEGER.test(text))
      throw failure(lineNumber, `${what} is not a whole number: ${echo(text)}`);
    const value = Number(text);
    if (value < 0) {
      warn(
        `lcov: line ${lineNumber}: negative ${what} ${text} (a gcov counter overflow) read as 0`,
      );
      return 0;
    }
    return value;
  };

  const closeRecord = (open: OpenRecord): void => {
    for (const fn of open.functionsByIndex.values()) {
      open.file.addFunction(fn.name ?? `function at line ${fn.line}`, fn.line, fn.hits);
    }
    for (const [name, line] of open.functionLines) {
      open.file.addFunction(name, line, open.functionHits.get(name) ?? 0);
    }
    for (const [name, hits] of open.functionHits) {
      if (!open.functionLines.has(name)) open.file.addFunction(name, undefined, hits);
    }
    let found = open.lineNumbers.length;
    let hit = open.hit;
    if (!open.ascending) {
      const lines = new Map<number, number>();
      open.lineNumbers.forEach((line, index) => {
        lines.set(line, (lines.get(line) ?? 0) + (open.lineHits[index] ?? 0));
      });
      found = lines.size;
      hit = 0;
      for (const hits of lines.values()) if (hits > 0) hit += 1;
    }
    if (
      (open.statedFound !== undefined && open.statedFound !== found) ||
      (open.statedHit !== undefined && open.statedHit !== hit)
    ) {
      warn(
        `lcov: line ${open.startLine}: SF:${open.path} states LF:${open.statedFound ?? '?'} ` +
          `LH:${open.statedHit ?? '?'} but its DA lines give ${found} found, ${hit} hit; ` +
          'the DA lines are used',
      );
    }
  };

  const readRecordLine = (open: OpenRecord, tag: string, value: string, lineNumber: number) => {
    switch (tag) {
      case 'DA': {
        const [line, hits] = value.split(',', 3);
        if (line === undefined || hits === undefined || line === '' || hits === '') {
          throw failure(lineNumber, `DA needs "line,hits": ${echo(`DA:${value}`)}`);
        }
        addDa(
          open,
          count(line, lineNumber, 'DA line number'),
          count(hits, lineNumber, 'DA hit count'),
        );
        return;
      }
      case 'BRDA': {
        const first = value.indexOf(',');
        const last = value.lastIndexOf(',');
        if (first === -1 || last === first) {
          throw failure(
            lineNumber,
            `BRDA needs "line,block,branch,taken": ${echo(`BRDA:${value}`)}`,
          );
        }
        const line = count(value.slice(0, first), lineNumber, 'BRDA line number');
        const takenText = value.slice(last + 1);
        const taken = takenText === '-' ? 0 : count(takenText, lineNumber, 'BRDA taken count');
        open.file.addBranch(line, value.slice(first + 1, last), taken);
        return;
      }
      case 'FN': {
        const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
        if (!match?.[1] || !match[3]) {
          throw failure(
            lineNumber,
            `FN needs "line,name" or "line,end,name": ${echo(`FN:${value}`)}`,
          );
        }
        open.functionLines.set(match[3], Number(match[1]));
        return;
      }
      case 'FNDA': {
        const comma = value.indexOf(',');
        if (comma <= 0 || comma === value.length - 1) {
          throw failure(lineNumber, `FNDA needs "hits,name": ${echo(`FNDA:${value}`)}`);
        }
        const name = value.slice(comma + 1);
        const hits = count(value.slice(0, comma), lineNumber, 'FNDA hit count');
        open.functionHits.set(name, (open.functionHits.get(name) ?? 0) + hits);
        return;
      }
      case 'FNL': {
        const match = /^([^,]+),(\d+)(?:,(\d+))?$/.exec(value);
        if (!match?.[1] || !match[2]) {
          throw failure(lineNumber, `FNL needs "index,line[,end]": ${echo(`FNL:${value}`)}`);
        }
        const index = match[1];
        const known = open.functionsByIndex.get(index);
        if (known) known.line = Number(match[2]);
        else open.functionsByIndex.set(index, { line: Number(match[2]), hits: 0 });
        return;
      }
      case 'FNA': {
        const match = /^([^,]+),([^,]+),(.+)$/.exec(value);
        if (!match?.[1] || !match[2] || !match[3]) {
          throw failure(lineNumber, `FNA needs "index,hits,name": ${echo(`FNA:${value}`)}`);
        }
        const index = match[1];
        const hits = count(match[2], lineNumber, 'FNA hit count');
        const fn = open.functionsByIndex.get(index);
        if (!fn)
          throw failure(lineNumber, `FNA names function index ${echo(index)} before its FNL line`);
        fn.name ??= match[3];
        fn.hits += hits;
        return;
      }
      case 'LF':
        open.statedFound = count(value, lineNumber, 'LF');
        return;
      case 'LH':
        open.statedHit = count(value, lineNumber, 'LH');
        return;
      // Stated totals (recomputed from the data), test names, versions, lcov 2.x MC/DC data and
      // the older `BA` branch form of geninfo 1.x: nothing the gate needs.
      default:
        return;
    }
  };

  const addDa = (open: OpenRecord, line: number, hits: number): void => {
    const previous = open.lineNumbers.at(-1);
    if (previous !== undefined && line <= previous) open.ascending = false;
    open.lineNumbers.push(line);
    open.lineHits.push(hits);
    if (hits > 0) open.hit += 1;
    open.file.addLine(line, hits);
  };

  const onLine = (raw: string, lineNumber: number, terminated: boolean): void => {
    // Nine lines in ten of a report are `DA:line,hits`: read those without making substrings.
    if (record !== undefined && terminated && readPlainDa(raw, record)) {
      nonBlankLines += 1;
      return;
    }
    const text = raw.trim();
    if (text === '') return;
    nonBlankLines += 1;
    if (text === 'end_of_record') {
      if (!record) throw failure(lineNumber, 'end_of_record without an SF line before it');
      closeRecord(record);
      record = undefined;
      return;
    }
    const colon = text.indexOf(':');
    const tag = colon > 0 ? text.slice(0, colon) : '';
    if (!/^[A-Z]+$/.test(tag)) {
      throw failure(
        lineNumber,
        `not an LCOV line (expected "TAG:value" or end_of_record): ${echo(text)}`,
      );
    }
    const value = text.slice(colon + 1);
    if (tag === 'SF') {
      if (value === '') throw failure(lineNumber, 'SF needs a source file path');
      if (record) {
        warn(`lcov: line ${lineNumber}: SF:${record.path} has no end_of_record before the next SF`);
        closeRecord(record);
      }
      let file = files.get(value);
      if (!file) {
        file = new FileAccumulator(detached(value));
        files.set(file.path, file);
      }
      sawRecord = true;
      lineNumbers.length = 0;
      lineHits.length = 0;
      record = {
        file,
        path: value,
        startLine: lineNumber,
        lineNumbers,
        lineHits,
        ascending: true,
        hit: 0,
        functionsByIndex: new Map(),
        functionLines: new Map(),
        functionHits: new Map(),
      };
      return;
    }
    if (!record) {
      if (tag === 'TN' || tag === 'VER') return;
      throw failure(lineNumber, `${tag} outside a record: an LCOV record starts with SF:<path>`);
    }
    if (!terminated) {
      warn(`lcov: line ${lineNumber}: the report ends inside this line; it is ignored`);
      return;
    }
    readRecordLine(record, tag, value, lineNumber);
  };

  const splitter = createLineSplitter(onLine);
  return {
    write(chunk: string): void {
      splitter.write(chunk);
    },
    end(): CoverageReport {
      splitter.end();
      if (record) {
        warn(
          `lcov: the report ends inside the record of SF:${record.path} (line ${record.startLine}) ` +
            'without end_of_record: is it cut off? What it holds so far is kept',
        );
        closeRecord(record);
        record = undefined;
      }
      if (!sawRecord) {
        if (nonBlankLines > 0) throw failure(1, 'no SF record: this is not an LCOV report');
        warnings.push('lcov: the report is empty: it names no source file');
      }
      if (extraWarnings > 0) warnings.push(`lcov: ${extraWarnings} more warnings like these`);
      return {
        format: 'lcov',
        files: [...files.values()].map((file) => file.toFileCoverage()),
        sourceRoots: [],
        warnings,
      };
    },
  };
}

/** Parses a whole LCOV text (see {@link createLcovParser}). */
export function parseLcov(text: string): CoverageReport {
  const parser = createLcovParser();
  parser.write(text);
  return parser.end();
}
