/**
 * A large network's leading actors, named at any zoom (`LEADING`): the people with the most
 * relationships and the factions with the most memberships over the whole dataset.
 */
import type { DatasetRecords } from '../dataset/schema';
import { LEADING } from './visual';

/**
 * The ids of the leading people (at most `LEADING.people`) then factions (`LEADING.factions`),
 * each by their number of memberships, alliances, rivalries and betrayals, most first; ties
 * keep the dataset's order.
 */
export function leadingActors(
  data: DatasetRecords,
  limits: { people: number; factions: number } = LEADING,
): string[] {
  const count = new Map<string, number>();
  const add = (...ids: string[]) => {
    for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  };
  for (const m of data.memberships) add(m.person, m.faction);
  for (const r of [...data.alliances, ...data.rivalries]) add(r.a, r.b);
  for (const b of data.betrayals) add(b.by, b.against);
  const top = (ids: string[], n: number) =>
    ids.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0)).slice(0, n);
  return [
    ...top(
      data.people.map((p) => p.id),
      limits.people,
    ),
    ...top(
      data.factions.map((f) => f.id),
      limits.factions,
    ),
  ];
}
