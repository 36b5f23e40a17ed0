import { describe, expect, it } from 'vitest';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { defaultFilters, type GraphFilters } from '../view/filters';
import { dataset, faction, membership, person } from '$lib/testing/timeline-fixtures';
import { bundledDataset } from '$lib/testing/bundled';
import { factionFlow } from './flow';
import { DEAD, NO_FACTION, OFFICE } from './groups';

const f = (id: string, from: string, to?: string, kind = 'opposition' as const) => ({
  ...faction(id, from, to),
  kind,
});

/** Three people over 1924..1927: a moves from x to y, b stays in x then dies, c has no faction. */
const small = dataset({
  dataset: { ...dataset({}).dataset, range: { from: '1924', to: '1927' } },
  people: [
    person('a'),
    person('b', { died: '1925-06', fate: { kind: 'executed', date: '1925-06' } }),
    person('c'),
  ],
  factions: [f('x', '1920'), f('y', '1925'), { ...f('office', '1900'), kind: 'institution' }],
  memberships: [
    membership('a', 'x', '1920', '1925-02'),
    membership('a', 'y', '1925-03'),
    membership('b', 'x', '1920'),
    membership('c', 'office', '1920'),
  ],
});

function flowOf(filters: Partial<GraphFilters> = {}) {
  return factionFlow(small, buildTimeline(small), [1924, 1925, 1926, 1927], {
    ...defaultFilters,
    ...filters,
  });
}

const table = (flow: ReturnType<typeof flowOf>) =>
  flow.columns.map((col) => Object.fromEntries(col.map((b) => [b.group, b.people.join(',')])));

describe('factionFlow', () => {
  it('counts each person once a year, in their primary group (oracle)', () => {
    expect(table(flowOf())).toEqual([
      { x: 'a,b', [OFFICE]: 'c' },
      // a is in x for Jan–Feb and in y for the rest of 1925: y holds longer; b dies in 1925
      { y: 'a', x: 'b', [OFFICE]: 'c' },
      { y: 'a', [OFFICE]: 'c', [DEAD]: 'b' },
      { y: 'a', [OFFICE]: 'c', [DEAD]: 'b' },
    ]);
  });

  it('orders groups: factions, offices, no faction, the dead', () => {
    expect(flowOf().groups.map((g) => g.id)).toEqual(['x', 'y', OFFICE, DEAD]);
    expect(flowOf({ institutions: false }).groups.map((g) => g.id)).toEqual([
      'x',
      'y',
      NO_FACTION,
      DEAD,
    ]);
  });

  it('links people from their group one year to their group the next', () => {
    const links = flowOf().links.map((l) => `${l.year}:${l.from}>${l.to}=${l.people.join(',')}`);
    expect(links).toEqual([
      '1924:x>x=b',
      '1924:x>y=a',
      `1924:${OFFICE}>${OFFICE}=c`,
      `1925:x>${DEAD}=b`,
      '1925:y>y=a',
      `1925:${OFFICE}>${OFFICE}=c`,
      '1926:y>y=a',
      `1926:${OFFICE}>${OFFICE}=c`,
      `1926:${DEAD}>${DEAD}=b`,
    ]);
  });

  it('applies the filters the graph shares: the dead, offices, memberships', () => {
    expect(table(flowOf({ dead: false }))[3]).toEqual({ y: 'a', [OFFICE]: 'c' });
    expect(table(flowOf({ institutions: false }))[0]).toEqual({ x: 'a,b', [NO_FACTION]: 'c' });
    expect(table(flowOf({ memberships: false }))[0]).toEqual({ [NO_FACTION]: 'a,b,c' });
    // An office hidden still makes c active, as on the graph; with no relationship at all, c is not
    expect(table(flowOf({ institutions: false, inactive: false }))[0]).toEqual({
      x: 'a,b',
      [NO_FACTION]: 'c',
    });
    const lone = dataset({ people: [person('a'), person('c')], factions: [f('x', '1920')] });
    const only = { ...lone, memberships: [membership('a', 'x', '1920')] };
    const hidden = factionFlow(only, buildTimeline(only), [1924], {
      ...defaultFilters,
      inactive: false,
    });
    expect(hidden.columns[0].map((b) => b.people.join(','))).toEqual(['a']);
  });

  it('prefers a leader’s place to a member’s', () => {
    const data = dataset({
      people: [person('a')],
      factions: [f('x', '1920'), f('y', '1920')],
      memberships: [
        membership('a', 'x', '1920'),
        { ...membership('a', 'y', '1920'), role: 'leader' },
      ],
    });
    const flow = factionFlow(data, buildTimeline(data), [1924], defaultFilters);
    expect(flow.columns[0].map((b) => b.group)).toEqual(['y']);
  });

  it('conserves people on the bundled dataset: blocks add up, links match both ends', () => {
    const data = bundledDataset();
    const years = Array.from({ length: 15 }, (_, i) => 1924 + i);
    for (const filters of [defaultFilters, { ...defaultFilters, dead: false, inactive: false }]) {
      const flow = factionFlow(data, buildTimeline(data), years, filters);
      const timeline = buildTimeline(data);
      flow.columns.forEach((col, i) => {
        const people = col.flatMap((b) => b.people);
        expect(new Set(people).size).toBe(people.length);
        if (filters.dead && filters.inactive)
          expect(people.length).toBe(timeline.stateAt(yearWindow(years[i])).people.size);
      });
      for (let i = 0; i + 1 < years.length; i++) {
        const links = flow.links.filter((l) => l.year === years[i]);
        for (const block of flow.columns[i]) {
          const out = links.filter((l) => l.from === block.group).flatMap((l) => l.people);
          const next = new Set(flow.columns[i + 1].flatMap((b) => b.people));
          expect(out.sort()).toEqual(block.people.filter((p) => next.has(p)).sort());
        }
        for (const block of flow.columns[i + 1]) {
          const into = links.filter((l) => l.to === block.group).flatMap((l) => l.people);
          const before = new Set(flow.columns[i].flatMap((b) => b.people));
          expect(into.sort()).toEqual(block.people.filter((p) => before.has(p)).sort());
        }
      }
    }
  });
});
