/**
 * Patterns of the configured checks (`required-labels`, `reject`), read as Prometheus reads a
 * regex matcher: RE2 syntax, fully anchored.
 */
import { jsPatternOf } from '../promql/selector-overlap.js';

const compiled = new Map<string, RegExp | undefined>();

/**
 * The pattern as a RegExp anchored at both ends, or undefined when JavaScript cannot read it as
 * RE2 does (the configuration file refuses such patterns).
 * @example anchoredPattern('https?://.+')?.test('https://grafana/d/1') // true
 */
export function anchoredPattern(pattern: string): RegExp | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern);
  const source = jsPatternOf(pattern);
  let regex: RegExp | undefined;
  try {
    regex = source === undefined ? undefined : new RegExp(`^(?:${source})$`, 's');
  } catch {
    regex = undefined;
  }
  compiled.set(pattern, regex);
  return regex;
}
