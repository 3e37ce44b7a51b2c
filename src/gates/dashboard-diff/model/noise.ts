import type { NoiseCounts, NoiseReason } from '../types.js';

/** Counts what normalisation set aside, by reason, for the report's footer. */
export class NoiseTally {
  private readonly counts = new Map<NoiseReason, number>();

  /** Adds `n` (default 1) to a reason; zero adds nothing. */
  add(reason: NoiseReason, n = 1): void {
    if (n <= 0) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  /** The counts so far, reasons sorted so that two tallies compare as JSON. */
  result(): NoiseCounts {
    const out: NoiseCounts = {};
    for (const [reason, n] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out[reason] = n;
    }
    return out;
  }
}
