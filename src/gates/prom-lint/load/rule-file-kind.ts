/**
 * Whether a YAML file found by a directory or a glob is a rule file at all. A `monitoring/` folder
 * holds prometheus.yml, alertmanager.yml and promtool test files beside the rules; linting them
 * as rule files fails on every key ("field global not found"). A file named explicitly is always
 * linted: naming a file that is not a rule file is the user's mistake to hear about. Pure.
 */

/** Why a file is not taken for a rule file, or undefined when it may be one. */
export function notARuleFile(text: string): string | undefined {
  // A rule file, a PrometheusRule or a ConfigMap of rule files all have a `groups` key somewhere
  // (possibly quoted, as JSON); an empty file is an empty rule file.
  if (/^[ \t-]*["']?groups["']?[ \t]*:/mu.test(text) || text.trim() === '') return undefined;
  if (/^kind:[ \t]*["']?PrometheusRule\b/mu.test(text)) return undefined;
  const keys = topLevelKeys(text);
  if (keys.length === 0) return undefined;
  const known = KNOWN_FILES.find(({ has }) => has.some((key) => keys.includes(key)));
  return known === undefined
    ? `no groups: key (top-level keys: ${keys.slice(0, 5).join(', ')})`
    : `${known.what}, not a rule file`;
}

/** Files that live beside rule files, by a top-level key only they have. */
const KNOWN_FILES: readonly { what: string; has: readonly string[] }[] = [
  { what: 'a promtool unit-test file', has: ['tests'] },
  { what: 'a Prometheus configuration', has: ['scrape_configs', 'global', 'rule_files'] },
  { what: 'an Alertmanager configuration', has: ['route', 'receivers', 'inhibit_rules'] },
];

/** The keys at column 0 of a block mapping (`key:`), in order, each once. */
function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gmu)) {
    const key = match[1];
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
