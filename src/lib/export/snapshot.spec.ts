import { describe, expect, it } from 'vitest';
import { diesDuring } from '$lib/model/timeline/format';
import { loadBundle } from '$lib/io/json/load';
import { bundledDataset } from '$lib/testing/bundled';
import { defaultFilters, type GraphFilters } from '$lib/model/view/filters';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import {
  buildTimeline,
  monthWindow,
  yearWindow,
  type TimelineState,
} from '$lib/model/timeline/timeline';
import * as fx from '$lib/testing/timeline-fixtures';
import { exportFileName, snapshotBundle } from './snapshot';
import { dataOf } from '$lib/testing/loaded';

/** The snapshot of a year, loaded back through the loader like "Open dataset" does. */
function roundTrip(
  data: DatasetRecords,
  year: number,
  filters: GraphFilters,
  positions: Record<string, Position>,
) {
  const bundle = snapshotBundle(data, buildTimeline(data), yearWindow(year), filters, positions);
  const loaded = loadBundle(JSON.stringify(bundle, null, 2), `snapshot-${year}.json`);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.text).join('\n'));
  return { bundle, loaded: loaded.data, warnings: loaded.warnings };
}

/** A state in plain, comparable form. */
function plain(state: TimelineState) {
  return {
    people: Object.fromEntries([...state.people].sort(([a], [b]) => a.localeCompare(b))),
    factions: [...state.factions].sort(),
    memberships: [...state.memberships].sort(),
    alliances: [...state.alliances].sort(),
    rivalries: [...state.rivalries].sort(),
    betrayals: [...state.betrayals].sort(),
    pastBetrayals: [...state.pastBetrayals].sort(),
    events: state.events,
  };
}

describe('exportFileName', () => {
  it('carries the dataset id and the year', () => {
    expect(exportFileName('soviet-succession', 1929, 'png')).toBe('soviet-succession-1929.png');
    expect(exportFileName('soviet-succession', 1929, '.gexf')).toBe('soviet-succession-1929.gexf');
    expect(exportFileName('../a b/c', 1924, 'json')).toBe('a-b-c-1924.json');
  });
});

const bundled = bundledDataset();

describe('the snapshot of the bundled dataset', () => {
  const data = bundled;
  const timeline = buildTimeline(data);
  const positions: Record<string, Position> = {};
  [...data.people, ...data.factions].forEach((r, i) => (positions[r.id] = { x: i * 10, y: -i }));

  it('loads back, for every year, to the same active set', () => {
    for (let year = 1924; year <= 1938; year++) {
      const { loaded, bundle } = roundTrip(data, year, defaultFilters, positions);
      const window = yearWindow(year);
      expect(plain(buildTimeline(loaded).stateAt(window))).toEqual(plain(timeline.stateAt(window)));
      expect(loaded.dataset.defaultTime).toBe(String(year));
      expect(Object.keys(bundle.layout.positions).sort()).toEqual(
        [...bundle.people, ...bundle.factions].map((r) => r.id).sort(),
      );
    }
  });

  it('of a month holds that month, named for it', () => {
    const window = monthWindow(1936, 1);
    const bundle = snapshotBundle(data, timeline, window, defaultFilters, positions);
    const loaded = loadBundle(JSON.stringify(bundle), 'snapshot-1936-01.json');
    const reopened = dataOf(loaded);
    expect(plain(buildTimeline(reopened).stateAt(window))).toEqual(plain(timeline.stateAt(window)));
    expect(reopened.dataset.defaultTime).toBe('1936-01');
    expect(bundle.dataset.title).toContain('(Jan 1936)');
    // Zinoviev, shot in August, is alive in January's snapshot
    expect(buildTimeline(reopened).stateAt(window).people.get('zinoviev')).toEqual({
      alive: true,
    });
  });

  it('follows the filters: hidden kinds and the hidden dead are left out', () => {
    const filters = { ...defaultFilters, rivalries: false, pastBetrayals: false, dead: false };
    for (const year of [1926, 1929, 1937]) {
      const { loaded, bundle } = roundTrip(data, year, filters, positions);
      const window = yearWindow(year);
      const before = timeline.stateAt(window);
      const after = buildTimeline(loaded).stateAt(window);
      expect(bundle.rivalries).toEqual([]);
      expect(after.pastBetrayals.size).toBe(0);
      // The period's own dead are drawn alive ("dies …"), so they stay; earlier dead go
      const shownAlive = (s: TimelineState) =>
        [...s.people]
          .filter(([, st]) => st.alive || diesDuring(st, window))
          .map(([id]) => id)
          .sort();
      expect(shownAlive(after)).toEqual(shownAlive(before));
      const dead = new Set(
        [...before.people]
          .filter(([, st]) => !st.alive && !diesDuring(st, window))
          .map(([id]) => id),
      );
      expect(dead.size).toBeGreaterThan(0);
      for (const id of dead) expect(after.people.has(id)).toBe(false);
      for (const m of loaded.memberships)
        if (after.memberships.has(`${m.person}--${m.faction}--${m.from}`))
          expect(dead.has(m.person)).toBe(false);
      for (const a of loaded.alliances)
        if (after.alliances.has(a.id)) expect(dead.has(a.a) || dead.has(a.b)).toBe(false);
      expect([...after.alliances].sort()).toEqual(
        [...before.alliances].filter((id) => loaded.alliances.some((a) => a.id === id)).sort(),
      );
    }
  });
});

