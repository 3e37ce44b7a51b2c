/**
 * Percentages of coverage, compared exactly and shown without flattering rounding. A gate that
 * says 99.99% is 100% (or compares `Math.floor(percent)` with the limit, as diff-cover's
 * `total_percent_covered` does with `int(...)`) passes changes it should fail; so comparisons
 * are done on integers, with the limit read as the decimal the user wrote, and shown values are
 * floored, never rounded up. Pure.
 */
import type { Counts } from './types.js';

/**
 * Covered out of total as a percent (0–100), or undefined when nothing was coverable. One
 * division, so the result is the double nearest the true ratio (`29 * 100 / 100` is exactly 29,
 * where `29 / 100 * 100` is 28.999999999999996).
 * @example percentOf({ covered: 5, total: 7 }) // 71.42857142857143
 */
export function percentOf(counts: Counts): number | undefined {
  return counts.total === 0 ? undefined : (counts.covered * 100) / counts.total;
}

/** A finite decimal as an exact fraction `numerator / denominator` (denominator a power of 10). */
interface DecimalFraction {
  numerator: bigint;
  denominator: bigint;
}

/**
 * The decimal a number is written as (its shortest round-trip form, `80`, `99.99`, `1e-7`) as an
 * exact fraction: the user's `99.99` is 9999/100, not the binary double near it.
 */
function decimalFraction(value: number): DecimalFraction {
  if (!Number.isFinite(value)) {
    throw new Error(`decimalFraction: value must be a finite number (got ${String(value)})`);
  }
  const [mantissa = '0', exponentText = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(whole + fraction);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return { numerator: value < 0 ? -numerator : numerator, denominator };
}

/**
 * True when `counts` reach `minimum` percent, compared exactly: `covered * 100 >= minimum *
 * total` in integers. Nothing coverable (total 0) has nothing to miss, so it passes.
 * @example meetsMinimum({ covered: 9999, total: 10000 }, 100) // false (99.99% is not 100%)
 */
export function meetsMinimum(counts: Counts, minimum: number): boolean {
  if (counts.total === 0) return true;
  const limit = decimalFraction(minimum);
  return (
    BigInt(counts.covered) * 100n * limit.denominator >= limit.numerator * BigInt(counts.total)
  );
}

/**
 * True when the line coverage fell from `base` to `head` by more than `maxDrop` percentage points,
 * compared exactly: `100 · (base.covered/base.total − head.covered/head.total) > maxDrop` with
 * both sides multiplied out to integers. False when either side has nothing coverable.
 * @example droppedMoreThan({ covered: 81, total: 100 }, { covered: 80, total: 100 }, 1) // false
 */
export function droppedMoreThan(base: Counts, head: Counts, maxDrop: number): boolean {
  if (base.total === 0 || head.total === 0) return false;
  const limit = decimalFraction(maxDrop);
  const baseTotal = BigInt(base.total);
  const headTotal = BigInt(head.total);
  const difference = BigInt(base.covered) * headTotal - BigInt(head.covered) * baseTotal;
  return difference * 100n * limit.denominator > limit.numerator * baseTotal * headTotal;
}

/** `value` floored (towards −∞) to `digits` decimals, written with exactly that many. */
function floorToDigits(value: number, digits: number): string {
  // The shortest round-trip form is the decimal the double stands for; cutting its digits
  // floors a positive value without the error of `Math.floor(value * 10 ** digits)`.
  const plain = Math.abs(value) < 1e-6 ? Math.abs(value).toFixed(20) : String(Math.abs(value));
  const [whole = '0', fraction = ''] = plain.split('.');
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const cut = fraction.slice(digits).replace(/0/g, '') !== '';
  if (value >= 0 || !cut) {
    const text = digits === 0 ? whole : `${whole}.${kept}`;
    return value < 0 && Number(text) !== 0 ? `-${text}` : text;
  }
  // A negative value with digits cut off: its floor is one step further from zero.
  const scaled = BigInt(whole + kept) + 1n;
  const padded = scaled.toString().padStart(digits + 1, '0');
  return digits === 0 ? `-${padded}` : `-${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Digits after the point the shortest form of `value` has (`99.99` → 2, `80` → 0). */
function decimalsOf(value: number): number {
  const { denominator } = decimalFraction(value);
  return denominator.toString().length - 1;
}

/** A limit as the user wrote it: `80%`, `99.5%`. */
export function formatLimit(limit: number): string {
  return `${String(limit)}%`;
}

/** Options of {@link formatPercent}. */
export interface CoveragePercentOptions {
  /**
   * The limit the value is compared with: digits are added until the value no longer prints as
   * the limit does (a drop of 1.04 against a limit of 1 reads `1.04`, not `1.0`).
   */
  against?: number;
}

/** Longest run of decimals ever shown; a double has no more meaningful digits near 100. */
const MAX_DIGITS = 12;

/**
 * A coverage percent (0–100) for reading, floored so it never looks better than it is: one
 * decimal (`71.4%`); two near the ends, so that 99.999 reads `99.99%` and 0.05 reads `0.05%`;
 * no decimals when the value is a whole number (`100%` only when exactly 100). With `against`,
 * as many more digits as it takes for a value that differs from the limit to print differently.
 * @example formatPercent(99.999) // '99.99%'
 * @example formatPercent(79.994, { against: 79.995 }) // '79.994%'
 */
export function formatPercent(value: number, options: CoveragePercentOptions = {}): string {
  return `${formatDecimal(value, options)}%`;
}

/**
 * A difference in percentage points, signed (`+0.4`, `-1.25`, `0`), floored towards −∞ like
 * {@link formatPercent} so a fall never looks smaller than it is.
 * @example formatPoints(-1.25) // '-1.3'
 */
export function formatPoints(value: number, options: CoveragePercentOptions = {}): string {
  const text = formatDecimal(value, options);
  return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/**
 * A number of percent or points without sign or unit, floored as {@link formatPercent} floors
 * (`12.5`, `99.99`): for a size of a drop, say.
 */
export function formatDecimal(value: number, options: CoveragePercentOptions = {}): string {
  if (!Number.isFinite(value)) {
    throw new Error(`formatPercent: value must be a finite number (got ${String(value)})`);
  }
  if (Number.isInteger(value)) return String(value === 0 ? 0 : value);
  const magnitude = Math.abs(value);
  let digits = magnitude < 0.1 || (magnitude > 99.9 && magnitude < 100) ? 2 : 1;
  // A nonzero value never reads 0: 0.001 is `0.001`, not `0.00`.
  while (digits < MAX_DIGITS && Number(floorToDigits(value, digits)) === 0 && value > 0) {
    digits += 1;
  }
  const { against } = options;
  if (against !== undefined && against !== value) {
    digits = Math.max(digits, Math.min(MAX_DIGITS, decimalsOf(against)));
    while (digits < MAX_DIGITS && Number(floorToDigits(value, digits)) === against) digits += 1;
  }
  return floorToDigits(value, digits);
}
