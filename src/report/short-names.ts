/**
 * Names shortened the way benchstat shows Go sub-benchmarks: what every row shares is said once,
 * above the table, and each row shows only what tells it apart. A table of
 * `BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=4096-16` and its siblings is
 * wider than a PR comment (840 px) and cut to one look-alike `BenchmarkDecode/forma…` in a
 * terminal; `format=protobuf/message=NestedRepeatedFields/size=4096` under the pattern
 * `BenchmarkDecode/…-16` fits and reads.
 *
 * Names are cut only between whole segments: after a `/` or `::`, at a `.` between a name and a
 * name (`org.example.Bench.run`, never inside `0.010`, nor in a command such as
 * `python3 codec.py --size 64`), and before Go's `-N` GOMAXPROCS suffix.
 * A number or a `key=value` pair is therefore never split, and since only text that every name
 * shares is dropped, two different names can never come out alike.
 */

/** Options of {@link shortenNames}. */
export interface ShortNameOptions {
  /**
   * Where a name's tail starts: a part kept on every short name and never shared, such as the
   * metric suffix ` (B/op)` of a benchmark's second metric. Default: no tail.
   */
  tailStart?: (name: string) => number;
}

/** Short names of a set of names, and what they share. */
export interface ShortNames {
  /**
   * What every name shares, with `…` where each short name goes (`BenchmarkDecode/…-16`); empty
   * when nothing is dropped.
   */
  pattern: string;
  /** The prefix every name shares and its short name leaves out (`BenchmarkDecode/`). */
  prefix: string;
  /** The suffix every name shares before its tail, left out too (`-16`). */
  suffix: string;
  /** The short name of one of the names given; any other string comes back as it is. */
  of: (name: string) => string;
}

/**
 * Fewer shared characters than this are left in the names: dropping `-4` or `/usr/bin/` saves
 * less than it costs the reader to put the pattern back.
 */
export const MIN_SHARED_LENGTH = 10;

/** The marker in {@link ShortNames.pattern} where a short name goes. */
export const SHORT_NAME_MARKER = '…';

/** A letter, digit or underscore: what a `.` must follow to separate names. */
const WORD = /[\p{L}\p{N}_]/u;
/** A letter or underscore: what a `.` must precede to separate names (never a digit). */
const NAME_START = /[\p{L}_]/u;
/**
 * A name with a space is a command (hyperfine's), whose dots are file names (`codec.py`) rather
 * than a class path's separators.
 */
const WHITESPACE = /\s/;
/** Go's GOMAXPROCS suffix, `-16` in `BenchmarkDecode/size=64-16`. */
const PROCS_SUFFIX = /^-\d+$/;

/** Whether a shared prefix may end just before `at` in `core`: right after a separator. */
function isPrefixCut(core: string, at: number): boolean {
  if (at <= 0 || at >= core.length) return false;
  const before = core[at - 1];
  if (before === '/') return true;
  if (before === ':' && core[at - 2] === ':') return true;
  return (
    before === '.' &&
    WORD.test(core[at - 2] ?? '') &&
    NAME_START.test(core[at] ?? '') && // a.b, not 0.5
    !WHITESPACE.test(core)
  );
}

/** Whether a shared suffix may start at `at` in `core`: on a separator. */
function isSuffixCut(core: string, at: number): boolean {
  if (at <= 0 || at >= core.length) return false;
  const char = core[at];
  if (char === '/') return true;
  if (char === ':' && core[at + 1] === ':') return true;
  if (char === '-') return PROCS_SUFFIX.test(core.slice(at));
  return (
    char === '.' &&
    WORD.test(core[at - 1] ?? '') &&
    NAME_START.test(core[at + 1] ?? '') &&
    !WHITESPACE.test(core)
  );
}

/** Positions in `core` where a shared prefix may end, longest first. */
function prefixCuts(core: string): number[] {
  const cuts: number[] = [];
  for (let at = core.length - 1; at > 0; at -= 1) if (isPrefixCut(core, at)) cuts.push(at);
  return cuts;
}

/** Positions in `core` where a shared suffix may start, longest suffix first. */
function suffixCuts(core: string): number[] {
  const cuts: number[] = [];
  for (let at = 1; at < core.length; at += 1) if (isSuffixCut(core, at)) cuts.push(at);
  return cuts;
}

/**
 * Shortens `names` by the longest prefix and then the longest suffix that every name shares,
 * both ending at a separator (see the module's comment), each name keeping at least one
 * character of its own, when together they are at least {@link MIN_SHARED_LENGTH} characters. Nothing is shortened when fewer than two different names remain once
 * tails are set aside (one benchmark's metrics share everything but the metric). The mapping is
 * one-to-one: distinct names give distinct short names (checked; on a clash nothing is
 * shortened), and `prefix + short + suffix` (before the tail) is the name again. Time is the
 * total length of the names times the separators in the first one.
 *
 * @example shortenNames(['Decode/a=1/n=8-16', 'Decode/a=2/n=8-16'])
 * // pattern 'Decode/…/n=8-16'; of('Decode/a=2/n=8-16') === 'a=2'
 */
export function shortenNames(names: readonly string[], options: ShortNameOptions = {}): ShortNames {
  const unchanged: ShortNames = { pattern: '', prefix: '', suffix: '', of: (name) => name };
  const unique = [...new Set(names)];
  const split = unique.map((name) => {
    const at = Math.min(name.length, Math.max(0, options.tailStart?.(name) ?? name.length));
    return { name, core: name.slice(0, at), tail: name.slice(at) };
  });
  const first = split[0];
  if (first === undefined || new Set(split.map((part) => part.core)).size < 2) return unchanged;

  const prefixLength =
    prefixCuts(first.core).find((at) => {
      const prefix = first.core.slice(0, at);
      return split.every(({ core }) => core.startsWith(prefix) && isPrefixCut(core, at));
    }) ?? 0;
  const suffixLength =
    suffixCuts(first.core)
      .map((at) => first.core.length - at)
      .find((length) => {
        const suffix = first.core.slice(first.core.length - length);
        return split.every(
          ({ core }) =>
            core.length - length > prefixLength &&
            core.endsWith(suffix) &&
            isSuffixCut(core, core.length - length),
        );
      }) ?? 0;
  if (prefixLength + suffixLength < MIN_SHARED_LENGTH) return unchanged;

  const short = new Map(
    split.map(({ name, core, tail }) => [
      name,
      core.slice(prefixLength, core.length - suffixLength) + tail,
    ]),
  );
  // Only shared text was dropped, so this cannot clash; the check keeps it so if the cuts change.
  if (new Set(short.values()).size !== short.size) return unchanged;
  const prefix = first.core.slice(0, prefixLength);
  const suffix = first.core.slice(first.core.length - suffixLength);
  return {
    pattern: prefix + SHORT_NAME_MARKER + suffix,
    prefix,
    suffix,
    of: (name) => short.get(name) ?? name,
  };
}
