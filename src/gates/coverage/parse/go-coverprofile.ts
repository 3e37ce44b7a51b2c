import { ConfigurationError } from '../../../shared/errors.js';
import type { Counts, CoverageParser, CoverageReport } from '../types.js';
import { echo, FileAccumulator } from './file-accumulator.js';
import { createLineSplitter } from './line-splitter.js';

/**
 * A block line: `file:startLine.startCol,endLine.endCol numStatements count`. The path is greedy
 * so that a Windows path (`C:\src\a.go`) keeps its drive colon, as golang.org/x/tools/cover does.
 */
const BLOCK_LINE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

const MODES = new Set(['set', 'count', 'atomic']);

interface Block {
  startLine: number;
  endLine: number;
  statements: number;
  count: number;
}

/** A Go coverprofile parser that also gives the statement totals `go tool cover -func` prints. */
export interface GoCoverprofileParser extends CoverageParser {
  /** Statements covered of all statements, after merging duplicate blocks (valid after `end`). */
  statementCounts(): Counts;
}

/**
 * A streaming parser of `go test -coverprofile` output (`mode: set|count|atomic`, then one line per
 * block). Paths stay import paths as Go writes them; mapping them to the repository through
 * `go.mod` happens later.
 *
 * Duplicate blocks (the same position in several test binaries' output, as `-coverpkg` produces)
 * merge the way golang.org/x/tools/cover's ParseProfiles does, so totals equal
 * `go tool cover -func`: in `set` mode the counts are OR-ed (covered by any), in `count` and
 * `atomic` mode they are summed; a block repeated with another statement count is an error there
 * and here.
 *
 * Lines: a block covers the lines from its start to its end line. A line touched by several blocks
 * (a one-line `if x { y }`, a closing brace shared by a nested block's end and the outer block)
 * takes the highest count among them, so it is covered when any block on it ran. gcov2lcov sums
 * the counts instead, which counts a line twice when two blocks merely touch it; whether a line is
 * covered (all the gate decides on) is the same under both rules, and the maximum is the rule
 * Istanbul uses for statements sharing a line. Blocks of zero statements (an empty function body)
 * add no coverable line: they hold nothing to run.
 * @throws ConfigurationError naming the line, for a missing `mode:` header or a malformed block.
 */
export function createGoCoverprofileParser(): GoCoverprofileParser {
  let mode: string | undefined;
  /** File → `start.col,end.col` → block, to merge duplicates. */
  const blocks = new Map<string, Map<string, Block>>();
  const warnings: string[] = [];
  let statements: Counts = { covered: 0, total: 0 };

  const failure = (lineNumber: number, message: string): ConfigurationError =>
    new ConfigurationError(`go coverprofile: line ${lineNumber}: ${message}`);

  const onLine = (raw: string, lineNumber: number, terminated: boolean): void => {
    const text = raw.trim();
    if (text === '') return;
    if (mode === undefined) {
      const header = /^mode: (\S+)$/.exec(text);
      if (!header?.[1])
        throw failure(lineNumber, `expected "mode: set|count|atomic", found ${echo(text)}`);
      if (!MODES.has(header[1])) throw failure(lineNumber, `unknown mode ${echo(header[1])}`);
      mode = header[1];
      return;
    }
    // `go test ./...` over several packages may concatenate profiles with repeated headers.
    if (text === `mode: ${mode}`) return;
    const match = BLOCK_LINE.exec(text);
    if (!match) {
      if (!terminated) {
        warnings.push(
          `go coverprofile: line ${lineNumber}: the report ends inside this line; it is ignored`,
        );
        return;
      }
      throw failure(
        lineNumber,
        `expected "file:line.col,line.col statements count", found ${echo(text)}`,
      );
    }
    const [, path = '', startLine, startCol, endLine, endCol, numStmt, count] = match;
    const block: Block = {
      startLine: Number(startLine),
      endLine: Number(endLine),
      statements: Number(numStmt),
      count: Number(count),
    };
    if (block.endLine < block.startLine) {
      throw failure(
        lineNumber,
        `block ends (line ${block.endLine}) before it starts (line ${block.startLine})`,
      );
    }
    let ofFile = blocks.get(path);
    if (!ofFile) {
      ofFile = new Map();
      blocks.set(path, ofFile);
    }
    const key = `${startLine}.${startCol},${endLine}.${endCol}`;
    const known = ofFile.get(key);
    if (!known) {
      ofFile.set(key, block);
      return;
    }
    if (known.statements !== block.statements) {
      throw failure(
        lineNumber,
        `block ${path}:${key} repeated with ${block.statements} statements (first ${known.statements})`,
      );
    }
    known.count =
      mode === 'set' ? Math.max(known.count, block.count > 0 ? 1 : 0) : known.count + block.count;
  };

  const splitter = createLineSplitter(onLine);
  return {
    write(chunk: string): void {
      splitter.write(chunk);
    },
    end(): CoverageReport {
      splitter.end();
      if (mode === undefined)
        throw failure(1, 'empty: a Go coverprofile starts with "mode: set|count|atomic"');
      const files = [];
      let covered = 0;
      let total = 0;
      for (const [path, ofFile] of blocks) {
        const file = new FileAccumulator(path);
        for (const block of ofFile.values()) {
          total += block.statements;
          if (block.count > 0) covered += block.statements;
          if (block.statements === 0) continue;
          for (let line = block.startLine; line <= block.endLine; line += 1) {
            file.maxLine(line, block.count);
          }
        }
        files.push(file.toFileCoverage());
      }
      statements = { covered, total };
      return { format: 'go', files, sourceRoots: [], warnings };
    },
    statementCounts(): Counts {
      return statements;
    },
  };
}

/** Parses a whole Go coverprofile (see {@link createGoCoverprofileParser}). */
export function parseGoCoverprofile(text: string): CoverageReport {
  const parser = createGoCoverprofileParser();
  parser.write(text);
  return parser.end();
}
