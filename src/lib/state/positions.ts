/** Positions for a dataset: the stored layout where it covers every node, else a computed one. */
import type { DatasetRecords, Position } from '$lib/model/schema';
import { computeLayout } from '$lib/graph/layout';

export function positionsFor(data: DatasetRecords): Record<string, Position> {
  const stored = data.layout?.positions;
  const ids = [...data.people, ...data.factions].map((r) => r.id);
  if (stored && ids.every((id) => stored[id])) return stored;
  return computeLayout(data).positions;
}
