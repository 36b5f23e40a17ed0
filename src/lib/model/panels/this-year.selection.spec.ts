import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { byPeriod, personDetails } from './details';
import { buildLookup } from '../dataset/lookup';
import { selectionChanges } from './this-year';
import { buildTimeline, monthWindow, yearWindow } from '../timeline/timeline';

const data = fx.dataset({
  people: [
    fx.person('bukharin', {
      died: '1938-03-15',
      fate: { kind: 'executed', date: '1938-03-15' },
      roles: [
        { title: 'Editor of Pravda', from: '1918-11', to: '1929-04', sources: [] },
        { title: 'Member of the Politburo', from: '1924-06', to: '1929-11-17', sources: [] },
      ],
    }),
    fx.person('stalin'),
    fx.person('rykov'),
  ],
  factions: [fx.faction('right', '1928-06', '1929-11'), fx.faction('left', '1923', '1927')],
  memberships: [
    fx.membership('bukharin', 'right', '1928-06', '1929-11'),
    fx.membership('rykov', 'right', '1928-06'),
  ],
  alliances: [fx.alliance('duum', 'stalin', 'bukharin', '1925', '1928-07')],
  rivalries: [fx.rivalry('riv', 'stalin', 'bukharin', '1928-07')],
  betrayals: [fx.betrayal('kamenev-talk', 'bukharin', 'stalin', '1928-07-11')],
  events: [fx.event('plenum', '1928-07-04', ['bukharin', 'stalin']), fx.event('other', '1928-02')],
});
const lookup = buildLookup(data);
const timeline = buildTimeline(data);
const changes = (id: string, window = yearWindow(1928)) =>
  selectionChanges(lookup, timeline, timeline.stateAt(window), id).map(
    (c) => `${c.dateText}: ${c.text}`,
  );

describe('selectionChanges', () => {
  it("lists a person's changes of the year in date order, from the timeline's diffs", () => {
    expect(changes('bukharin')).toEqual([
      'Jun 1928: joined right',
      'Jul 1928: broke with stalin',
      'Jul 1928: rivalry with stalin',
      '4 Jul 1928: plenum',
      '11 Jul 1928: betrayed stalin',
    ]);
  });

  it('says what ends, roles included, and the death', () => {
    expect(changes('bukharin', yearWindow(1929))).toEqual([
      'Apr 1929: no longer Editor of Pravda',
      'Nov 1929: left right',
      '17 Nov 1929: no longer Member of the Politburo',
    ]);
    expect(changes('bukharin', yearWindow(1938))).toEqual(['15 Mar 1938: executed 1938']);
    expect(changes('stalin', yearWindow(1928))).toContain('11 Jul 1928: betrayed by bukharin');
  });

  it('reads the window: a month shows only its own changes', () => {
    expect(changes('bukharin', monthWindow(1928, 7))).toEqual([
      'Jul 1928: broke with stalin',
      'Jul 1928: rivalry with stalin',
      '4 Jul 1928: plenum',
      '11 Jul 1928: betrayed stalin',
    ]);
    expect(changes('bukharin', monthWindow(1928, 3))).toEqual([]);
  });

  it("lists a faction's formation, members and end", () => {
    expect(changes('right')).toEqual([
      'Jun 1928: formed',
      'Jun 1928: bukharin joined',
      'Jun 1928: rykov joined',
    ]);
    expect(changes('right', yearWindow(1929))).toEqual([
      'Nov 1929: bukharin left',
      'Nov 1929: dissolved',
    ]);
  });

  it('is empty for anything but a person or faction', () => {
    expect(changes('duum')).toEqual([]);
    expect(changes('nobody')).toEqual([]);
  });
});

describe('details grouped by period', () => {
  const lines = (year: number) => {
    const d = personDetails(data, lookup, timeline.stateAt(yearWindow(year)), 'bukharin');
    const groups = byPeriod(d?.relationships ?? []);
    return {
      before: groups.before.map((l) => l.id),
      now: groups.now.map((l) => l.id),
      later: groups.later.map((l) => l.id),
      roles: d?.roles.map((r) => r.period),
      memberships: d?.memberships.map((m) => m.period),
    };
  };

  it('puts what the window holds under now, what ended before it under before', () => {
    expect(lines(1928)).toEqual({
      before: [],
      now: ['duum', 'riv', 'kamenev-talk'],
      later: [],
      roles: ['now', 'now'],
      memberships: ['now'],
    });
    expect(lines(1930)).toMatchObject({
      before: ['duum', 'kamenev-talk'],
      now: ['riv'],
      roles: ['before', 'before'],
      memberships: ['before'],
    });
    expect(lines(1926)).toMatchObject({
      now: ['duum'],
      later: ['riv', 'kamenev-talk'],
      memberships: ['later'],
    });
  });
});
