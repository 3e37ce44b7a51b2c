/**
 * Number formatting shared by the gates and the renderers, so that every report writes a
 * percentage, a duration or a size the same way. All functions are deterministic (fixed
 * `en-US` conventions, never the machine's locale) and throw on a non-finite input rather than
 * print `NaN`.
 */

/** Options of {@link formatPercent}. */
export interface PercentOptions {
  /** When true, positive values get a `+` (a change rather than a share). Zero never has a sign. */
  signed?: boolean;
  /** Digits after the decimal point; 1 by default. */
  digits?: number;
}

function assertFinite(caller: string, name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new Error(`${caller}: ${name} must be a finite number (got ${String(value)})`);
  }
}

function assertDigits(caller: string, digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new Error(`${caller}: digits must be an integer from 0 to 20 (got ${String(digits)})`);
  }
}

/**
 * Formats a fraction as a percentage: `0.1234` is `12.3%`. With `signed`, a rise reads `+12.3%`
 * and a fall `-12.3%`; a value that rounds to zero is `0.0%`, never `-0.0%`.
 *
 * @throws Error when `fraction` is not finite or `digits` is not an integer from 0 to 20.
 * @example formatPercent(-0.0456, { signed: true }) // '-4.6%'
 */
export function formatPercent(fraction: number, options: PercentOptions = {}): string {
  assertFinite('formatPercent', 'fraction', fraction);
  const digits = options.digits ?? 1;
  assertDigits('formatPercent', digits);
  const rounded = (Math.abs(fraction) * 100).toFixed(digits);
  const isZero = Number(rounded) === 0;
  const sign = isZero ? '' : fraction < 0 ? '-' : options.signed === true ? '+' : '';
  return `${sign}${rounded}%`;
}

/**
 * Scales `magnitude` down by `step` through `units` until it is below `step` once rounded to
 * three significant digits (so 999.7 ns reads `1.00 µs`, not `1.00e+3 ns`). The last unit
 * takes any magnitude.
 */
function scaleDown(
  magnitude: number,
  units: readonly string[],
  step: number,
): { value: number; unit: string; divisor: number } {
  const displayed = (value: number): number =>
    value >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
  let value = magnitude;
  let divisor = 1;
  let unitIndex = 0;
  while (unitIndex < units.length - 1 && displayed(value) >= step) {
    value /= step;
    divisor *= step;
    unitIndex += 1;
  }
  return { value, unit: units[unitIndex] ?? '', divisor };
}

const DURATION_UNITS = ['ns', 'µs', 'ms', 's'] as const;
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/**
 * The unit {@link formatDuration} (for `ns`) or {@link formatBytes} (for `B`, `B/s`) writes
 * `value` in, and what to divide by to get there: a chart of values in canonical units is drawn
 * in the unit its table shows (`µs`, not `ns` in the millions). Other units are kept as they are.
 * @example displayUnit(1_234_567, 'ns') // { unit: 'ms', divisor: 1_000_000 }
 */
export function displayUnit(value: number, unit: string): { unit: string; divisor: number } {
  const magnitude = Number.isFinite(value) ? Math.abs(value) : 0;
  const scaled =
    unit === 'ns'
      ? scaleDown(magnitude, DURATION_UNITS, 1000)
      : unit === 'B' || unit === 'B/s'
        ? scaleDown(magnitude, BYTE_UNITS, 1024)
        : undefined;
  if (scaled === undefined) return { unit, divisor: 1 };
  return { unit: unit === 'B/s' ? `${scaled.unit}/s` : scaled.unit, divisor: scaled.divisor };
}

/** Writes a scaled magnitude with three significant digits, without exponent. */
function formatScaled(magnitude: number, units: readonly string[], step: number): string {
  const { value, unit } = scaleDown(magnitude, units, step);
  const text =
    value === 0 ? '0' : value >= 1000 ? Math.round(value).toString() : plainPrecision(value, 3);
  return `${text} ${unit}`;
}

/**
 * `value.toPrecision(significant)` without exponent notation (`0.000123`, not `1.23e-4`): the
 * reader compares digits, and an exponent hides the magnitude.
 */
function plainPrecision(value: number, significant: number): string {
  const precise = value.toPrecision(significant);
  if (!precise.includes('e')) return precise;
  const exponent = Math.floor(Math.log10(Math.abs(Number(precise))));
  const decimals = Math.min(100, Math.max(0, significant - 1 - exponent));
  return Number(precise).toFixed(decimals);
}

/**
 * Formats a duration given in nanoseconds with three significant digits in the largest unit
 * that keeps the number at least 1: `ns`, `µs`, `ms` or `s` (`1234` is `1.23 µs`). Negative
 * durations (differences) keep their sign.
 *
 * @throws Error when `nanoseconds` is not finite.
 * @example formatDuration(1_234_567) // '1.23 ms'
 */
export function formatDuration(nanoseconds: number): string {
  assertFinite('formatDuration', 'nanoseconds', nanoseconds);
  const sign = nanoseconds < 0 ? '-' : '';
  return sign + formatScaled(Math.abs(nanoseconds), DURATION_UNITS, 1000);
}

/**
 * Formats a size in bytes with binary prefixes (1 KiB = 1,024 B) and three significant digits:
 * `1536` is `1.50 KiB`. Negative sizes (differences) keep their sign.
 *
 * @throws Error when `bytes` is not finite.
 * @example formatBytes(5_000_000) // '4.77 MiB'
 */
export function formatBytes(bytes: number): string {
  assertFinite('formatBytes', 'bytes', bytes);
  const sign = bytes < 0 ? '-' : '';
  return sign + formatScaled(Math.abs(bytes), BYTE_UNITS, 1024);
}

/** Options of {@link formatNumber}. */
export interface NumberOptions {
  /** Significant digits kept in a fraction; 3 by default. The integer part is never rounded. */
  digits?: number;
}

/**
 * Formats a plain number for reading: thousands separated by commas, every digit of the integer
 * part kept, and at most `digits` significant digits overall otherwise (`1234.5` is `1,235`,
 * `12.345` is `12.3`, `0.00012345` is `0.000123`).
 *
 * @throws Error when `value` is not finite or `digits` is not an integer from 1 to 20.
 * @example formatNumber(1234567) // '1,234,567'
 */
export function formatNumber(value: number, options: NumberOptions = {}): string {
  assertFinite('formatNumber', 'value', value);
  const digits = options.digits ?? 3;
  if (!Number.isInteger(digits) || digits < 1 || digits > 20) {
    throw new Error(`formatNumber: digits must be an integer from 1 to 20 (got ${String(digits)})`);
  }
  const integerDigits = Math.abs(value) < 1 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
  const significant = Math.min(21, Math.max(digits, integerDigits));
  const text = new Intl.NumberFormat('en-US', {
    maximumSignificantDigits: significant,
    useGrouping: true,
  }).format(value);
  return text === '-0' ? '0' : text;
}
