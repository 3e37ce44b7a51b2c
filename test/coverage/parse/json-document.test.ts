import { describe, expect, it } from 'vitest';
import {
  createJsonDocument,
  MAX_JSON_REPORT_CHARS,
} from '../../../src/gates/coverage/parse/json-document.js';
import { fixtureText } from './helpers.js';

describe('createJsonDocument', () => {
  it('parses a report fed in pieces, byte-order mark removed', () => {
    const text = `\uFEFF${fixtureText('simplecov/float-timestamp.resultset.json')}`;
    const document = createJsonDocument('simplecov', '');
    for (const piece of text.match(/[\s\S]{1,7}/g) ?? []) document.write(piece);
    expect(document.end()).toEqual(JSON.parse(text.slice(1)));
  });

  it('refuses a report above the limit as soon as it is reached, with the hint', () => {
    const document = createJsonDocument('istanbul', 'Write LCOV instead.', 10);
    document.write('{"a": 1, ');
    expect(() => document.write('"b": 2}')).toThrow(
      'istanbul: the report is larger than 10 characters; JSON reports are read whole, so they are limited to that size. Write LCOV instead.',
    );
  });

  it('states a limit of whole Mi characters as such (the default is 256 Mi)', () => {
    expect(MAX_JSON_REPORT_CHARS).toBe(256 * 1024 * 1024);
    const document = createJsonDocument('simplecov', 'Split it.', 1024 * 1024);
    expect(() => document.write(' '.repeat(1024 * 1024 + 1))).toThrow(
      'simplecov: the report is larger than 1 Mi characters',
    );
  });

  it.each([
    ['{\n  "a": [1, 2,\n}', 'simplecov: invalid JSON at line 3, column 1: ValueExpected'],
    [
      '{"a": 1',
      'simplecov: invalid JSON at line 1, column 8: CloseBraceExpected (the file ends early: was it truncated?)',
    ],
    ['  \n', 'simplecov: the report is empty'],
  ])('names the line and column of %j', (text, message) => {
    const document = createJsonDocument('simplecov', '');
    document.write(text);
    expect(() => document.end()).toThrow(message);
  });
});
