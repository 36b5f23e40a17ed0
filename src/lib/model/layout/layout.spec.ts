import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { computeYearLayouts } from './dynamic';
import { medianMove, yearFigures } from './metrics';
import { anyOverlap, labelBox, removeOverlaps } from './overlaps';
import { completeYears, positionsAt } from './positions-at';
import { stress, stressMajorize } from './stress';

describe('stressMajorize', () => {
  it('draws a triangle of equal targets as an equilateral triangle', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 1 },
      { x: 3, y: 40 },
    ];
    const targets = [
      { i: 0, j: 1, distance: 100, weight: 1e-4 },
      { i: 1, j: 2, distance: 100, weight: 1e-4 },
      { i: 0, j: 2, distance: 100, weight: 1e-4 },
    ];
    expect(stressMajorize({ points, targets })).toBeLessThan(1e-3);
    const d = (a: number, b: number) =>
      Math.hypot(points[a].x - points[b].x, points[a].y - points[b].y);
    expect(d(0, 1)).toBeCloseTo(100, 0);
    expect(d(1, 2)).toBeCloseTo(100, 0);
  });

  it('holds an anchored node near its anchor', () => {
    const free = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ];
    const held = free.map((p) => ({ ...p }));
    const targets = [{ i: 0, j: 1, distance: 200, weight: 1 }];
    stressMajorize({ points: free, targets });
    stressMajorize({
      points: held,
      targets,
      anchors: [{ x: 0, y: 0 }, undefined],
      anchorWeights: [100, 0],
    });
    expect(Math.hypot(held[0].x, held[0].y)).toBeLessThan(Math.hypot(free[0].x, free[0].y));
    expect(stress(held, targets)).toBeLessThan(1);
  });
});

describe('removeOverlaps', () => {
  it('leaves no two label boxes overlapping', () => {
    const boxes = Array.from({ length: 12 }, (_, i) =>
      labelBox(`n${i}`, 'Ordzhonikidze', { x: i % 3, y: i % 4 }, false),
    );
    expect(anyOverlap(boxes)).toBe(true);
    expect(removeOverlaps(boxes, 6, 2000)).toBe(true);
    expect(anyOverlap(boxes)).toBe(false);
  });
});

/** Two camps that swap a member in 1926: a, b, c with f; d, e with g; c turns to d in 1926. */
const camps = fx.dataset({
  people: ['a', 'b', 'c', 'd', 'e', 'x'].map((id) => fx.person(id)),
  factions: [fx.faction('f', '1924'), fx.faction('g', '1924')],
  memberships: [
    fx.membership('a', 'f', '1924'),
    fx.membership('b', 'f', '1924'),
    fx.membership('c', 'f', '1924', '1925'),
    fx.membership('c', 'g', '1926'),
    fx.membership('d', 'g', '1924'),
    fx.membership('e', 'g', '1924'),
  ],
  alliances: [fx.alliance('a-b', 'a', 'b', '1924'), fx.alliance('d-e', 'd', 'e', '1924')],
  rivalries: [fx.rivalry('a-d', 'a', 'd', '1924')],
});
camps.dataset.range = { from: '1924', to: '1927' };

describe('computeYearLayouts', () => {
  const fixed = Object.fromEntries(
    ['a', 'b', 'c', 'd', 'e', 'x', 'f', 'g'].map((id, i) => [
      id,
      { x: 100 * Math.cos(i), y: 100 * Math.sin(i) },
    ]),
  );
  const years = computeYearLayouts(camps, fixed);
  const timeline = buildTimeline(camps);
  const dist = (y: number, p: string, q: string) =>
    Math.hypot(years[y][p].x - years[y][q].x, years[y][p].y - years[y][q].y);

  it('places every node in every year', () => {
    expect(Object.keys(years)).toEqual(['1924', '1925', '1926', '1927']);
    for (const positions of Object.values(years))
      expect(Object.keys(positions).sort()).toEqual(Object.keys(fixed).sort());
  });

  it('puts allies and co-members close and rivals apart', () => {
    const f = yearFigures(camps, timeline.stateAt(yearWindow(1924)), years[1924]);
    expect(f.alliance).toBeLessThan(0.6);
    expect(f.coMembers).toBeLessThan(0.7);
    expect(dist(1924, 'a', 'd')).toBeGreaterThan(dist(1924, 'a', 'b'));
  });

  it('moves the one who changes side, and him more than the rest', () => {
    expect(dist(1925, 'c', 'a')).toBeLessThan(dist(1925, 'c', 'd'));
    expect(dist(1927, 'c', 'd')).toBeLessThan(dist(1927, 'c', 'a'));
    const others = ['a', 'b', 'd', 'e'];
    const move = (id: string) =>
      Math.hypot(years[1926][id].x - years[1925][id].x, years[1926][id].y - years[1925][id].y);
    for (const id of others) expect(move('c')).toBeGreaterThan(move(id));
    expect(medianMove(others, years[1925], years[1926])).toBeLessThan(0.1);
  });
});

describe('positionsAt', () => {
  const years = {
    '1924': { a: { x: 0, y: 0 } },
    '1925': { a: { x: 120, y: 12 } },
  };
  const fixed = { a: { x: 5, y: 5 } };

  it('draws a year with its own layout, a month between its year and the next', () => {
    expect(positionsAt(fixed, years, { year: 1924 }).a).toEqual({ x: 0, y: 0 });
    expect(positionsAt(fixed, years, { year: 1924, month: 1 }).a).toEqual({ x: 0, y: 0 });
    expect(positionsAt(fixed, years, { year: 1924, month: 7 }).a).toEqual({ x: 60, y: 6 });
    expect(positionsAt(fixed, years, { year: 1925, month: 7 }).a).toEqual({ x: 120, y: 12 });
  });

  it('falls back to the fixed layout without years or outside them', () => {
    expect(positionsAt(fixed, undefined, { year: 1924 })).toBe(fixed);
    expect(positionsAt(fixed, years, { year: 1930 })).toBe(fixed);
  });

  it('takes stored years only when they cover the range and every node', () => {
    const data = fx.dataset({ people: [fx.person('a')] });
    data.dataset.range = { from: '1924', to: '1925' };
    expect(completeYears({ ...data, layout: { positions: fixed, years } })).toBe(years);
    expect(
      completeYears({ ...data, layout: { positions: fixed, years: { '1924': years['1924'] } } }),
    ).toBeUndefined();
    expect(completeYears({ ...data, layout: { positions: fixed } })).toBeUndefined();
  });
});
