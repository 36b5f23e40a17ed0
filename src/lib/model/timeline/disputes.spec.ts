import { describe, expect, it } from 'vitest';
import { alliance, dataset, person } from '$lib/testing/timeline-fixtures';
import { yearWindow } from './timeline';
import { disputeShown, disputeSpans } from './disputes';
import { diesDuring, graphFate } from './format';
import { DeathsByDay } from '../time/days-index';

describe('disputed markers show where the disputed part is', () => {
  const data = dataset({
    people: [
      person('z', { fate: { kind: 'executed', date: '1936-08-25', disputed: true } }),
      person('s', { born: '1878-12-18', disputed: true, disputedPart: 'born' }),
    ],
    alliances: [
      { ...alliance('start', 'z', 's', '1924-05', '1930'), disputed: true, disputedPart: 'from' },
      { ...alliance('end', 'z', 's', '1924', '1929-11'), disputed: true, disputedPart: 'to' },
      { ...alliance('whole', 'z', 's', '1924', '1929'), disputed: true },
    ],
  });
  const spans = new Map(disputeSpans(data).map((d) => [d.key, d]));
  const shown = (key: string, year: number) => {
    const d = spans.get(key);
    return d !== undefined && disputeShown(d, yearWindow(year));
  };

  it('a disputed fate from the death on', () => {
    expect(shown('z', 1935)).toBe(false);
    expect(shown('z', 1936)).toBe(true);
    expect(shown('z', 1938)).toBe(true);
  });
  it('a disputed birth only in its year, which is off screen here', () => {
    expect([1924, 1930, 1938].some((y) => shown('s', y))).toBe(false);
    expect(shown('s', 1878)).toBe(true);
  });
  it('a disputed start or end in its year; a whole record always', () => {
    expect([shown('start', 1924), shown('start', 1925)]).toEqual([true, false]);
    expect([shown('end', 1928), shown('end', 1929)]).toEqual([false, true]);
    expect([shown('whole', 1924), shown('whole', 1927)]).toEqual([true, true]);
  });
});

describe('dying during the period shown', () => {
  const dead = { alive: false as const, fate: 'executed' as const, date: '1936-08-25', year: 1936 };
  it('is drawn alive with "dies …" in the period, dead after it', () => {
    expect(diesDuring(dead, yearWindow(1936))).toBe(true);
    expect(graphFate(dead, yearWindow(1936))).toBe('dies 25 Aug 1936');
    expect(diesDuring(dead, yearWindow(1937))).toBe(false);
    expect(graphFate(dead, yearWindow(1937))).toBe('executed 1936');
    expect(graphFate({ alive: true }, yearWindow(1936))).toBe('');
  });

  it('finds who dies in a window without a scan', () => {
    const deaths = new DeathsByDay([
      person('a', { died: '1936' }),
      person('b', { fate: { kind: 'executed', date: '1936-08-25' } }),
      person('c', { died: '1937-01' }),
      person('d'),
    ]);
    expect(deaths.during(yearWindow(1936)).sort()).toEqual(['a', 'b']);
    expect(deaths.during(yearWindow(1937))).toEqual(['c']);
    expect(deaths.during(yearWindow(1935))).toEqual([]);
  });
});
