import { describe, expect, it } from 'vitest';
import { buildLookup } from './lookup';
import type { DatasetRecords } from './schema';
import { yearSections } from './this-year';
import type { PersonStatus } from './timeline';

const cite = [{ source: 's' }];
const data: DatasetRecords = {
  dataset: {
    id: 't',
    title: 'T',
    description: 'D',
    range: { from: '1930', to: '1936' },
    defaultTime: '1934',
    license: 'CC0',
    authors: ['A'],
  },
  sources: [{ id: 's', author: 'Author', title: 'Book', year: 2000 }],
  people: [
    {
      id: 'kirov',
      name: 'Kirov',
      aliases: [],
      born: '1886',
      died: '1934-12-01',
      fate: { kind: 'assassinated', date: '1934-12-01' },
      roles: [],
      summary: 'x',
      sources: cite,
    },
    {
      id: 'stalin',
      name: 'Stalin',
      aliases: [],
      born: '1878',
      roles: [],
      summary: 'x',
      sources: cite,
    },
    { id: 'old', name: 'Old', aliases: [], died: '1931', roles: [], summary: 'x', sources: cite },
  ],
  factions: [
    { id: 'new', name: 'New Bloc', kind: 'bloc', from: '1934-03', summary: 'x', sources: cite },
    {
      id: 'gone',
      name: 'Gone',
      kind: 'bloc',
      from: '1930',
      to: '1934-02',
      summary: 'x',
      sources: cite,
    },
  ],
  memberships: [],
  alliances: [
    {
      id: 'late',
      a: 'kirov',
      b: 'stalin',
      from: '1934-06',
      to: '1934-11',
      summary: 'x',
      sources: cite,
    },
    { id: 'early', a: 'stalin', b: 'kirov', from: '1934-01', summary: 'x', sources: cite },
    { id: 'other', a: 'stalin', b: 'kirov', from: '1930', to: '1933', summary: 'x', sources: cite },
  ],
  rivalries: [
    { id: 'riv', a: 'stalin', b: 'kirov', from: '1933', to: '1934', summary: 'x', sources: cite },
  ],
  betrayals: [
    {
      id: 'b34',
      by: 'stalin',
      against: 'kirov',
      date: '1934-11',
      summary: 'Turned.',
      sources: cite,
    },
    { id: 'b31', by: 'stalin', against: 'kirov', date: '1931', summary: 'Earlier.', sources: cite },
  ],
  events: [
    {
      id: 'murder',
      date: '1934-12-01',
      kind: 'death',
      title: 'Kirov murdered',
      summary: 'x',
      people: ['kirov'],
      sources: cite,
    },
    {
      id: 'congress',
      date: '1934-01',
      kind: 'congress',
      title: 'XVII Congress',
      summary: 'x',
      people: [],
      sources: cite,
    },
  ],
};

const kirovDead: PersonStatus = {
  alive: false,
  fate: 'assassinated',
  date: '1934-12-01',
  year: 1934,
};
const oldDead: PersonStatus = { alive: false, date: '1931', year: 1931 };
/** The parts of the timeline state the panel reads, by hand, for three years. */
const states = {
  1931: { events: [], betrayals: new Set(['b31']), people: new Map([['old', oldDead]]) },
  1932: { events: [], betrayals: new Set<string>(), people: new Map([['old', oldDead]]) },
  1934: {
    events: ['congress', 'murder'],
    betrayals: new Set(['b34']),
    people: new Map<string, PersonStatus>([
      ['kirov', kirovDead],
      ['stalin', { alive: true }],
      ['old', oldDead],
    ]),
  },
};

function sections(year: keyof typeof states) {
  return yearSections(data, buildLookup(data), states[year], year);
}

describe('yearSections', () => {
  it('lists the events and changes of the year, in date order', () => {
    const out = sections(1934).map((s) => [s.title, s.items.map((i) => `${i.dateText} ${i.text}`)]);
    expect(out).toEqual([
      ['Events', ['Jan 1934 XVII Congress', '1 Dec 1934 Kirov murdered']],
      ['Alliances formed', ['Jan 1934 Stalin – Kirov', 'Jun 1934 Kirov – Stalin']],
      ['Alliances ended', ['Nov 1934 Kirov – Stalin']],
      ['Betrayals', ['Nov 1934 Stalin → Kirov']],
      ['Rivalries ended', ['1934 Stalin – Kirov']],
      ['Deaths', ['1 Dec 1934 Kirov']],
      ['Factions formed', ['Mar 1934 New Bloc']],
      ['Factions dissolved', ['Feb 1934 Gone']],
    ]);
  });

  it('gives each item the id to select and a detail where useful', () => {
    const byTitle = new Map(sections(1934).map((s) => [s.title, s.items]));
    expect(byTitle.get('Deaths')?.[0]).toMatchObject({ id: 'kirov', detail: 'assassinated 1934' });
    expect(byTitle.get('Betrayals')?.[0]).toMatchObject({ id: 'b34', detail: 'Turned.' });
    expect(byTitle.get('Events')?.[1]).toMatchObject({ id: 'murder', date: '1934-12-01' });
  });

  it('leaves out empty sections and past betrayals and deaths', () => {
    expect(sections(1932)).toEqual([]);
    expect(sections(1931).map((s) => s.title)).toEqual(['Betrayals', 'Deaths']);
  });
});
