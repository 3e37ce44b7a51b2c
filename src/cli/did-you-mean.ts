/**
 * "Did you mean" for a mistyped name: the known name nearest to what was typed, by optimal
 * string alignment distance (Levenshtein plus the swap of two neighbours, the commonest typo:
 * `--currnet`). Names are few (a gate's options), so the O(n·m) table per name is nothing.
 */

/**
 * Edit distance of `a` and `b`: insertions, deletions, substitutions and swaps of two adjacent
 * characters, each costing 1.
 * @example editDistance('currnet', 'current') // 1
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The known name closest to `typed`, when one is close enough to be what was meant: the only
 * name that starts with it (`--experimental`), else the nearest within a third of the typed
 * length in edits (at least 1; ties go to the earlier name). Case is ignored.
 * @example closestName('benchh', ['bench', 'soak']) // 'bench'
 * @example closestName('xyz', ['bench', 'soak']) // undefined
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const extending = known.filter((name) => word.length >= 2 && name.startsWith(word));
  if (extending.length === 1) return extending[0];
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best !== undefined && best.distance <= Math.max(1, Math.floor(word.length / 3))) {
    return best.name;
  }
  return undefined;
}
