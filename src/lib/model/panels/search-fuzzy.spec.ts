import { describe, expect, it } from 'vitest';
import { editDistance, looselyMatches, spellingKey } from './search-fuzzy';

const loose = (query: string, word: string) =>
  looselyMatches(query, spellingKey(query), spellingKey(word));

describe('spellingKey', () => {
  it('folds transliterations of one name together', () => {
    for (const [a, b] of [
      ['zinovev', 'zinoviev'],
      ['zinovyev', 'zinoviev'],
      ['jagoda', 'yagoda'],
      ['ezhov', 'yezhov'],
      ['bucharin', 'bukharin'],
      ['trotzki', 'trotsky'],
    ]) {
      expect(spellingKey(a), `${a} and ${b}`).toBe(spellingKey(b));
    }
  });

  it('keeps different names apart', () => {
    expect(spellingKey('kamenev')).not.toBe(spellingKey('kaganovich'));
    expect(spellingKey('rykov')).not.toBe(spellingKey('radek'));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('bukarin', 'buharin', 2)).toBe(1);
    expect(editDistance('stalni', 'stalin', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('molotov', 'mikoyan', 2)).toBe(3);
  });
});

describe('looselyMatches', () => {
  it('takes a typo in a long word, none in a short one', () => {
    expect(loose('bukarin', 'bukharin')).toBe(true);
    expect(loose('stlain', 'stalin')).toBe(true);
    expect(loose('lev', 'leo')).toBe(false);
    expect(loose('rykov', 'radek')).toBe(false);
  });
});
