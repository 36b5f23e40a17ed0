import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../timeline/timeline';
import { defaultFilters } from '../view/filters';
import { lightPalette, PAST_BETRAYAL } from '../view/visual';
import * as fx from '$lib/testing/timeline-fixtures';
import { bundledDataset } from '$lib/testing/bundled';
import { LABELLED_PEOPLE, yearScenes } from './scene';

const data = fx.dataset({
  people: [
    fx.person('a'),
    fx.person('b'),
    fx.person('dead', { died: '1925-03', fate: { kind: 'executed', date: '1925-03' } }),
    fx.person('idle'),
  ],
  factions: [fx.faction('x', '1920', '1925')],
  memberships: [fx.membership('a', 'x', '1920'), fx.membership('dead', 'x', '1920', '1925-03')],
  alliances: [fx.alliance('ab', 'a', 'b', '1920')],
  betrayals: [fx.betrayal('t', 'a', 'dead', '1924-06')],
});
const positions = {
  a: { x: 0, y: 0 },
  b: { x: 10, y: 0 },
  dead: { x: 0, y: 10 },
  idle: { x: 5, y: 5 },
  x: { x: 5, y: 0 },
};

function scenes(years: number[], filters = defaultFilters) {
  return yearScenes({
    data,
    timeline: buildTimeline(data),
    years,
    filters,
    positions,
    palette: lightPalette,
  });
}

describe('yearScenes', () => {
  it('draws what the graph shows in each year, at the given positions', () => {
    const [y1924, y1926] = scenes([1924, 1926]);
    expect(y1924.scene.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'dead', 'idle', 'x']);
    expect(y1924.scene.nodes.find((n) => n.id === 'b')).toMatchObject({ x: 10, y: 0 });
    expect(y1924.scene.edges.map((e) => e.id).sort()).toEqual([
      'a:ab',
      'b:t',
      'm:a--x--1920',
      'm:dead--x--1920',
    ]);
    // 1926: the faction is over, the betrayal is past (faint), the dead are dead
    expect(y1926.scene.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'dead', 'idle']);
    const past = y1926.scene.edges.find((e) => e.id === 'b:t');
    expect(past).toMatchObject({
      width: PAST_BETRAYAL.width,
      opacity: PAST_BETRAYAL.opacity,
      arrow: true,
    });
    expect(y1926.scene.nodes.find((n) => n.id === 'dead')).toMatchObject({
      fill: lightPalette.dead,
    });
  });

  it('applies the filters: the dead, the inactive, kinds of relationship', () => {
    const [y] = scenes([1926], {
      ...defaultFilters,
      dead: false,
      inactive: false,
      alliances: false,
    });
    // b's alliance, hidden, still makes b active that year, as on the graph
    expect(y.scene.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(y.scene.edges).toEqual([]);
  });

  it('names the most connected living people, no more than LABELLED_PEOPLE', () => {
    const [y] = scenes([1924]);
    const named = y.scene.nodes.filter((n) => n.label && !['x'].includes(n.id)).map((n) => n.id);
    expect(named).toContain('a');
    expect(named).not.toContain('idle');
    const real = bundledDataset();
    const all = yearScenes({
      data: real,
      timeline: buildTimeline(real),
      years: [1929, 1937],
      filters: defaultFilters,
      positions: real.layout!.positions,
      palette: lightPalette,
    });
    for (const s of all) {
      const people = s.scene.nodes.filter((n) => n.label && s.state.people.has(n.id));
      expect(people.length).toBeGreaterThan(3);
      expect(people.length).toBeLessThanOrEqual(LABELLED_PEOPLE);
    }
  });
});
