import { describe, expect, it } from 'vitest';
import { buildTimeline, membershipKey, yearWindow } from './timeline';
import { sample } from '$lib/testing/timeline-fixtures';

const timeline = buildTimeline(sample);
const lo = membershipKey(sample.memberships[0]);

describe('diff', () => {
  it('steps forward a year', () => {
    const d = timeline.diff(yearWindow(1927), yearWindow(1928));
    expect(d.exited.faction).toEqual(['left-opposition']);
    expect(d.exited.membership).toEqual([lo]);
    expect(d.entered.faction).toEqual(['from-1928']);
    expect(d.entered.betrayal).toEqual(['notes']);
    expect(d.pastBetrayalsEntered).toEqual([]);
    const next = timeline.diff(yearWindow(1928), yearWindow(1929));
    expect(next.exited.betrayal).toEqual(['notes']);
    expect(next.exited.alliance).toEqual(['stalin-bukharin']);
    expect(next.pastBetrayalsEntered).toEqual(['notes']);
  });

  it('steps back as the mirror image', () => {
    const d = timeline.diff(yearWindow(1929), yearWindow(1928));
    expect(d.entered.betrayal).toEqual(['notes']);
    expect(d.entered.alliance).toEqual(['stalin-bukharin']);
    expect(d.pastBetrayalsExited).toEqual(['notes']);
    expect(d.exited.person).toEqual([]);
  });

  it('reports deaths and their undoing as status changes', () => {
    expect(timeline.diff(yearWindow(1935), yearWindow(1936)).statusChanged).toEqual(['zinoviev']);
    expect(timeline.diff(yearWindow(1936), yearWindow(1935)).statusChanged).toEqual(['zinoviev']);
    expect(timeline.diff(yearWindow(1923), yearWindow(1924)).statusChanged).toEqual(['lenin']);
  });

  it('lists people born in between as entered, not as changed', () => {
    const d = timeline.diff(yearWindow(1929), yearWindow(1931));
    expect(d.entered.person).toEqual(['late']);
    expect(d.statusChanged).toEqual([]);
    expect(timeline.diff(yearWindow(1931), yearWindow(1929)).exited.person).toEqual(['late']);
  });

  it('jumps from the first year to the last', () => {
    const d = timeline.diff(yearWindow(1924), yearWindow(1938));
    expect(d.exited.faction.sort()).toEqual(['left-opposition', 'troika']);
    expect(d.entered.faction.sort()).toEqual(['from-1928', 'nkvd']);
    expect(d.entered.rivalry).toEqual(['open-rivalry']);
    expect(d.entered.person).toEqual(['late']);
    expect(d.statusChanged.sort()).toEqual(['died-only', 'zinoviev']);
    expect(d.pastBetrayalsEntered.sort()).toEqual(['notes', 'year-only']);
    expect(d.entered.betrayal).toEqual([]);
  });

  it('is empty between equal windows', () => {
    const d = timeline.diff(yearWindow(1930), yearWindow(1930));
    expect(Object.values(d.entered).flat()).toEqual([]);
    expect(Object.values(d.exited).flat()).toEqual([]);
  });

  it('rejects a window that ends before it starts', () => {
    expect(() => timeline.diff({ start: 10, end: 5 }, yearWindow(1930))).toThrow(RangeError);
    expect(() => timeline.stateAt({ start: NaN, end: 5 })).toThrow(RangeError);
  });
});

it('counts the changes of each year of the range', () => {
  const histogram = timeline.changesPerYear();
  expect(histogram.map((h) => h.year)).toEqual(Array.from({ length: 15 }, (_, i) => 1924 + i));
  // 1928: from-1928 and the betrayal enter, left-opposition and its membership exit.
  expect(histogram.find((h) => h.year === 1928)?.count).toBe(4);
  // 1936: zinoviev dies.
  expect(histogram.find((h) => h.year === 1936)?.count).toBe(1);
});
