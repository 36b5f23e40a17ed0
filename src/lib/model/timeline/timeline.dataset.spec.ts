/**
 * The timeline over the bundled dataset (graph-data/), checked against facts of
 * shared/research/soviet-leadership-1922-1938.md.. It fails, never skips,
 * when the data does not load.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { yearOf } from '../time/dates';
import { buildTimeline, membershipKey, yearWindow, type Timeline } from './timeline';

const bundled = bundledDataset();

describe('timeline of the bundled dataset', () => {
  const timeline: Timeline = buildTimeline(bundled);
  const data = () => timeline.data;
  const at = (year: number) => timeline.stateAt(yearWindow(year));
  const status = (id: string, year: number) => timeline.statusAt(id, yearWindow(year));

  it('has the Stalin–Bukharin alliance in 1926 and none in 1930', () => {
    const pair = new Set(['stalin', 'bukharin']);
    const ids = data()
      .alliances.filter((a) => pair.has(a.a) && pair.has(a.b) && a.a !== a.b)
      .map((a) => a.id);
    expect(ids.filter((id) => at(1926).alliances.has(id))).not.toEqual([]);
    expect(ids.filter((id) => at(1930).alliances.has(id))).toEqual([]);
  });

  it('shows Zinoviev alive in 1935 and executed in 1936', () => {
    expect(status('zinoviev', 1935)).toEqual({ alive: true });
    expect(status('zinoviev', 1936)).toMatchObject({ alive: false, fate: 'executed', year: 1936 });
    expect(status('zinoviev', 1936)).toMatchObject({ date: '1936-08-25' });
  });

  it('shows Kirov assassinated in 1934', () => {
    expect(status('kirov', 1933)).toEqual({ alive: true });
    expect(status('kirov', 1934)).toMatchObject({
      alive: false,
      fate: 'assassinated',
      date: '1934-12-01',
      year: 1934,
    });
  });

  it('has the troika in 1924 and not in 1927', () => {
    expect(at(1924).factions.has('troika')).toBe(true);
    expect(at(1927).factions.has('troika')).toBe(false);
  });

  it('has Trotsky in the Left Opposition in 1925', () => {
    const keys = data()
      .memberships.filter((m) => m.person === 'trotsky' && m.faction === 'left-opposition')
      .map(membershipKey);
    expect(keys.filter((key) => at(1925).memberships.has(key))).not.toEqual([]);
  });

  it('has Yezhov heading the OGPU/NKVD in 1937 and not in 1935', () => {
    const keys = data()
      .memberships.filter(
        (m) => m.person === 'yezhov' && m.faction === 'ogpu-nkvd' && m.role === 'leader',
      )
      .map(membershipKey);
    expect(keys.filter((key) => at(1937).memberships.has(key))).not.toEqual([]);
    expect(keys.filter((key) => at(1935).memberships.has(key))).toEqual([]);
  });

  it('shows each betrayal strongly in its year and faintly afterwards', () => {
    expect(data().betrayals.length).toBeGreaterThan(0);
    for (const b of data().betrayals) {
      const year = yearOf(b.date);
      expect(at(year).betrayals.has(b.id), b.id).toBe(true);
      expect(at(year).pastBetrayals.has(b.id), b.id).toBe(false);
      expect(at(year + 1).betrayals.has(b.id), b.id).toBe(false);
      expect(at(year + 1).pastBetrayals.has(b.id), b.id).toBe(true);
    }
  });

  it('steps through the range by diffs that match the states', () => {
    const { from, to } = data().dataset.range;
    for (let year = yearOf(from); year < yearOf(to); year++) {
      const [a, b] = [at(year), at(year + 1)];
      const d = timeline.diff(yearWindow(year), yearWindow(year + 1));
      const gained = [...b.alliances].filter((id) => !a.alliances.has(id)).sort();
      expect([...d.entered.alliance].sort()).toEqual(gained);
      const died = [...b.people].filter(([id, s]) => a.people.get(id)?.alive && !s.alive);
      expect([...d.statusChanged].sort()).toEqual(died.map(([id]) => id).sort());
    }
    expect(timeline.changesPerYear().length).toBe(yearOf(to) - yearOf(from) + 1);
  });
});
