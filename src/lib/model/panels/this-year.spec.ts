import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { buildLookup } from '../dataset/lookup';
import { windowSections } from './this-year';
import { buildTimeline, monthWindow, yearWindow } from '../timeline/timeline';

const cite = [{ source: 's' }];
const data = fx.dataset({
  dataset: { range: { from: '1930', to: '1936' }, defaultTime: '1934' },
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
});

const timeline = buildTimeline(data);

function sections(year: number, month?: number) {
  const window = month === undefined ? yearWindow(year) : monthWindow(year, month);
  return windowSections(buildLookup(data), timeline, timeline.stateAt(window));
}

describe('windowSections', () => {
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

  it('in a month, lists the month’s events, betrayals, deaths and changes only', () => {
    const titles = (month: number) =>
      sections(1934, month).map((s) => [s.title, s.items.map((i) => i.id)]);
    expect(titles(1)).toEqual([
      ['Events', ['congress']],
      ['Alliances formed', ['early']],
    ]);
    expect(titles(11)).toEqual([
      ['Alliances ended', ['late']],
      ['Betrayals', ['b34']],
    ]);
    expect(titles(12)).toEqual([
      ['Events', ['murder']],
      ['Rivalries ended', ['riv']],
      ['Deaths', ['kirov']],
    ]);
    expect(titles(3)).toEqual([['Factions formed', ['new']]]);
  });
});
