import { describe, expect, it } from 'vitest';
import { detectBenchFormat, parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixture, parseFixture, seriesNamed } from './fixture.js';

describe('custom JSON of github-action-benchmark', () => {
  it('takes the direction from the chosen format and keeps non-standard units', () => {
    const bigger = parseFixture(
      'extract/customBiggerIsBetter_output.json',
      'custom-bigger-is-better',
    );
    expect(bigger.format).toBe('custom-bigger-is-better');
    expect(seriesNamed(bigger, 'My Custom Bigger Is Better Benchmark - Throughput')).toMatchObject({
      unit: 'req/s',
      direction: 'bigger-is-better',
      samples: [70],
      kind: 'summary',
    });
    const memory = seriesNamed(bigger, 'My Custom Bigger Is Better Benchmark - Free Memory');
    expect(memory).toMatchObject({
      unit: 'Megabytes',
      samples: [150],
      reportedRelativeSpread: 3 / 150,
    });
    expect(memory.extra).toEqual({
      info: 'Optional Value #1: 25\nHelpful Num #2: 100\nAnything Else!',
    });
  });

  it('reads a percentage range as a relative spread', () => {
    const smaller = parseFixture(
      'extract/customSmallerIsBetter_output.json',
      'custom-smaller-is-better',
    );
    expect(seriesNamed(smaller, 'My Custom Smaller Is Better Benchmark - CPU Load')).toMatchObject({
      unit: 'Percent',
      direction: 'smaller-is-better',
      samples: [50],
      reportedRelativeSpread: 0.05,
    });
  });

  it('detects time-only custom JSON as smaller-is-better, with numeric ranges', () => {
    const file = parseFixture('extract/customSmallerIsBetter_output2.json');
    expect(file.format).toBe('custom-smaller-is-better');
    expect(seriesNamed(file, 'Binary file')).toMatchObject({
      unit: 'ns',
      samples: [3886.75],
      reportedRelativeSpread: 87.1657 / 3886.75,
    });
  });

  it('refuses to guess the direction of other units', () => {
    expect(detectBenchFormat(fixture('extract/customBiggerIsBetter_output.json'))).toBeUndefined();
    expect(() => parseFixture('extract/customBiggerIsBetter_output.json')).toThrow(
      'fixtures/bench/extract/customBiggerIsBetter_output.json: custom JSON with units other than times (e.g. req/s, MB) does not say whether smaller or bigger is better; set the format to "custom-smaller-is-better" or "custom-bigger-is-better"',
    );
  });

  it('rejects a value that is not a number', () => {
    const text = '[{"name": "x", "unit": "ms", "value": "fast"}]';
    expect(() => parseBenchFile({ path: 'custom.json', text }, 'custom-smaller-is-better')).toThrow(
      'custom.json: benchmark "x" has a "value" that is not a number ("fast")',
    );
  });
});
