import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCloverParser } from '../../../src/gates/coverage/parse/clover.js';
import { createCoberturaParser } from '../../../src/gates/coverage/parse/cobertura.js';
import { createJacocoParser } from '../../../src/gates/coverage/parse/jacoco.js';
import type { CoverageParser } from '../../../src/gates/coverage/types.js';
import { FIXTURES, errorOf, fixture, parseInPieces, randomSizes } from './support.js';

const CREATE: Record<string, () => CoverageParser> = {
  cobertura: createCoberturaParser,
  jacoco: createJacocoParser,
  clover: createCloverParser,
};

/** Every fixture of the three formats, with the outcome of parsing it whole. */
const CASES = Object.keys(CREATE).flatMap((format) =>
  readdirSync(join(FIXTURES, format))
    .filter((name) => name.endsWith('.xml'))
    .map((name) => ({ format, name })),
);

describe('a report parsed in pieces equals the report parsed whole', () => {
  it.each(CASES)('$format/$name', ({ format, name }) => {
    const create = CREATE[format];
    if (create === undefined) throw new Error(format);
    const text = fixture(`${format}/${name}`);
    let whole: unknown;
    try {
      whole = parseInPieces(create, text, [text.length]);
    } catch (error) {
      // A refused file is refused with the same message however it arrives.
      const message = errorOf(() => parseInPieces(create, text, [text.length])).message;
      expect(error).toBeInstanceOf(Error);
      expect(errorOf(() => parseInPieces(create, text, [1])).message).toBe(message);
      expect(errorOf(() => parseInPieces(create, text, randomSizes(7, 4000, 97))).message).toBe(
        message,
      );
      return;
    }
    expect(parseInPieces(create, text, [1])).toEqual(whole);
    for (const seed of [1, 2, 3]) {
      expect(parseInPieces(create, text, randomSizes(seed, 10_000, 64))).toEqual(whole);
    }
    expect(parseInPieces(create, text, randomSizes(4, 100, 4096))).toEqual(whole);
  });

  it('covers every format and the real files that refuse', () => {
    expect(new Set(CASES.map((c) => c.format))).toEqual(new Set(Object.keys(CREATE)));
    expect(CASES.length).toBeGreaterThanOrEqual(19);
  });

  it('a split inside a surrogate pair, a CRLF and a BOM changes nothing', () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\r\n<coverage>\r\n<packages><package><classes>' +
      '<class filename="src/\u{1D518}nicode.py"><lines><line number="2" hits="1"/></lines></class>' +
      '</classes></package></packages></coverage>\r\n';
    const whole = parseInPieces(createCoberturaParser, text, [text.length]);
    expect(whole.files[0]?.path).toBe('src/\u{1D518}nicode.py');
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(parseInPieces(createCoberturaParser, text, [cut, text.length])).toEqual(whole);
    }
  });
});
