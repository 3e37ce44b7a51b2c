/** How a verdict's status becomes an exit code under the `fail-on` policy. */
import type { FailOn } from '../shared/inputs.js';
import type { Status } from './types.js';

/**
 * True when the run must fail. `error` always fails: a gate that could not decide must never
 * pass silently, whatever the policy.
 */
export function shouldFail(status: Status, failOn: FailOn): boolean {
  switch (status) {
    case 'error':
      return true;
    case 'fail':
      return failOn !== 'never';
    case 'warn':
      return failOn === 'warn';
    case 'pass':
      return false;
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

/** CLI exit codes: 0 pass or tolerated, 1 failed by policy, 2 bad usage or unreadable input. */
export function exitCodeFor(status: Status, failOn: FailOn): 0 | 1 | 2 {
  if (status === 'error') return 2;
  return shouldFail(status, failOn) ? 1 : 0;
}
