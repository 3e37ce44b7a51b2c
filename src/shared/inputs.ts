/**
 * Reading inputs once into typed, validated values. The action and the CLI both describe their
 * inputs as a lookup `name → raw string` (the action from `INPUT_*`, the CLI from its flags), so
 * both go through the same validation and the same messages.
 */
import { ConfigurationError } from './errors.js';

/**
 * Raw input lookup: returns '' for an input that was not given. `spell` says how the user wrote
 * an input where they gave it, so that a message names what they typed: the CLI spells
 * `threshold` as `--threshold`; without `spell` (the action) inputs are named as `action.yml`
 * names them. Build messages with {@link inputLabel} and {@link inputMention}, never by hand.
 */
export interface InputSource {
  (name: string): string;
  /** How the user spells input `name` (`--threshold`); absent: an action input. */
  readonly spell?: (name: string) => string;
}

/** An input source from a lookup, spelling its inputs as `spelledAs` does (when given). */
export function inputSource(
  lookup: (name: string) => string,
  spelledAs?: Pick<InputSource, 'spell'>,
): InputSource {
  const spell = spelledAs?.spell;
  return spell === undefined
    ? (name: string) => lookup(name)
    : Object.assign((name: string) => lookup(name), { spell });
}

/**
 * Input `name` as the subject of a message: `Input 'threshold'` in the action, `--threshold` in
 * the CLI.
 * @example inputLabel(source, 'threshold') + " is 'ten'" // "Input 'threshold' is 'ten'"
 */
export function inputLabel(source: InputSource, name: string): string {
  return source.spell === undefined ? `Input '${name}'` : source.spell(name);
}

/**
 * Input `name` named inside a sentence: `'prometheus'` in the action, `--prometheus` in the CLI.
 * @example `needs ${inputMention(source, 'prometheus')}, the server's URL`
 */
export function inputMention(source: InputSource, name: string): string {
  return source.spell === undefined ? `'${name}'` : source.spell(name);
}

/** What the exit code follows. */
export type FailOn = 'fail' | 'warn' | 'never';

/** When the sticky PR comment is written. */
export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never';

/** Inputs every gate takes from the shared layer. */
export interface CommonInputs {
  /** `fail`: fail on a failing verdict; `warn`: also on warnings; `never`: advisory. */
  failOn: FailOn;
  /** Sticky-comment policy. */
  comment: CommentMode;
  /** Whether to create a check run with annotations. */
  checkRun: boolean;
  /** Distinguishes several runs of one gate in a workflow. */
  key: string;
  /** Token for the GitHub API; absent runs without GitHub. */
  token?: string;
  /** Cap on check-run annotations. */
  maxAnnotations: number;
  /** Where to write the verdict JSON; absent: a temporary file in the action. */
  verdictPath?: string;
}

/** Trimmed raw value, or undefined when empty. */
export function optionalInput(source: InputSource, name: string): string | undefined {
  const value = source(name).trim();
  return value === '' ? undefined : value;
}

/** A required input. */
export function requiredInput(source: InputSource, name: string): string {
  const value = optionalInput(source, name);
  if (value === undefined) throw new ConfigurationError(`${inputLabel(source, name)} is required.`);
  return value;
}

/** One of a fixed set of values. */
export function choiceInput<T extends string>(
  source: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = optionalInput(source, name);
  if (value === undefined) return fallback;
  const found = choices.find((c) => c === value.toLowerCase());
  if (found === undefined) {
    throw new ConfigurationError(
      `${inputLabel(source, name)} is '${value}'; expected one of: ${choices.join(', ')}.`,
    );
  }
  return found;
}

