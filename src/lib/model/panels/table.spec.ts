import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { defaultFilters, type GraphFilters } from '../view/filters';
import { buildLookup } from '../dataset/lookup';
import { nextSort, sortRows, tableRows } from './table';
import { yearWindow, type TimelineState } from '../timeline/timeline';

const cite = [{ source: 'c' }];
const data = fx.dataset({
  dataset: { range: { from: '1924', to: '1930' }, defaultTime: '1926' },
  sources: [
    { id: 'c', author: 'Robert Conquest', title: 'The Great Terror', year: 1990 },
    { id: 'k', author: 'Stephen Kotkin', title: 'Stalin', year: 2014 },
  ],
  people: [
    { id: 'stalin', name: 'Stalin', aliases: [], roles: [], summary: 'x', sources: cite },
    { id: 'bukharin', name: 'Bukharin', aliases: [], roles: [], summary: 'x', sources: cite },
    {
      id: 'zinoviev',
      name: 'Zinoviev',
      aliases: [],
      died: '1926',
      roles: [],
      summary: 'x',
      sources: cite,
    },
  ],
  factions: [
    { id: 'right', name: 'Right', kind: 'opposition', from: '1924', summary: 'x', sources: cite },
  ],
  memberships: [
    {
      person: 'bukharin',
      faction: 'right',
      role: 'leader',
      from: '1924',
      to: '1929',
      sources: cite,
    },
  ],
  alliances: [
    {
      id: 'duumvirate',
      a: 'stalin',
      b: 'bukharin',
      from: '1925-12',
      to: '1928-07',
      summary: 'x',
      sources: [{ source: 'c', page: '5' }, { source: 'k' }],
    },
  ],
  rivalries: [{ id: 'riv', a: 'zinoviev', b: 'stalin', from: '1925', summary: 'x', sources: cite }],
  betrayals: [
    { id: 'b25', by: 'stalin', against: 'zinoviev', date: '1925-12', summary: 'x', sources: cite },
    { id: 'b26', by: 'zinoviev', against: 'stalin', date: '1926-02', summary: 'x', sources: cite },
  ],
});

/** The state of 1926, by hand: Zinoviev died that year, betrayal b25 is past. */
const state1926: Omit<TimelineState, 'factions' | 'events' | 'uncertain'> = {
  window: yearWindow(1926),
  people: new Map([
    ['stalin', { alive: true }],
    ['bukharin', { alive: true }],
    ['zinoviev', { alive: false, date: '1926', year: 1926 }],
  ]),
  memberships: new Set(['bukharin--right--1924']),
  alliances: new Set(['duumvirate']),
  rivalries: new Set(['riv']),
  betrayals: new Set(['b26']),
  pastBetrayals: new Set(['b25']),
};

function rows(filters: Partial<GraphFilters> = {}, state = state1926) {
  return tableRows(state, buildLookup(data), { ...defaultFilters, ...filters });
}

describe('tableRows', () => {
  it('has one row per active relationship, sorted by Type then From', () => {
    expect(rows().map((r) => [r.type, r.from.name, r.to.name, r.sinceText, r.untilText])).toEqual([
      ['Alliance', 'Stalin', 'Bukharin', 'Dec 1925', 'Jul 1928'],
      ['Betrayal', 'Zinoviev', 'Stalin', 'Feb 1926', ''],
      ['Betrayal (past)', 'Stalin', 'Zinoviev', 'Dec 1925', ''],
      ['Membership (leader)', 'Bukharin', 'Right', '1924', '1929'],
      ['Rivalry', 'Zinoviev', 'Stalin', '1925', ''],
    ]);
  });

  it('cites the first source and lists all in the title', () => {
    const alliance = rows().find((r) => r.id === 'duumvirate');
    expect(alliance?.source).toBe('Robert Conquest 1990');
    expect(alliance?.sourceTitle).toBe(
      'Robert Conquest, The Great Terror (1990), p. 5\nStephen Kotkin, Stalin (2014)',
    );
  });

  it('honours the filters', () => {
    const ids = (f: Partial<GraphFilters>) => rows(f).map((r) => r.id);
    expect(ids({ pastBetrayals: false })).not.toContain('b25');
    expect(ids({ betrayals: false })).toEqual(['duumvirate', 'bukharin--right--1924', 'riv']);
    expect(ids({ memberships: false, alliances: false, rivalries: false })).toEqual(['b26', 'b25']);
    // Dying in 1926, Zinoviev is drawn alive that year, as on the graph; hidden from 1927
    expect(ids({ dead: false })).toEqual(ids({}));
    const later = { ...state1926, window: yearWindow(1927) };
    expect(rows({ dead: false }, later).map((r) => r.id)).toEqual([
      'duumvirate',
      'bukharin--right--1924',
    ]);
  });
});

describe('sortRows', () => {
  it('sorts by any column, both ways, open ends last', () => {
    const all = rows();
    const by = (column: 'since' | 'until' | 'from', direction: 'ascending' | 'descending') =>
      sortRows(all, { column, direction }).map((r) => r.id);
    expect(by('since', 'ascending')).toEqual([
      'bukharin--right--1924',
      'riv',
      'duumvirate',
      'b25',
      'b26',
    ]);
    expect(by('until', 'ascending').slice(0, 2)).toEqual(['duumvirate', 'bukharin--right--1924']);
    expect(by('from', 'descending')[0]).toBe('b26');
  });

  it('flips the direction on the same column, ascends on another', () => {
    const s = nextSort({ column: 'type', direction: 'ascending' }, 'type');
    expect(s).toEqual({ column: 'type', direction: 'descending' });
    expect(nextSort(s, 'from')).toEqual({ column: 'from', direction: 'ascending' });
  });
});
