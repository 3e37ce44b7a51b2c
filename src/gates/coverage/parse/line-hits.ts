/**
 * Hit counts by line number, stored as two arrays while the lines arrive in ascending order, as
 * every report format writes them. A `Map<number, number>` costs some 40 bytes an entry, and a
 * 30 MB LCOV report has 2.3 million coverable lines: the maps were 110 MB, and the garbage
 * collector spent more time copying their growing tables than the parser spent reading (1.6 s of
 * 2.3 s). Two arrays of small integers cost 16 bytes an entry. (Typed arrays would cost 12, but
 * allocating one costs some 20 µs in Node 20, a second for the 4,000 files' growing arrays.)
 *
 * It is a `Map` to every reader: same methods, insertion order (ascending), `undefined` for an
 * absent line. A line set out of order (a report that lists line 7 after line 9) turns it into a
 * plain Map, once, so nothing is ever wrong, only less compact.
 */
export class LineHits implements Map<number, number> {
  /** Line numbers, ascending. */
  #lines: number[] = [];
  /** Hits of `#lines[i]`. */
  #hits: number[] = [];
  /** Set once a line comes out of order; from then on it holds everything. */
  #map: Map<number, number> | undefined;

  readonly [Symbol.toStringTag] = 'Map';

  get size(): number {
    return this.#map ? this.#map.size : this.#lines.length;
  }

  get(line: number): number | undefined {
    if (this.#map) return this.#map.get(line);
    const index = this.#indexOf(line);
    return index === -1 ? undefined : this.#hits[index];
  }

  has(line: number): boolean {
    return this.#map ? this.#map.has(line) : this.#indexOf(line) !== -1;
  }

  set(line: number, hits: number): this {
    if (this.#map) {
      this.#map.set(line, hits);
      return this;
    }
    const last = this.#lines.length === 0 ? -Infinity : (this.#lines.at(-1) ?? -Infinity);
    if (line > last) {
      this.#lines.push(line);
      this.#hits.push(hits);
      return this;
    }
    const index = this.#indexOf(line);
    if (index !== -1) {
      this.#hits[index] = hits;
      return this;
    }
    this.#toMap().set(line, hits);
    return this;
  }

  delete(line: number): boolean {
    if (!this.has(line)) return false;
    return this.#toMap().delete(line);
  }

  clear(): void {
    this.#map = undefined;
    this.#lines = [];
    this.#hits = [];
  }

  forEach(
    callback: (hits: number, line: number, map: Map<number, number>) => void,
    thisArg?: unknown,
  ): void {
    if (this.#map) {
      this.#map.forEach((hits, line) => callback.call(thisArg, hits, line, this));
      return;
    }
    for (let index = 0; index < this.#lines.length; index += 1) {
      callback.call(thisArg, this.#hits[index] ?? 0, this.#lines[index] ?? 0, this);
    }
  }

  keys(): MapIterator<number> {
    return this.#map ? this.#map.keys() : this.#generate((index) => this.#lines[index] ?? 0);
  }

  values(): MapIterator<number> {
    return this.#map ? this.#map.values() : this.#generate((index) => this.#hits[index] ?? 0);
  }

  entries(): MapIterator<[number, number]> {
    return this.#map
      ? this.#map.entries()
      : this.#generate((index): [number, number] => [
          this.#lines[index] ?? 0,
          this.#hits[index] ?? 0,
        ]);
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  /** The position of `line`, by bisection, or -1. */
  #indexOf(line: number): number {
    let low = 0;
    let high = this.#lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.#lines[middle] ?? 0;
      if (value < line) low = middle + 1;
      else if (value > line) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  #toMap(): Map<number, number> {
    if (!this.#map) {
      const map = new Map<number, number>();
      for (let index = 0; index < this.#lines.length; index += 1) {
        map.set(this.#lines[index] ?? 0, this.#hits[index] ?? 0);
      }
      this.#map = map;
      this.#lines = [];
      this.#hits = [];
    }
    return this.#map;
  }

  /** An iterator over the positions (it ends early if the map changes form). */
  #generate<T>(at: (index: number) => T): MapIterator<T> {
    return (function* (self: LineHits): Generator<T, undefined> {
      for (let index = 0; index < self.size && !self.#map; index += 1) yield at(index);
      return undefined;
    })(this);
  }
}
