/**
 * Search on the bundled dataset, as a student types it: surnames first, people before the
 * fabricated blocs named after them, tolerant spelling, events and relationships.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { buildSearchIndex, search } from './search';

const bundled = bundledDataset();

describe('search on the bundled dataset', () => {
  const index = buildSearchIndex(bundled);
  const first = (query: string, year = 1924) => search(index, query, { year })[0];
  const ids = (query: string, year = 1924) => search(index, query, { year }).map((r) => r.id);

  it('puts the person whose surname is typed first', () => {
    expect(first('Zinoviev').id).toBe('zinoviev');
    expect(first('Trotsky').id).toBe('trotsky');
    expect(first('lenin').id).toBe('lenin');
    expect(first('"Zinoviev"').id).toBe('zinoviev');
  });

  it('ranks whole words, then word prefixes, then substrings', () => {
    const zin = ids('zin');
    // "zin" starts the surname Zinoviev and "Zinovievite": the person comes before the bloc
    expect(zin.indexOf('zinoviev')).toBeLessThan(zin.indexOf('trotskyist-zinovievite-centre'));
    // Leningrad party (a prefix) comes after Lenin (the whole surname)
    const lenin = ids('lenin');
    expect(lenin.indexOf('lenin')).toBeLessThan(lenin.indexOf('leningrad-party'));
  });

  it('puts what is active in the shown year first, ignoring quotes', () => {
    // "Right" is a whole word of the Right Opposition, only a prefix in the 1938 bloc's name
    expect(first('Right', 1938).id).toBe('right-opposition');
    // Four oppositions match equally: the one active in the year comes first
    expect(first('Opposition', 1929).id).toBe('right-opposition');
    expect(first('Opposition', 1924).id).toBe('left-opposition');
    expect(first('Opposition', 1926).id).not.toBe('right-opposition');
  });

  it('says when an inactive record is active', () => {
    const bloc = search(index, 'Trotskyite Zinovievite', { year: 1924 })[0];
    expect(bloc).toMatchObject({ id: 'trotskyist-zinovievite-centre', active: false, year: 1936 });
    expect(first('Zinoviev')).toMatchObject({ active: true });
    expect(first('Zinoviev').year).toBeUndefined();
  });

  it('tolerates transliterations and typos', () => {
    expect(first('Zinovev').id).toBe('zinoviev');
    expect(first('Zinovyev').id).toBe('zinoviev');
    expect(first('Bucharin').id).toBe('bukharin');
    expect(first('Bukarin').id).toBe('bukharin');
    expect(first('Ezhov').id).toBe('yezhov');
    expect(first('Jagoda').id).toBe('yagoda');
    expect(first('Trotzki').id).toBe('trotsky');
  });

  it('finds events and relationships', () => {
    const trials = search(index, 'trial', { year: 1936 });
    expect(trials.map((r) => r.id)).toContain('trial-of-the-sixteen');
    expect(trials.every((r) => r.kind === 'event')).toBe(true);
    const kirov = ids('Kirov', 1934);
    expect(kirov[0]).toBe('kirov');
    expect(search(index, 'Kirov', { year: 1934 }).some((r) => r.kind === 'event')).toBe(true);
    // Both names: the faction named after the pair, then their relationships
    const pair = search(index, 'Stalin Bukharin', { year: 1926 });
    expect(pair[0].id).toBe('stalin-bukharin-majority');
    expect(pair.slice(0, 3)).toContainEqual(
      expect.objectContaining({ id: 'stalin-bukharin', kind: 'alliance', active: true }),
    );
    expect(pair.map((r) => r.id)).toContain('stalin-turns-on-bukharin');
    // One name alone lists the person, not every relationship they had
    expect(search(index, 'Bukharin', { limit: 50 }).some((r) => r.kind === 'alliance')).toBe(false);
  });
});
