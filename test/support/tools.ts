/**
 * Conformance tests that run a real Debian tool: they skip with a visible message where the tool
 * is absent (a laptop), and fail instead where KAIZEN_REQUIRE_TOOLS is set (.ci/run installs the
 * tools and sets it, so in CI they always run).
 */
import { spawnSync } from 'node:child_process';

/** True when `command` runs. */
export function toolAvailable(command: string, args: readonly string[] = ['--version']): boolean {
  const result = spawnSync(command, [...args], { encoding: 'utf8', timeout: 20_000 });
  return result.error === undefined && result.status === 0;
}

/**
 * Whether to skip the conformance tests of a tool, printing why when they are skipped.
 * @param install how to get the tool, for the message
 */
export function skipWithout(tool: string, available: boolean, install: string): boolean {
  if (available) return false;
  if (process.env.KAIZEN_REQUIRE_TOOLS === '1') return false; // run, and fail on the missing tool
  console.warn(`SKIPPED: conformance tests against ${tool}: not installed here (${install}).`);
  return true;
}
