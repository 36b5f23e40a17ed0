import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import type { Person } from '../dataset/schema';
import { buildSearchIndex, normalizeSearchText, search } from './search';

const cite = [{ source: 's' }];
const person = (id: string, name: string, extra: Partial<Person> = {}) =>
  fx.person(id, { name, summary: 'x', sources: cite, ...extra });
const data = fx.dataset({
  sources: [{ id: 's', author: 'A', title: 'B', year: 2000 }],
  people: [
    person('stalin', 'Joseph Stalin', {
      fullName: 'Iosif Vissarionovich Dzhugashvili',
      nativeName: 'Иосиф Виссарионович Сталин',
      aliases: ['Koba'],
    }),
    person('kamenev', 'Lev Kamenev', { nativeName: 'Лев Каменев', aliases: ['Rosenfeld'] }),
    person('pyatakov', 'Georgy Pyatakov', { nativeName: 'Георгий Пятаков' }),
    person('yezhov', 'Nikolai Yezhov', { nativeName: 'Николай Ежов' }),
    person('ordzhonikidze', 'Sergo Ordzhonikidze', { aliases: ['Sergó'] }),
  ],
  factions: [
    {
      id: 'left',
      name: 'Left Opposition',
      kind: 'opposition',
      from: '1923',
      summary: 'x',
      sources: cite,
    },
    {
      id: 'stalinists',
      name: 'Stalinist leadership',
      kind: 'leadership',
      from: '1924',
      summary: 'x',
      sources: cite,
    },
  ],
});
const index = buildSearchIndex(data);
const ids = (query: string) => search(index, query).map((r) => r.id);

describe('normalizeSearchText', () => {
  it('drops case, diacritics and punctuation; ё becomes е', () => {
    expect(normalizeSearchText('  Sergó  Ordzhonikidze! ')).toBe('sergo ordzhonikidze');
    expect(normalizeSearchText('Ёжов')).toBe('ежов');
  });
});

describe('search', () => {
  it('finds Stalin by name, full name, native name and alias', () => {
    for (const query of ['Koba', 'Dzhugashvili', 'Сталин', 'stalin', 'STAL', 'iosif']) {
      expect(ids(query)[0]).toBe('stalin');
    }
  });

  it('says what matched when it is not the name', () => {
    expect(search(index, 'koba')[0]).toEqual({
      id: 'stalin',
      kind: 'person',
      name: 'Joseph Stalin',
      matched: 'alias: Koba',
      active: true,
    });
    expect(search(index, 'сталин')[0].matched).toBe('native name: Иосиф Виссарионович Сталин');
    expect(search(index, 'Joseph')[0].matched).toBeUndefined();
  });

  it('ignores diacritics and ё', () => {
    expect(ids('sergo')).toEqual(['ordzhonikidze']);
    expect(ids('Ёжов')).toEqual(['yezhov']);
  });

  it('ranks word prefixes above substrings', () => {
    // "stalin" is a word prefix in Stalin and in "Stalinist", a substring nowhere else
    expect(ids('stalin')).toEqual(['stalin', 'stalinists']);
    // "ev" prefixes no word; it is inside Kamenev and Lev
    expect(ids('lev')).toEqual(['kamenev']);
    expect(ids('opp')).toEqual(['left']);
    // "ko" prefixes the alias Koba; it is only inside Pyatakov and Nikolai
    expect(ids('ko')).toEqual(['stalin', 'pyatakov', 'yezhov']);
  });

  it('matches every word of a multi-word query as a prefix', () => {
    expect(ids('jos sta')).toEqual(['stalin']);
    expect(ids('lev kam')).toEqual(['kamenev']);
  });

  it('returns nothing for an empty query, at most the limit otherwise', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'e', { limit: 2 })).toHaveLength(2);
    expect(search(index, 'e').length).toBeLessThanOrEqual(10);
  });
});
