import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../src/report/format.js';

describe('formatPercent', () => {
  it.each([
    [0.1234, {}, '12.3%'],
    [0.1234, { signed: true }, '+12.3%'],
    [-0.0456, { signed: true }, '-4.6%'],
    [-0.0456, {}, '-4.6%'],
    [0, { signed: true }, '0.0%'],
    [-0.00001, { signed: true }, '0.0%'],
    [0.5, { digits: 0 }, '50%'],
    [1.5, { digits: 2 }, '150.00%'],
  ])('formats %d with %o as %s', (fraction, options, expected) => {
    expect(formatPercent(fraction, options)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('rejects %d', (value) => {
    expect(() => formatPercent(value)).toThrow(/^formatPercent: fraction must be a finite number/);
  });

  it('rejects bad digits', () => {
    expect(() => formatPercent(0.1, { digits: -1 })).toThrow(/^formatPercent: digits/);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ns'],
    [0.000123, '0.000123 ns'],
    [12.345, '12.3 ns'],
    [999.4, '999 ns'],
    // Rounds up into the next unit rather than printing 1.00e+3 ns.
    [999.7, '1.00 µs'],
    [1234, '1.23 µs'],
    [1_234_567, '1.23 ms'],
    [12e9, '12.0 s'],
    [1.5e13, '15000 s'],
    [-5000, '-5.00 µs'],
  ])('formats %d ns as %s', (nanoseconds, expected) => {
    expect(formatDuration(nanoseconds)).toBe(expected);
  });

  it('rejects NaN', () => {
    expect(() => formatDuration(NaN)).toThrow(/^formatDuration: nanoseconds/);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [512.5, '513 B'],
    [1010, '1010 B'],
    [1023.9, '1.00 KiB'],
    [1536, '1.50 KiB'],
    [5_000_000, '4.77 MiB'],
    [3 * 1024 ** 4, '3.00 TiB'],
    [-2048, '-2.00 KiB'],
  ])('formats %d bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('rejects Infinity', () => {
    expect(() => formatBytes(Infinity)).toThrow(/^formatBytes: bytes/);
  });
});

describe('formatNumber', () => {
  it.each([
    [1_234_567, '1,234,567'],
    [1234.5, '1,235'],
    [12.345, '12.3'],
    [0.00012345, '0.000123'],
    [-0, '0'],
    [-42, '-42'],
    [148, '148'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('keeps more digits when asked', () => {
    expect(formatNumber(Math.PI, { digits: 5 })).toBe('3.1416');
  });

  it('rejects NaN and bad digits', () => {
    expect(() => formatNumber(NaN)).toThrow(/^formatNumber: value/);
    expect(() => formatNumber(1, { digits: 0 })).toThrow(/^formatNumber: digits/);
  });
});