/** A YAML-style boolean (`true`/`false`, as `core.getBooleanInput` accepts). */
export function booleanInput(source: InputSource, name: string, fallback: boolean): boolean {
  const value = optionalInput(source, name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new ConfigurationError(
    `${inputLabel(source, name)} is '${value}'; expected true or false.`,
  );
}

/** A number within bounds. */
export function numberInput(
  source: InputSource,
  name: string,
  fallback: number,
  bounds: { min: number; max: number; integer?: boolean },
): number {
  const value = optionalInput(source, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < bounds.min || parsed > bounds.max) {
    throw new ConfigurationError(
      `${inputLabel(source, name)} is '${value}'; expected a number from ${bounds.min} to ${bounds.max}.`,
    );
  }
  if (bounds.integer && !Number.isInteger(parsed)) {
    throw new ConfigurationError(
      `${inputLabel(source, name)} is '${value}'; expected a whole number.`,
    );
  }
  return parsed;
}

/**
 * A relative amount: `10%`, or a fraction below 1 (`0.1`). A bare number of 1 or more is refused
 * as ambiguous: `1` is 1% to some readers and 100% (a fraction) to others, and a threshold read
 * the wrong way passes everything or fails everything. The message shows both readings.
 */
export function parsePercent(raw: string, what: string): number {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(%?)\s*$/.exec(raw);
  if (!match)
    throw new ConfigurationError(`${what} is '${raw}'; expected a percentage such as 10%.`);
  const text = match[1] ?? '';
  const number = Number(text);
  if (match[2] !== '%' && number >= 1) {
    throw new ConfigurationError(
      `${what} is '${raw.trim()}', which is ambiguous: write ${text}% for ${text} percent, or ` +
        `${formatFraction(number)}% if you meant ${text} as a fraction. A bare number is read ` +
        'as a fraction only below 1 (0.1 is 10%).',
    );
  }
  const fraction = match[2] === '%' ? number / 100 : number;
  if (!(fraction > 0 && fraction < 10)) {
    throw new ConfigurationError(
      `${what} is '${raw}'; expected a percentage above 0% and below 1000%.`,
    );
  }
  return fraction;
}

/** `1.5` → `150`: a fraction as the percentage it stands for, without float noise. */
function formatFraction(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** A list separated by newlines or commas, blank entries and `#` comments dropped. */
export function listInput(source: InputSource, name: string): string[] {
  return source(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/**
 * `pattern: value` lines (one per line, the last colon splits so patterns may contain colons),
 * each value parsed by `parse`.
 */
export function mappingInput<T>(
  source: InputSource,
  name: string,
  parse: (raw: string, what: string) => T,
): { pattern: string; value: T }[] {
  return source(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const at = line.lastIndexOf(':');
      if (at <= 0) {
        throw new ConfigurationError(
          `${inputLabel(source, name)} has the line '${line}'; expected 'pattern: value'.`,
        );
      }
      const pattern = line
        .slice(0, at)
        .trim()
        .replace(/^["']|["']$/g, '');
      return {
        pattern,
        value: parse(line.slice(at + 1).trim(), `${inputLabel(source, name)} for '${pattern}'`),
      };
    });
}

/** Reads the shared inputs. */
export function readCommonInputs(source: InputSource): CommonInputs {
  const key = optionalInput(source, 'key') ?? 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(key)) {
    throw new ConfigurationError(
      `${inputLabel(source, 'key')} is '${key}'; use 1 to 64 letters, digits, '.', '_' or '-'.`,
    );
  }
  const token = optionalInput(source, 'github-token');
  const verdictPath = optionalInput(source, 'verdict-path');
  return {
    failOn: choiceInput(source, 'fail-on', ['fail', 'warn', 'never'] as const, 'fail'),
    comment: choiceInput(
      source,
      'comment',
      ['always', 'on-change', 'on-failure', 'never'] as const,
      'always',
    ),
    checkRun: booleanInput(source, 'check-run', true),
    key,
    ...(token === undefined ? {} : { token }),
    maxAnnotations: numberInput(source, 'max-annotations', 1000, {
      min: 0,
      max: 50_000,
      integer: true,
    }),
    ...(verdictPath === undefined ? {} : { verdictPath }),
  };
}
