/** A {@link Host} over JSON text: a `.json` file, or dashboard JSON held in a string. */
import type { Host, PlaceMapper } from './host.js';
import { indexJsonOffsets, type JsonOffsets } from './json-offsets.js';
import { textLines } from './text-lines.js';

/**
 * A host over valid JSON `text` whose parsed value is `value`. Positions go through `toFile`
 * (the identity for a whole file).
 *
 * The offsets are indexed on the first `lineOf` call only: loading costs about one
 * `JSON.parse`, and lines are wanted only for what the report points at.
 */
export function jsonHost(text: string, value: unknown, toFile: PlaceMapper): Host {
  let offsets: JsonOffsets | undefined;
  const lines = textLines(text);
  const placeAt = (offset: number) => {
    const { line, column } = lines.at(offset);
    return toFile(line, column);
  };
  return {
    value,
    placeAt,
    lineOf(path) {
      offsets ??= indexJsonOffsets(text);
      return placeAt(offsets.find(path).entry).line;
    },
    stringPlaces(path) {
      offsets ??= indexJsonOffsets(text);
      const found = offsets.find(path);
      if (found.depth < path.length || text.charCodeAt(found.value) !== 34) return undefined;
      // A JSON string is one line of the file: every line of its content maps to where it starts.
      const start = placeAt(found.value);
      return () => ({ line: start.line });
    },
  };
}
