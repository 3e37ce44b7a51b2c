import { describe, expect, it } from 'vitest';
import {
  assertCommentKey,
  buildCommentBody,
  commentMarker,
  parseComment,
} from '../../src/github/comment-marker.js';

const SHA = 'a'.repeat(40);

describe('comment markers', () => {
  it('builds the marker and meta lines and parses them back', () => {
    const marker = commentMarker('prom-lint', 'rules.v2_x-1');
    expect(marker).toBe('<!-- kaizen-gates:prom-lint:rules.v2_x-1 -->');
    const body = buildCommentBody(marker, { sha: SHA, run: 77 }, '## Report\nline');
    expect(body).toBe(
      `${marker}\n<!-- kaizen-gates-meta {"sha":"${SHA}","run":77} -->\n## Report\nline`,
    );
    expect(parseComment(body, marker)).toEqual({
      meta: { sha: SHA, run: 77 },
      content: '## Report\nline',
    });
  });

  it('reads a body whose line endings GitHub turned into CRLF', () => {
    const marker = commentMarker('bench', 'default');
    const body = buildCommentBody(marker, { sha: SHA, run: 5 }, 'a\nb').replace(/\n/g, '\r\n');
    expect(parseComment(body, marker)).toEqual({ meta: { sha: SHA, run: 5 }, content: 'a\nb' });
  });

  it('keeps a comment whose meta line was lost or mangled, without meta', () => {
    const marker = commentMarker('bench', 'default');
    expect(parseComment(`${marker}\nhand-edited`, marker)).toEqual({ content: 'hand-edited' });
    expect(
      parseComment(`${marker}\n<!-- kaizen-gates-meta {"sha":1,"run":"x"} -->\nc`, marker),
    ).toEqual({ content: 'c' });
  });

  it('does not take a marker for another key, or one below the first line', () => {
    const marker = commentMarker('bench', 'default');
    expect(parseComment('<!-- kaizen-gates:bench:default-2 -->\nx', marker)).toBeUndefined();
    expect(parseComment(`hello\n${marker}`, marker)).toBeUndefined();
  });

  it.each(['', 'has space', 'a-->b', 'ünïcode', 'x'.repeat(65), 'a/b'])(
    'refuses the key %j',
    (key) => {
      expect(() => assertCommentKey(key)).toThrow(/input key must be 1 to 64 characters/);
    },
  );
});
