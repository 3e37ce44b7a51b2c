import { describe, expect, it } from 'vitest';
import { parsePlainJson } from '../../../src/gates/soak/parse/index.js';
import { fixtureText, pairs, parseInChunks, seriesNamed } from './fixture.js';

describe('plain CSV timestamp,series,value', () => {
  const text = fixtureText('plain/soak.csv');
  const run = parseInChunks('csv', text, 'soak.csv');

  it('reads seconds and RFC 3339 timestamps, quoted names, and drops NaN with a note', () => {
    expect(run.series.map((s) => s.name)).toEqual([
      'latency p99, ms',
      'process_resident_memory_bytes',
    ]);
    expect(pairs(seriesNamed(run, 'process_resident_memory_bytes'))).toEqual([
      [1764968400, 104857600],
      [1764968410, 104900000],
      [1764968420, 105000000.5],
    ]);
    expect(pairs(seriesNamed(run, 'latency p99, ms'))).toEqual([
      [1764968400.5, 120],
      [1764968420.5, 118],
      [1764968430.5, 119],
      [1764968440.5, 121],
    ]);
    expect(run.notes).toEqual([
      '1 point(s) with a NaN or infinite value dropped (first at soak.csv:6)',
    ]);
  });

  it.each([1, 2, 13, 50])('gives the same result fed in chunks of %i characters', (size) => {
    expect(parseInChunks('csv', text, 'soak.csv', size)).toEqual(run);
  });
});

describe('plain JSON {"series": {name: [[t, v]…]}}', () => {
  it('reads the documented shape, null values noted as gaps', () => {
    const run = parsePlainJson(fixtureText('plain/soak.json'), 'soak.json');
    expect(pairs(seriesNamed(run, 'process_resident_memory_bytes'))).toEqual(
      pairs(
        seriesNamed(
          parseInChunks('csv', fixtureText('plain/soak.csv'), 'x'),
          'process_resident_memory_bytes',
        ),
      ),
    );
    expect(pairs(seriesNamed(run, 'error_ratio'))).toEqual([
      [1764968400, 0],
      [1764968420, 0.002],
      [1764968430, 0.001],
    ]);
    expect(run.notes).toEqual(['1 point(s) with a null value dropped']);
  });
});
