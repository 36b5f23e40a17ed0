import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { leadingActors } from './leading';

describe('leadingActors', () => {
  const data = bundledDataset();

  it('names the most connected people, then the factions with most members', () => {
    const ids = leadingActors(data, { people: 3, factions: 2 });
    expect(ids).toHaveLength(5);
    const people = new Set(data.people.map((p) => p.id));
    expect(ids.slice(0, 3).every((id) => people.has(id))).toBe(true);
    expect(ids.slice(3).every((id) => !people.has(id))).toBe(true);
    // Counted over every kind of relationship and membership
    const degree = (id: string) =>
      data.memberships.filter((m) => m.person === id || m.faction === id).length +
      [...data.alliances, ...data.rivalries].filter((r) => r.a === id || r.b === id).length +
      data.betrayals.filter((b) => b.by === id || b.against === id).length;
    const ranked = data.people.map((p) => degree(p.id)).sort((a, b) => b - a);
    expect(ids.slice(0, 3).map(degree)).toEqual(ranked.slice(0, 3));
    const factions = data.factions.map((f) => degree(f.id)).sort((a, b) => b - a);
    expect(ids.slice(3).map(degree)).toEqual(factions.slice(0, 2));
  });

  it('keeps the dataset order between equals, and takes no more than there are', () => {
    const none = { ...data, memberships: [], alliances: [], rivalries: [], betrayals: [] };
    const ids = leadingActors(none, { people: 2, factions: 1000 });
    expect(ids).toEqual([data.people[0].id, data.people[1].id, ...data.factions.map((f) => f.id)]);
  });
});
