/**
 * Reading the reports a run names: every real report of the fixture corpus is told apart by name
 * and content, streams through its parser in pieces split anywhere (the same result as one
 * piece), and the reading errors name the file or the glob.
 */
import { createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectCoverageFormat,
  readCoverageReports,
  type ReportReaderIo,
} from '../../../src/gates/coverage/read-reports.js';
import { readTextChunks, resolveFiles } from '../../../src/io/files.js';
import type { CoverageFormat } from '../../../src/gates/coverage/types.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/coverage');

/** Every report of the corpus with the format its folder (or name) says it is. */
function corpus(): { path: string; format: CoverageFormat | undefined }[] {
  const byFolder: Record<string, CoverageFormat> = {
    lcov: 'lcov',
    cobertura: 'cobertura',
    jacoco: 'jacoco',
    clover: 'clover',
    go: 'go',
    simplecov: 'simplecov',
  };
  const reports: { path: string; format: CoverageFormat | undefined }[] = [];
  for (const [folder, format] of Object.entries(byFolder)) {
    for (const name of readdirSync(join(fixtures, folder))) {
      // A JUnit file beside the Cobertura reports is XML but no coverage report; an empty file
      // says nothing (reading it is an error that says it is empty).
      const empty = readFileSync(join(fixtures, folder, name), 'utf8') === '';
      const expected = name.startsWith('not-coverage') || empty ? undefined : format;
      reports.push({ path: `${folder}/${name}`, format: expected });
    }
  }
  reports.push(
    { path: 'istanbul/nyc-pricing.lcov', format: 'lcov' },
    { path: 'istanbul/nyc-pricing.coverage-final.json', format: 'istanbul' },
    { path: 'istanbul/nyc-pricing.coverage-summary.json', format: 'istanbul-summary' },
  );
  return reports;
}

/** Reading over the fixture folder, each file cut into pieces of `size` characters. */
function piecesOf(size: number): ReportReaderIo {
  return {
    resolveFiles: (patterns, inputName) => resolveFiles(patterns, inputName, {}, fixtures),
    async *readPieces(path) {
      const text = readFileSync(join(fixtures, path), 'utf8');
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
    },
  };
}

describe('detectCoverageFormat', () => {
  it.each(corpus())('tells $path apart as $format', ({ path, format }) => {
    const start = readFileSync(join(fixtures, path), 'utf8').slice(0, 64 * 1024);
    expect(detectCoverageFormat(path, start)).toBe(format);
  });

  it('goes by the name for JSON reports whose start says nothing yet', () => {
    expect(detectCoverageFormat('coverage/coverage-summary.json', '{')).toBe('istanbul-summary');
    expect(detectCoverageFormat('coverage/.resultset.json', '{')).toBe('simplecov');
    expect(detectCoverageFormat('coverage/coverage-final.json', '{')).toBe('istanbul');
    expect(detectCoverageFormat('lcov.info', 'FN:1,main\n')).toBe('lcov');
    expect(detectCoverageFormat('notes.txt', 'hello\n')).toBeUndefined();
  });
});

describe('readCoverageReports', () => {
  const readable = corpus().filter(
    (report): report is { path: string; format: CoverageFormat } => report.format !== undefined,
  );

  /** The result, or the message of the error (some fixtures are broken on purpose). */
  const outcome = (path: string, size: number): Promise<unknown> =>
    readCoverageReports([path], 'auto', piecesOf(size)).then(
      (read) => read,
      (error: Error) => error.message,
    );

  it.each(readable)('streams $path in pieces split anywhere, as in one piece', async ({ path }) => {
    const whole = await outcome(path, 1 << 30);
    expect(await outcome(path, 7)).toEqual(whole);
    expect(await outcome(path, 4096)).toEqual(whole);
  });

  it('merges a glob of reports and lists each with its format', async () => {
    const { reports, merged } = await readCoverageReports(
      ['go/covdemo-*.out'],
      'auto',
      piecesOf(64),
    );
    expect(reports.map((r) => [r.path, r.format])).toEqual([
      ['go/covdemo-atomic.out', 'go'],
      ['go/covdemo-count.out', 'go'],
      ['go/covdemo-set.out', 'go'],
    ]);
    expect(merged.formats).toEqual(['go']);
  });

  it('reads from disk in pieces (readTextChunks), a multi-byte character never split', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-pieces-'));
    // 1 MiB pieces: put a 3-byte character across the first boundary.
    const padding = 'x'.repeat(1024 * 1024 - 1);
    const text = `TN:\nSF:src/${padding}€.c\nDA:1,1\nend_of_record\n`;
    writeFileSync(join(dir, 'lcov.info'), text);
    let joined = '';
    for await (const piece of readTextChunks(join(dir, 'lcov.info'))) joined += piece;
    expect(joined).toBe(text);
    const read = await readCoverageReports(['lcov.info'], 'auto', {
      resolveFiles: (patterns, inputName) => resolveFiles(patterns, inputName, {}, dir),
      readPieces: (path) => createReadStream(join(dir, path), { encoding: 'utf8' }),
    });
    expect(read.merged.files.map((f) => f.path)).toEqual([`src/${padding}€.c`]);
  });

  it('names the glob that matches nothing', async () => {
    await expect(readCoverageReports(['nowhere/*.info'], 'auto', piecesOf(64))).rejects.toThrow(
      "Input 'report': no file matches 'nowhere/*.info'.",
    );
  });

  it('names a file whose format cannot be told, and an empty one', async () => {
    await expect(
      readCoverageReports(['SOURCES-line-formats.md'], 'auto', piecesOf(64)),
    ).rejects.toThrow(
      /cannot tell the format of 'SOURCES-line-formats\.md'.*name it with 'format'/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-empty-'));
    writeFileSync(join(dir, 'lcov.info'), '');
    await expect(
      readCoverageReports(['lcov.info'], 'auto', {
        resolveFiles: (patterns, inputName) => resolveFiles(patterns, inputName, {}, dir),
        readPieces: (path) => readTextChunks(join(dir, path)),
      }),
    ).rejects.toThrow(/'lcov\.info' \(it is empty\)/);
  });

  it("puts the path in front of a parser's message", async () => {
    await expect(
      readCoverageReports(['cobertura/not-coverage-vitest-junit.xml'], 'cobertura', piecesOf(64)),
    ).rejects.toThrow(/^cobertura\/not-coverage-vitest-junit\.xml: /);
  });
});
