import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../src/gates/coverage/parse/line-splitter.js';

/** The lines a splitter gives for the text cut into the given pieces. */
function split(pieces: string[]): [string, number, boolean][] {
  const lines: [string, number, boolean][] = [];
  const splitter = createLineSplitter((text, lineNumber, terminated) =>
    lines.push([text, lineNumber, terminated]),
  );
  for (const piece of pieces) splitter.write(piece);
  splitter.end();
  return lines;
}

describe('createLineSplitter', () => {
  it('joins lines cut between pieces, LF and CRLF alike (even with the CR and LF apart)', () => {
    expect(split(['\uFEFFSF:a', '.c\r', '\nDA:1', ',1\n', '', 'end_of_record\r\n'])).toEqual([
      ['SF:a.c', 1, true],
      ['DA:1,1', 2, true],
      ['end_of_record', 3, true],
    ]);
  });

  it('gives a last line without newline as not terminated, and blank lines as lines', () => {
    expect(split(['a\n\nb'])).toEqual([
      ['a', 1, true],
      ['', 2, true],
      ['b', 3, false],
    ]);
  });

  it('gives nothing for no text', () => {
    expect(split([])).toEqual([]);
    expect(split([''])).toEqual([]);
  });
});
