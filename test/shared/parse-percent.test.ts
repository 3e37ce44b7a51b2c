import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/shared/errors.js';
import { parsePercent } from '../../src/shared/inputs.js';

describe('parsePercent', () => {
  it.each([
    ['10%', 0.1],
    [' 2.5 % ', 0.025],
    ['150%', 1.5],
    ['0.1', 0.1],
    ['0.05', 0.05],
  ])('reads %j as the fraction %f', (raw, fraction) => {
    expect(parsePercent(raw, "Input 'threshold'")).toBeCloseTo(fraction, 12);
  });

  it.each([
    ['1', '1%', '100%'],
    ['1.5', '1.5%', '150%'],
    ['10', '10%', '1000%'],
  ])('refuses the bare number %j, showing both readings (%s and %s)', (raw, percent, fraction) => {
    const read = (): number => parsePercent(raw, "Input 'threshold'");
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(`write ${percent} for`);
    expect(read).toThrow(`or ${fraction} if you meant ${raw} as a fraction`);
    expect(read).toThrow("Input 'threshold' is");
  });

  it.each(['ten', '-5%', '0%', '0', '1e3', '1000%'])('refuses %j', (raw) => {
    expect(() => parsePercent(raw, 'x')).toThrow(ConfigurationError);
  });
});
