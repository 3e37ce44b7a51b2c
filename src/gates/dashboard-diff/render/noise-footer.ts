/**
 * The footer that counts what was hidden as noise, so the reader can trust that a short summary
 * is short because nothing else changed. Pure.
 */
import { countOf } from '../../../report/labels.js';
import type { NoiseCounts, NoiseReason } from '../types.js';

/** Each reason as the footer counts it, in the order it lists them. */
const NOISE_WORDS: ReadonlyArray<[NoiseReason, string, string]> = [
  ['volatile field', 'volatile field', 'volatile fields'],
  ['panel id renumbered', 'panel id renumbered', 'panel ids renumbered'],
  ['default value', 'default value', 'default values'],
  ['repeat clone', 'repeat clone', 'repeat clones'],
  ['schema migration', 'field changed by schema migration', 'fields changed by schema migration'],
  ['query formatting', 'query reformatted', 'queries reformatted'],
  ['shifted panel', 'panel shifted by another', 'panels shifted by others'],
];

/** The counts of several dashboards added up. */
export function sumNoise(counts: readonly NoiseCounts[]): NoiseCounts {
  const total: NoiseCounts = {};
  for (const count of counts) {
    for (const [reason] of NOISE_WORDS) {
      const value = count[reason];
      if (value !== undefined && value > 0) total[reason] = (total[reason] ?? 0) + value;
    }
  }
  return total;
}

/**
 * `hidden as noise: 12 volatile fields, 30 panel ids renumbered`, or `nothing hidden as noise`.
 */
export function noiseText(counts: NoiseCounts): string {
  const parts = NOISE_WORDS.flatMap(([reason, singular, plural]) => {
    const value = counts[reason] ?? 0;
    return value > 0 ? [countOf(value, singular, plural)] : [];
  });
  return parts.length === 0 ? 'nothing hidden as noise' : `hidden as noise: ${parts.join(', ')}`;
}
