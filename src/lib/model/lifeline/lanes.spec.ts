import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { bundledDataset } from '$lib/testing/bundled';
import { buildLookup } from '../dataset/lookup';
import { civilDay } from '../time/dates';
import { factionLanes, personLanes } from './lanes';
import { defaultGroup, groupMembers, overviewLanes } from './group';

const data = fx.dataset({
  people: [
    fx.person('a', {
      name: 'Ann',
      born: '1880',
      died: '1936-08-25',
      fate: { kind: 'executed', date: '1936-08-25' },
      roles: [{ title: 'Chair', from: '1922~', to: '1926-05', sources: [{ source: 's' }] }],
    }),
    fx.person('b', { name: 'Bob' }),
  ],
  factions: [fx.faction('f', '1920')],
  memberships: [fx.membership('a', 'f', '1923', '1925'), fx.membership('a', 'f', '1927', '1928')],
  alliances: [fx.alliance('a-b', 'a', 'b', '1924', '[1927-01..1927-03]')],
  rivalries: [fx.rivalry('r', 'b', 'a', '1929')],
  betrayals: [fx.betrayal('bt', 'b', 'a', '1928-05')],
  events: [fx.event('trial', '1936-08', ['a'])],
});
const lookup = buildLookup(data);

describe('personLanes', () => {
  const lanes = personLanes(data, lookup, 'a');
  it('has life, factions, betrayals and events, then one lane per role and per counterpart', () => {
    expect(lanes.map((l) => l.label)).toEqual([
      'Life',
      'f',
      'Betrayals',
      'Events',
      'Chair',
      'With Bob',
    ]);
  });
  it('shows how a tie turned: the alliance and the rivalry with Bob share a lane', () => {
    expect(lanes[5].bars.map((b) => b.kind)).toEqual(['alliance', 'rivalry']);
    expect(lanes[5].bars[1].name).toBe('Rivalry with Bob, since 1929');
  });
  it('puts both memberships of one faction in one lane, each selecting its record', () => {
    const f = lanes.find((l) => l.key === 'faction:f')!;
    expect(f.bars.map((b) => b.id)).toEqual(['a--f--1923', 'a--f--1927']);
    expect(f.bars[0].name).toBe('Member of f, 1923 – 1925');
  });
  it('ends the life at death, with the fate as a mark', () => {
    const life = lanes[0];
    expect(life.bars[0].end?.latest).toBe(civilDay(1936, 8, 25));
    expect(life.marks[0]).toMatchObject({ kind: 'death', name: 'Ann executed, 25 Aug 1936' });
  });
  it('marks uncertain ends: an approximate start, a one-of-a-range end', () => {
    const role = lanes[4].bars[0];
    expect(role.start).toMatchObject({ uncertain: true, earliest: civilDay(1921, 1, 1) });
    expect(role.start.latest).toBe(civilDay(1923, 12, 31));
    expect(role.end?.uncertain).toBe(false);
    const ally = lanes[5].bars[0];
    expect(ally.end).toEqual({
      earliest: civilDay(1927, 1, 1),
      latest: civilDay(1927, 3, 31),
      uncertain: true,
    });
  });
  it('an open interval has no end; betrayals say who did it', () => {
    expect(lanes[5].bars[1].end).toBeUndefined();
    expect(lanes[2].marks[0].name).toBe('Betrayed by Bob, May 1928');
    expect(personLanes(data, lookup, 'b').find((l) => l.key === 'betrayals')?.marks[0].name).toBe(
      'Betrayed Ann, May 1928',
    );
  });
  it('is empty for anything but a person', () => {
    expect(personLanes(data, lookup, 'f')).toEqual([]);
    expect(personLanes(data, lookup, 'nobody')).toEqual([]);
  });
});

describe('factionLanes', () => {
  it('has the faction span, then a lane per member', () => {
    const lanes = factionLanes(data, lookup, 'f');
    expect(lanes.map((l) => l.label)).toEqual(['Span', 'Ann']);
    expect(lanes[1].bars).toHaveLength(2);
    expect(factionLanes(data, lookup, 'a')).toEqual([]);
  });
});

describe('groups', () => {
  it('finds the members of a faction in a year, and the largest faction', () => {
    expect(groupMembers(data, 'f', 1924)).toEqual(['a']);
    expect(groupMembers(data, 'f', 1926)).toEqual([]);
    expect(defaultGroup(data, 1924)).toBe('f');
    expect(defaultGroup(data, 1926)).toBeUndefined();
  });
  it('keeps life, factions and betrayals in the overview', () => {
    expect(overviewLanes(data, lookup, 'a').map((l) => l.label)).toEqual([
      'Life',
      'f',
      'Betrayals',
    ]);
  });
  it('on the bundled dataset, the 1924 group is the Politburo, Stalin and Trotsky among them', () => {
    const bundled = bundledDataset();
    expect(defaultGroup(bundled, 1924)).toBe('politburo');
    expect(groupMembers(bundled, 'politburo', 1924)).toEqual(
      expect.arrayContaining(['stalin', 'trotsky', 'bukharin', 'zinoviev', 'kamenev']),
    );
  });
});
