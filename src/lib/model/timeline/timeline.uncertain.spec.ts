import { describe, expect, it } from 'vitest';
import { buildTimeline, monthWindow, yearWindow } from './timeline';
import * as make from '$lib/testing/timeline-fixtures';

const pyatakov = make.person('pyatakov', {
  died: '[1937-01-30..1937-02-01]',
  fate: { kind: 'executed', date: '[1937-01-30..1937-02-01]' },
});
const data = make.dataset({
  people: [pyatakov, make.person('stalin')],
  alliances: [
    make.alliance('troika', 'stalin', 'pyatakov', '1922-05?', '1925-12'),
    make.alliance('plain', 'stalin', 'pyatakov', '1922-06', '1925-12'),
  ],
  betrayals: [make.betrayal('set', 'stalin', 'pyatakov', '[1936-08-24,1936-08-25]')],
});
const t = buildTimeline(data);

describe('certain and possible activity', () => {
  it('marks Pyatakov possibly executed in January 1937 and dead from February on', () => {
    expect(t.stateAt(monthWindow(1936, 12)).people.get('pyatakov')).toEqual({ alive: true });
    const january = t.stateAt(monthWindow(1937, 1));
    expect(january.people.get('pyatakov')?.alive).toBe(false);
    expect([...january.uncertain.person]).toEqual(['pyatakov']);
    for (const month of [2, 3]) {
      const state = t.stateAt(monthWindow(1937, month));
      expect(state.people.get('pyatakov')).toMatchObject({ alive: false, fate: 'executed' });
      expect(state.uncertain.person.size).toBe(0);
    }
    // a year holds the whole span: he certainly dies in 1937
    expect(t.stateAt(yearWindow(1937)).uncertain.person.size).toBe(0);
  });

  it('marks a record only possibly active where its certain span misses the window', () => {
    // 1922-05? may mean April to June 1922: possible from April, certain from June (its latest start)
    const april = t.stateAt(monthWindow(1922, 4));
    expect([...april.alliances]).toEqual(['troika']);
    expect([...april.uncertain.alliance]).toEqual(['troika']);
    expect([...t.stateAt(monthWindow(1922, 5)).uncertain.alliance]).toEqual(['troika']);
    expect(t.stateAt(monthWindow(1922, 6)).uncertain.alliance.size).toBe(0);
    const july = t.stateAt(monthWindow(1922, 7));
    expect([...july.alliances].sort()).toEqual(['plain', 'troika']);
    expect(july.uncertain.alliance.size).toBe(0);
    expect(t.stateAt(yearWindow(1922)).uncertain.alliance.size).toBe(0);
  });

  it('marks a one-of date possibly in a window that holds only some of its days', () => {
    const day = (d: number) => {
      const w = monthWindow(1936, 8);
      const start = w.start + d - 1;
      return { start, end: start };
    };
    expect([...t.stateAt(day(24)).uncertain.betrayal]).toEqual(['set']);
    expect([...t.stateAt(day(25)).uncertain.betrayal]).toEqual(['set']);
    expect(t.stateAt(monthWindow(1936, 8)).uncertain.betrayal.size).toBe(0);
  });
});
