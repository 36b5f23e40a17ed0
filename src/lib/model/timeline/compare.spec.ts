import { describe, expect, it } from 'vitest';
import { compareYears, parseCompare } from './compare';
import { buildLookup } from '../dataset/lookup';
import { bundledDataset } from '$lib/testing/bundled';
import { firstDay } from '../time/dates';
import { buildTimeline } from './timeline';
import { alliance, betrayal, dataset, person } from '$lib/testing/timeline-fixtures';

const data = dataset({
  people: [
    person('a'),
    person('b'),
    person('c', { died: '1930-05', fate: { kind: 'executed', date: '1930-05' } }),
  ],
  alliances: [
    alliance('a-b', 'a', 'b', '1925', '1928-07'),
    alliance('a-c', 'a', 'c', '1929', '1929'),
  ],
  betrayals: [betrayal('b-turns', 'b', 'a', '1928-07')],
});

describe('compareYears', () => {
  const groups = (from: number, to: number) =>
    compareYears(data, buildLookup(data), buildTimeline(data), from, to).groups;

  it('groups ended alliances, betrayals in between and deaths, each with sources', () => {
    const result = groups(1926, 1931);
    const byTitle = Object.fromEntries(result.map((g) => [g.title, g.items.map((i) => i.id)]));
    expect(byTitle['Alliances ended']).toEqual(['a-b']);
    expect(byTitle['Betrayals']).toEqual(['b-turns']);
    expect(byTitle['Deaths']).toEqual(['c']);
    const death = result.find((g) => g.title === 'Deaths')?.items[0];
    expect(death?.detail).toBe('executed 1930');
    expect(death?.when).toBe('May 1930');
    expect(result.every((g) => g.items.every((i) => i.sources.length > 0))).toBe(true);
  });

  it('leaves out alliances that began and ended between the two years', () => {
    const ids = groups(1926, 1931).flatMap((g) => g.items.map((i) => i.id));
    expect(ids).not.toContain('a-c');
  });

  it('reads backwards: a later year compared with an earlier one', () => {
    const byTitle = Object.fromEntries(groups(1931, 1926).map((g) => [g.title, g.items]));
    expect(byTitle['Alliances formed']?.map((i) => i.id)).toEqual(['a-b']);
    expect(byTitle['Deaths']).toBeUndefined();
  });
});

describe('compareYears on the bundled dataset', () => {
  it('lists every group in date order (1927 → 1936)', () => {
    const bundled = bundledDataset();
    const lookup = buildLookup(bundled);
    const { groups } = compareYears(bundled, lookup, buildTimeline(bundled), 1927, 1936);
    const formed = groups.find((g) => g.title === 'Alliances formed')!;
    expect(formed.items.length).toBeGreaterThan(2);
    for (const group of groups) {
      const days = group.items.map((i) => {
        const ref = lookup.byId.get(i.id)!;
        const r = ref.record as { from?: string; to?: string; date?: string };
        const date =
          group.title.endsWith('ended') ||
          group.title === 'Left a faction' ||
          group.title === 'Factions dissolved'
            ? r.to
            : group.title === 'Deaths'
              ? ref.kind === 'person'
                ? (ref.record.fate?.date ?? ref.record.died)
                : undefined
              : (r.from ?? r.date);
        return date === undefined ? Infinity : firstDay(date);
      });
      expect(days, group.title).toEqual([...days].sort((a, b) => a - b));
    }
  });
});

describe('parseCompare', () => {
  const range = { from: 1924, to: 1938 };
  it('accepts two different years inside the range', () => {
    expect(parseCompare('1927..1934', range)).toEqual({ from: 1927, to: 1934 });
  });
  it.each(['1927..1927', '1900..1934', '1927-1934', '', '1927..', 'x'.repeat(500)])(
    'refuses %j',
    (value) => expect(parseCompare(value, range)).toBeUndefined(),
  );
});
