import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { seededRandom } from './random';
import type { DatasetRecords, Position } from '../dataset/schema';
import { quickLayout } from './quick';

const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

/** 12 factions of 30 members; 200 people with no faction, each allied to a member. */
function network(): DatasetRecords {
  const random = seededRandom(3);
  const factions = Array.from({ length: 12 }, (_, i) => fx.faction(`f${i}`, '1920'));
  const people = Array.from({ length: 560 }, (_, i) => fx.person(`p${i}`));
  const memberships = people.slice(0, 360).map((p, i) => fx.membership(p.id, `f${i % 12}`, '1920'));
  const alliances = people.slice(360).map((p, i) => fx.alliance(`a${i}`, p.id, `p${i}`, '1921'));
  const rivalries = Array.from({ length: 100 }, (_, i) =>
    fx.rivalry(`r${i}`, `p${Math.floor(random() * 360)}`, `p${Math.floor(random() * 360)}`, '1922'),
  ).filter((r) => r.a !== r.b);
  return fx.dataset({ people, factions, memberships, alliances, rivalries });
}

describe('quickLayout', () => {
  it('places every person and faction, the same way each time', () => {
    const data = network();
    const positions = quickLayout(data);
    const ids = [...data.people, ...data.factions].map((r) => r.id).sort();
    expect(Object.keys(positions).sort()).toEqual(ids);
    expect(quickLayout(network())).toEqual(positions);
    for (const p of Object.values(positions)) expect(Number.isInteger(p.x + p.y)).toBe(true);
  });

  it('puts members beside their faction and allies beside each other', () => {
    const data = network();
    const positions = quickLayout(data);
    const all = Object.values(positions);
    const pairs = 2_000;
    const random = seededRandom(9);
    let mean = 0;
    for (let i = 0; i < pairs; i++)
      mean +=
        distance(all[Math.floor(random() * all.length)], all[Math.floor(random() * all.length)]) /
        pairs;
    const membershipLength = Math.max(
      ...data.memberships.map((m) => distance(positions[m.person], positions[m.faction])),
    );
    const allianceLength = Math.max(
      ...data.alliances.map((a) => distance(positions[a.a], positions[a.b])),
    );
    expect(membershipLength).toBeLessThan(mean * 0.25);
    expect(allianceLength).toBeLessThan(mean * 0.2);
  });

  it('keeps people a node apart within a faction', () => {
    const data = network();
    const positions = quickLayout(data);
    const f0 = data.memberships.filter((m) => m.faction === 'f0').map((m) => positions[m.person]);
    let nearest = Infinity;
    for (let i = 0; i < f0.length; i++)
      for (let j = i + 1; j < f0.length; j++) nearest = Math.min(nearest, distance(f0[i], f0[j]));
    expect(nearest).toBeGreaterThan(20);
  });

  it('follows chains of people with no faction, and sets the unconnected aside', () => {
    const data = fx.dataset({
      factions: [fx.faction('f', '1920')],
      people: ['m', 'x', 'y', 'z', 'alone'].map((id) => fx.person(id)),
      memberships: [fx.membership('m', 'f', '1920')],
      alliances: [fx.alliance('a1', 'm', 'x', '1920')],
      betrayals: [fx.betrayal('b1', 'y', 'x', '1921')],
      rivalries: [fx.rivalry('r1', 'z', 'y', '1922')],
    });
    const positions = quickLayout(data);
    for (const [a, b] of [
      ['m', 'x'],
      ['x', 'y'],
      ['y', 'z'],
    ])
      expect(distance(positions[a], positions[b])).toBeLessThanOrEqual(81);
    expect(distance(positions.alone, positions.f)).toBeGreaterThan(100);
  });
});
