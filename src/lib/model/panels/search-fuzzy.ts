/**
 * Tolerant word matching for search: a spelling key that folds common transliterations of
 * Russian names together ("Zinovyev", "Zinovev" and "Zinoviev"; "Jagoda" and "Yagoda";
 * "Bucharin" and "Bukharin"; "Trotzki" and "Trotsky"), and a small edit distance for typos.
 * Words are normalized search text (lower case, no diacritics).
 */

/** The spelling key of a normalized word. */
export function spellingKey(word: string): string {
  return word
    .replace(/j/g, 'y')
    .replace(/tz/g, 'ts')
    .replace(/[ck]h/g, 'h')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/[iy]+(?=[aeiou])/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Edit distance with transpositions (optimal string alignment), or `max + 1` beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** The most typos tolerated in a query word of this length: none below 4 letters. */
function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Whether a query word, given with its spelling key, loosely matches a word of a record
 * (given by its key): same key, a key prefix (4 letters or more), or a few typos apart.
 */
export function looselyMatches(query: string, queryKey: string, wordKey: string): boolean {
  if (query.length < 4) return false;
  if (wordKey === queryKey || (queryKey.length >= 4 && wordKey.startsWith(queryKey))) return true;
  const typos = allowedTypos(query.length);
  return editDistance(queryKey, wordKey, typos) <= typos;
}
