import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { datasetStats, formatStats } from './stats';

const book = [{ source: 'book' }];
const web = [{ source: 'page' }];
const person = (id: string, sources = book) => fx.person(id, { summary: 'x', sources });
const data = fx.dataset({
  sources: [
    { id: 'book', kind: 'scholarly', author: 'A', title: 'B', year: 1990 },
    { id: 'page', kind: 'web', author: 'Wikipedia contributors', title: 'P', year: 2025 },
    { id: 'untyped', author: 'Someone', title: 'Q', year: 2025 },
  ],
  people: [
    {
      ...person('a', [{ source: 'book' }, { source: 'page' }]),
      fate: { kind: 'executed', date: '1937', disputed: true, note: 'n' },
      roles: [{ title: 'Secretary', from: '1930', sources: web }],
    },
    { ...person('b', [{ source: 'untyped' }]), disputed: true, note: 'n' },
  ],
  factions: [{ id: 'f', name: 'F', kind: 'bloc', from: '1930', summary: 'x', sources: web }],
  memberships: [{ person: 'a', faction: 'f', role: 'candidate', from: '1930', sources: book }],
  rivalries: [
    { id: 'r', a: 'a', b: 'b', from: '1930', summary: 'x', disputed: true, sources: book },
  ],
  events: [
    { id: 'e', date: '1931', kind: 'other', title: 'E', summary: 'x', people: [], sources: book },
  ],
});

describe('datasetStats', () => {
  it('counts records, disputed flags (fates too) and citations (roles too)', () => {
    expect(datasetStats(data)).toEqual({
      people: 2,
      factions: 1,
      memberships: 1,
      alliances: 0,
      rivalries: 1,
      betrayals: 0,
      events: 1,
      disputed: 3,
      // a: book, page; a's role: page; b: untyped; f: page; membership, rivalry, event: book
      citations: 8,
      printedCitations: 4,
      // b (a source without a kind counts as a web page) and f
      webOnlyRecords: 2,
    });
  });

  it('prints them on one line, the share of printed citations rounded', () => {
    expect(formatStats(datasetStats(data))).toBe(
      '2 people, 1 factions, 1 memberships, 0 alliances, 1 rivalries, 0 betrayals, 1 events, ' +
        '3 disputed flags, 50% of 8 citations to books or articles, 2 records citing only web pages',
    );
  });
});
