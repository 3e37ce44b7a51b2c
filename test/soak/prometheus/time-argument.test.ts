import { describe, expect, it } from 'vitest';
import {
  parsePrometheusDuration,
  parseTimeArgument,
} from '../../../src/gates/soak/prometheus/index.js';
import { isConfigurationError } from '../../../src/shared/errors.js';

/** 2026-12-06T21:00:00Z: `date -u -d '2026-12-06T21:00:00Z' +%s` (GNU coreutils). */
const now = 1796590800;

describe('parseTimeArgument', () => {
  it.each<[string, number]>([
    ['now', now],
    ['now-2h', now - 7200],
    ['-2h', now - 7200],
    ['-90m', now - 5400],
    ['now-1h30m', now - 5400],
    ['now-1d', now - 86_400],
    ['now-1w', now - 604_800],
    ['now-500ms', now - 0.5],
    [' now-15s ', now - 15],
    ['1796590800', 1796590800],
    ['1796590800.25', 1796590800.25],
    ['2026-12-06T21:00:00Z', 1796590800],
    // `date -u -d '2026-12-06T23:30:00.25+02:00' +%s.%N` = 1796592600.250000000
    ['2026-12-06T23:30:00.25+02:00', 1796592600.25],
  ])('%j is %d', (text, expected) => {
    expect(parseTimeArgument(text, now)).toBeCloseTo(expected, 6);
  });

  it.each<[string, string]>([
    [
      'yesterday',
      'time "yesterday" is not an RFC 3339 date-time (2026-12-06T21:00:00Z), seconds since the epoch (1796590800), or a time relative to now (now, now-2h, -90m, now-1h30m)',
    ],
    ['now-2x', 'time "now-2x" is not an RFC 3339'],
    ['now-0s', 'time "now-0s" is not an RFC 3339'],
    ['now-30m2h', 'time "now-30m2h" is not an RFC 3339'],
    ['', 'time "" is not an RFC 3339'],
    ['2026-13-06T21:00:00Z', 'time "2026-13-06T21:00:00Z" is not an RFC 3339'],
    [
      '1796590800000',
      'time "1796590800000" looks like milliseconds since the epoch; give seconds (divide by 1000), RFC 3339 or a relative time (now-2h)',
    ],
  ])('refuses %j', (text, message) => {
    let error: unknown;
    try {
      parseTimeArgument(text, now);
    } catch (caught) {
      error = caught;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});

describe('parsePrometheusDuration', () => {
  it.each<[string, number | undefined]>([
    ['2h', 7200],
    ['1h30m', 5400],
    ['1y2w3d4h5m6s7ms', 31_536_000 + 2 * 604_800 + 3 * 86_400 + 4 * 3600 + 5 * 60 + 6.007],
    ['90s', 90],
    ['0s', undefined],
    ['', undefined],
    ['1.5h', undefined],
    ['h', undefined],
  ])('%j is %s seconds', (text, expected) => {
    if (expected === undefined) expect(parsePrometheusDuration(text)).toBeUndefined();
    else expect(parsePrometheusDuration(text)).toBeCloseTo(expected, 9);
  });
});
