import type { Faction } from './schema';

/**
 * Kinds without Zod: the kinds of faction, which the graph's visual spec reads on a first visit
 * when the schema (and Zod) is not loaded, and the collections that make the network.
 */
export const factionKinds = ['leadership', 'opposition', 'institution', 'bloc'] as const;

/** One kind of faction. */
export type FactionKind = (typeof factionKinds)[number];

/**
 * The collections that make the network: its nodes (people, factions) and the ties between
 * them. What an import fills and what the timeline of centrality reads.
 */
export const networkCollections = [
  'people',
  'factions',
  'memberships',
  'alliances',
  'rivalries',
  'betrayals',
] as const;
export type NetworkCollection = (typeof networkCollections)[number];

/** One empty list per network collection, for an import to fill. */
export function emptyNetworkLists<T>(): Record<NetworkCollection, T[]> {
  const lists = {} as Record<NetworkCollection, T[]>;
  for (const collection of networkCollections) lists[collection] = [];
  return lists;
}

const institutionSets = new WeakMap<readonly Faction[], ReadonlySet<string>>();

/**
 * The ids of the factions that are institutions, whose offices follow their own filter and
 * weigh less in emphasis and layout. Built once per dataset.
 */
export function institutionIds(data: { factions: readonly Faction[] }): ReadonlySet<string> {
  let ids = institutionSets.get(data.factions);
  if (!ids) {
    ids = new Set(data.factions.filter((f) => f.kind === 'institution').map((f) => f.id));
    institutionSets.set(data.factions, ids);
  }
  return ids;
}
