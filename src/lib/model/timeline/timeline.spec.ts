import { describe, expect, it } from 'vitest';
import { buildTimeline, membershipKey, monthWindow, yearWindow } from './timeline';
import { alliance, dataset, faction, sample as data } from '$lib/testing/timeline-fixtures';

const timeline = buildTimeline(data);
const at = (year: number) => timeline.stateAt(yearWindow(year));
const month = (year: number, m: number) => timeline.stateAt(monthWindow(year, m));
const lo = membershipKey(data.memberships[0]);

describe('activity in year windows', () => {
  it('keeps a record that ends on 31 December in that year only', () => {
    expect(at(1927).factions.has('left-opposition')).toBe(true);
    expect(at(1927).memberships.has(lo)).toBe(true);
    expect(at(1928).factions.has('left-opposition')).toBe(false);
    expect(at(1928).memberships.has(lo)).toBe(false);
  });

  it('starts a record from "1928" on 1 January 1928', () => {
    expect(at(1927).factions.has('from-1928')).toBe(false);
    expect(at(1928).factions.has('from-1928')).toBe(true);
  });

  it('keeps open intervals active forever', () => {
    expect(at(1933).factions.has('nkvd')).toBe(false);
    expect(at(1934).factions.has('nkvd')).toBe(true);
    expect(timeline.stateAt({ start: 0, end: Infinity }).rivalries.has('open-rivalry')).toBe(true);
    expect(at(2100).factions.has('nkvd')).toBe(true);
  });
});

describe('activity in month windows', () => {
  it('ends a "YYYY-MM" interval on the last day of that month', () => {
    expect(month(1925, 12).factions.has('troika')).toBe(true);
    expect(month(1926, 1).factions.has('troika')).toBe(false);
    expect(month(1928, 7).alliances.has('stalin-bukharin')).toBe(true);
    expect(month(1928, 8).alliances.has('stalin-bukharin')).toBe(false);
  });

  it('starts a day-precise interval inside its month', () => {
    expect(month(1934, 6).factions.has('nkvd')).toBe(false);
    expect(month(1934, 7).factions.has('nkvd')).toBe(true);
  });
});

describe('betrayals', () => {
  it('is strong in the window of its date and past afterwards', () => {
    const [june, july, august] = [6, 7, 8].map((m) => month(1928, m));
    expect(june.betrayals.has('notes')).toBe(false);
    expect(june.pastBetrayals.has('notes')).toBe(false);
    expect(july.betrayals.has('notes')).toBe(true);
    expect(july.pastBetrayals.has('notes')).toBe(false);
    expect(august.betrayals.has('notes')).toBe(false);
    expect(august.pastBetrayals.has('notes')).toBe(true);
  });

  it('treats a year-only date as the whole year', () => {
    expect([...at(1931).betrayals, ...at(1931).pastBetrayals]).not.toContain('year-only');
    expect(at(1932).betrayals.has('year-only')).toBe(true);
    expect(month(1932, 12).betrayals.has('year-only')).toBe(true);
    expect(at(1933).pastBetrayals.has('year-only')).toBe(true);
    expect(at(1933).betrayals.has('year-only')).toBe(false);
  });
});

describe('people', () => {
  it('is alive before the death and dead from the year of the death', () => {
    expect(at(1935).people.get('zinoviev')).toEqual({ alive: true });
    const dead = { alive: false, fate: 'executed', date: '1936-08-25', year: 1936 };
    expect(at(1936).people.get('zinoviev')).toEqual(dead);
    expect(month(1936, 7).people.get('zinoviev')).toEqual({ alive: true });
    expect(month(1936, 8).people.get('zinoviev')).toEqual(dead);
  });

  it('keeps the dead present', () => {
    expect(at(1938).people.get('zinoviev')?.alive).toBe(false);
    expect(at(1938).people.get('lenin')).toEqual({ alive: false, date: '1924-01-21', year: 1924 });
    expect(at(1935).people.get('died-only')).toEqual({ alive: false, date: '1935-06', year: 1935 });
  });

  it('adds people once born, and always when the birth is unknown', () => {
    expect(at(1929).people.has('late')).toBe(false);
    expect(at(1930).people.has('late')).toBe(true);
    expect(at(1800).people.has('nobody-knows')).toBe(true);
    expect(timeline.statusAt('late', yearWindow(1929))).toBeUndefined();
    expect(timeline.statusAt('late', yearWindow(1930))).toEqual({ alive: true });
    expect(timeline.statusAt('stranger', yearWindow(1930))).toBeUndefined();
  });
});

it('lists events in chronological order, coarser dates first', () => {
  expect(at(1936).events).toEqual(['year', 'early', 'month', 'day']);
  // A year-only date overlaps every month of its year.
  expect(month(1936, 8).events).toEqual(['year', 'month', 'day']);
});

it('keys memberships by person, faction and start', () => {
  expect(lo).toBe('trotsky--left-opposition--1923-10-15');
});

it('skips unreadable records and keeps the first of duplicate keys', () => {
  const t = buildTimeline(
    dataset({
      factions: [
        faction('bad', '1928-13'),
        faction('twice', '1925', '1925'),
        faction('twice', '1930'),
      ],
      alliances: [alliance('backwards', 'a', 'b', '1930', '1929')],
    }),
  );
  expect([...t.stateAt(yearWindow(1925)).factions]).toEqual(['twice']);
  expect([...t.stateAt(yearWindow(1930)).factions]).toEqual([]);
  expect(t.stateAt({ start: -Infinity, end: Infinity }).alliances.size).toBe(0);
});