describe('references kept by a snapshot', () => {
  const data = fx.dataset({
    sources: [
      { id: 'test', author: 'A', title: 'T', year: 2000 },
      { id: 'unused', author: 'B', title: 'U', year: 2001 },
    ],
    people: [fx.person('a'), fx.person('b'), fx.person('c', { born: '1930' })],
    factions: [fx.faction('old', '1925', '1927'), fx.faction('new', '1929')],
    memberships: [fx.membership('a', 'new', '1929'), fx.membership('c', 'new', '1935')],
    alliances: [
      { ...fx.alliance('long', 'a', 'b', '1926', '1930'), endedBy: 'split' },
      fx.alliance('gone', 'a', 'old', '1925', '1926'),
    ],
    betrayals: [
      fx.betrayal('split', 'b', 'a', '1930'),
      { ...fx.betrayal('broke', 'b', 'old', '1926'), ends: 'gone' },
    ],
  });

  it('keeps what kept records refer to, though inactive that year, and only cited sources', () => {
    const positions = {
      a: { x: 0, y: 0 },
      b: { x: 1, y: 0 },
      old: { x: 0, y: 1 },
      new: { x: 1, y: 1 },
    };
    const { bundle, warnings } = roundTrip(data, 1929, defaultFilters, positions);
    // `split` (1930) is kept because `long` names it; the 1926 betrayal of the faction `old`,
    // gone since 1927, is not drawn in 1929 (an edge needs both ends), so it is not kept
    expect(bundle.alliances.map((r) => r.id).sort()).toEqual(['long']);
    expect(bundle.betrayals.map((r) => r.id).sort()).toEqual(['split']);
    expect(bundle.factions.map((r) => r.id).sort()).toEqual(['new']);
    expect(bundle.people.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(bundle.memberships).toHaveLength(1);
    expect(bundle.sources.map((s) => s.id)).toEqual(['test']);
    expect(warnings).toEqual([]);
    const window = yearWindow(1929);
    const loaded = buildTimeline(roundTrip(data, 1929, defaultFilters, positions).loaded).stateAt(
      window,
    );
    const original = buildTimeline(data).stateAt(window);
    expect(original.pastBetrayals.has('broke')).toBe(true);
    original.pastBetrayals.delete('broke');
    expect(plain(loaded)).toEqual(plain(original));
  });
});
