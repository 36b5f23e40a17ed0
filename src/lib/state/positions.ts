/** Positions for a dataset: the stored layout where it covers every node, else a computed one. */
import type { DatasetRecords, Position } from '$lib/model/schema';

type LayoutCode = typeof import('$lib/graph/layout');
let layoutCode: LayoutCode | undefined;

/** The stored layout when it places every person and faction, else undefined. */
export function storedPositions(data: DatasetRecords): Record<string, Position> | undefined {
  const stored = data.layout?.positions;
  const ids = [...data.people, ...data.factions].map((r) => r.id);
  return stored && ids.every((id) => stored[id]) ? stored : undefined;
}

/**
 * Loads the layout code (fCoSE) when `data` has no complete stored layout: await it before
 * `positionsFor`. Imported on demand, fCoSE stays out of the page's JavaScript for datasets
 * that ship a layout (the bundled one does).
 */
export async function prepareLayout(data: DatasetRecords): Promise<void> {
  if (!storedPositions(data)) layoutCode ??= await import('$lib/graph/layout');
}

export function positionsFor(data: DatasetRecords): Record<string, Position> {
  const stored = storedPositions(data);
  if (stored) return stored;
  if (!layoutCode) throw new Error('no layout code: await prepareLayout(data) before positionsFor');
  return layoutCode.computeLayout(data).positions;
}
