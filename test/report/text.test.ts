import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/report/text.js';

/**
 * The code units sanitizeText's documentation says it changes: C0 and C1 controls with DEL
 * (tab and line breaks included, as they are turned into spaces), the bidirectional formatting
 * characters, the Unicode line and paragraph separators, and surrogates (alone, as here).
 */
function documentedAsChanged(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

describe('sanitizeText', () => {
  it('changes exactly the code units it documents, and returns other text as it is', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      const changed = sanitizeText(text) !== text;
      if (changed !== documentedAsChanged(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('removes controls and bidi overrides, turns line breaks and tabs into spaces', () => {
    expect(sanitizeText('a\u202Eb\u0000c\r\nd\te\u2028f')).toBe('abc d e f');
    expect(sanitizeText('\u001b[31mred\u001b[0m')).toBe('[31mred[0m');
  });

  it('keeps line breaks (as \\n) and tabs when asked', () => {
    expect(sanitizeText('a\r\nb\rc\u2029d\te', { newlines: 'keep', keepTabs: true })).toBe(
      'a\nb\nc\nd\te',
    );
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(sanitizeText('x\uD83D y \uDE00 z \uD83D\uDE00')).toBe('x\uFFFD y \uFFFD z \uD83D\uDE00');
  });

  it('returns the very string it was given when there is nothing to change', () => {
    const text = 'group "api", rule 3, "HighLatency": p99 above 2 s for 10 minutes';
    expect(sanitizeText(text)).toBe(text);
  });
});
