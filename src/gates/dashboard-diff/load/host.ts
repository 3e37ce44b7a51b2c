/**
 * A parsed text that dashboards are read out of (a JSON file, a YAML document, a JSON string
 * held in either), with the way back from a path in its value to a line of the user's file.
 */
import type { JsonPath } from '../types.js';

/** A place in the user's file; the column is unknown for text inside a quoted YAML string. */
export interface FilePlace {
  line: number;
  column?: number;
}

/** Maps a 1-based line and column of a text to the user's file. */
export type PlaceMapper = (line: number, column: number) => FilePlace;

/** One parsed text and its positions, found lazily. */
export interface Host {
  /** The parsed value. */
  value: unknown;
  /** The file line of the entry at `path` (its key for a property), or of the nearest enclosing one. */
  lineOf(path: JsonPath): number | undefined;
  /** The file place of an offset in the host's text (where a parser stopped, a repeated key). */
  placeAt(offset: number): FilePlace;
  /** Maps positions inside the string value at `path` to the file; undefined if not a string. */
  stringPlaces(path: JsonPath): PlaceMapper | undefined;
}

/** The identity mapping, for a text that is the whole file. */
export const wholeFile: PlaceMapper = (line, column) => ({ line, column });
