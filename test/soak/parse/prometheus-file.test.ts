import { describe, expect, it } from 'vitest';
import { parseQueryRangeAnswers } from '../../../src/gates/soak/prometheus/index.js';
import { fixtureText, parseInChunks } from './fixture.js';

describe('a saved Prometheus query_range answer as an input file', () => {
  it('reads the series as a live query does, named after the file, in any chunking', () => {
    const text = fixtureText('prometheus/memory.json');
    const live = parseQueryRangeAnswers('memory', [{ status: 200, text }], 'memory.json');
    for (const chunkSize of [7, 4096, text.length]) {
      const run = parseInChunks('prometheus', text, 'saved/memory.json', chunkSize);
      expect(run.format).toBe('prometheus');
      expect(run.series).toEqual(live.series);
      expect(run.series.length).toBeGreaterThan(0);
      expect(run.series.every((series) => series.name === 'memory')).toBe(true);
    }
  });

  it("refuses an error answer with the server's message", () => {
    const text = fixtureText('prometheus/bad-promql.json');
    expect(() => parseInChunks('prometheus', text, 'bad.json')).toThrow(/bad_data|parse error/);
  });
});
