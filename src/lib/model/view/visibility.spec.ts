import { describe, expect, it } from 'vitest';
import { defaultFilters, type GraphFilters } from './filters';
import { buildLookup } from '../dataset/lookup';
import { personLevels } from './emphasis';
import { tableRows } from '../panels/table';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { betrayalShown, kindShown, personShown, shownAt } from './visibility';
import { bundledDataset } from '$lib/testing/bundled';
import * as fx from '$lib/testing/timeline-fixtures';

const window1936 = yearWindow(1936);
const dead = { alive: false, date: '1936-08-25', year: 1936 } as const;

describe('personShown', () => {
  it('draws the period’s own dead alive, the earlier dead only with the dead shown', () => {
    const off = { ...defaultFilters, dead: false };
    expect(personShown(dead, window1936, off, 3)).toEqual({
      dead: false,
      dying: true,
      background: false,
    });
    expect(personShown(dead, yearWindow(1937), off, 3)).toBeUndefined();
    expect(personShown(dead, yearWindow(1937), defaultFilters, 3)?.dead).toBe(true);
    expect(personShown(undefined, window1936, defaultFilters, 3)).toBeUndefined();
  });

  it('lets people with no tie recede, and hides them with inactive people off', () => {
    const alive = { alive: true } as const;
    expect(personShown(alive, window1936, defaultFilters, 0)?.background).toBe(true);
    expect(personShown(alive, window1936, { ...defaultFilters, inactive: false }, 0)).toBe(
      undefined,
    );
    // Without emphasis no one is background
    expect(
      personShown(alive, window1936, { ...defaultFilters, inactive: false }, undefined),
    ).toEqual({ dead: false, dying: false, background: false });
  });
});

describe('kindShown and betrayalShown', () => {
  it('hide offices with their own filter, and each kind with its own', () => {
    const noOffices = { ...defaultFilters, institutions: false };
    expect(kindShown(noOffices, 'membership', true)).toBe(false);
    expect(kindShown(noOffices, 'membership', false)).toBe(true);
    expect(kindShown({ ...defaultFilters, memberships: false }, 'membership', false)).toBe(false);
    expect(kindShown({ ...defaultFilters, rivalries: false }, 'rivalry')).toBe(false);
    expect(kindShown({ ...defaultFilters, rivalries: false }, 'alliance')).toBe(true);
  });

  it('show a betrayal of the period, and earlier ones only when asked', () => {
    const state = { betrayals: new Set(['now']), pastBetrayals: new Set(['then']) };
    expect(betrayalShown(state, defaultFilters, 'now')).toBe('current');
    expect(betrayalShown(state, defaultFilters, 'then')).toBe('past');
    expect(betrayalShown(state, { ...defaultFilters, pastBetrayals: false }, 'then')).toBe(
      undefined,
    );
    expect(betrayalShown(state, { ...defaultFilters, betrayals: false }, 'now')).toBe(undefined);
    expect(betrayalShown(state, defaultFilters, 'other')).toBe(undefined);
  });
});

describe('shownAt', () => {
  it('shows a relationship only between shown ends', () => {
    const data = fx.dataset({
      people: [
        fx.person('a'),
        fx.person('b', { died: '1930', fate: { kind: 'executed', date: '1930' } }),
      ],
      factions: [fx.faction('f', '1920', '1927'), fx.faction('g', '1920')],
      memberships: [fx.membership('a', 'g', '1920'), fx.membership('b', 'g', '1920')],
      alliances: [fx.alliance('ab', 'a', 'b', '1925')],
      betrayals: [fx.betrayal('old', 'a', 'f', '1926')],
    });
    const state = buildTimeline(data).stateAt(yearWindow(1931));
    const all = shownAt(data, state, defaultFilters);
    expect([...all.people.keys()].sort()).toEqual(['a', 'b']);
    // f ended in 1927: its past betrayal has no end to be drawn to
    expect(state.pastBetrayals.has('old')).toBe(true);
    expect(all.betrayals.has('old')).toBe(false);
    const noDead = shownAt(data, state, { ...defaultFilters, dead: false });
    expect([...noDead.people.keys()]).toEqual(['a']);
    expect([...noDead.memberships]).toEqual([...all.memberships].filter((k) => k.startsWith('a')));
  });

  // One answer: the table lists exactly the relationships the model says are shown
  const data = bundledDataset();
  const timeline = buildTimeline(data);
  const lookup = buildLookup(data);
  const variants: Partial<GraphFilters>[] = [
    {},
    { dead: false },
    { institutions: false, pastBetrayals: false },
    { rivalries: false, memberships: false },
  ];
  it.each(variants)('agrees with the table in every year (%o)', (changed) => {
    const filters = { ...defaultFilters, ...changed };
    for (let year = 1924; year <= 1938; year++) {
      const state = timeline.stateAt(yearWindow(year));
      const shown = shownAt(data, state, filters, personLevels(data, state));
      const expected = [
        ...shown.memberships,
        ...shown.alliances,
        ...shown.rivalries,
        ...shown.betrayals.keys(),
      ].sort();
      const rows = tableRows(state, lookup, filters).map((r) => r.id);
      expect(rows.sort()).toEqual(expected);
    }
  });
});
