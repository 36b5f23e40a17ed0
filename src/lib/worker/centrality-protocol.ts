/**
 * Messages between the page and the centrality worker. The records go over in slices of the
 * fields centrality reads (no summaries, no sources), so that no single post blocks the page.
 */
import type { DatasetRecords } from '$lib/model/dataset/schema';
import type { CentralitySeries } from '$lib/model/centrality/series';
import { networkCollections, type NetworkCollection } from '$lib/model/dataset/kinds';

/** The collections the timeline of centrality reads: the network's. */
export const CENTRALITY_COLLECTIONS = networkCollections;
export type CentralityCollection = NetworkCollection;

export type CentralityRequest =
  | { kind: 'part'; collection: CentralityCollection; items: unknown[] }
  | { kind: 'run'; dataset: DatasetRecords['dataset']; months: boolean };

export type CentralityReply =
  | { kind: 'progress'; progress: { done: number; total: number } }
  | { kind: 'done'; series: CentralitySeries }
  | { kind: 'error'; message: string };

/** A record reduced to what the timeline needs: ids, ends and dates. */
export function slim(collection: CentralityCollection, record: Record<string, unknown>): unknown {
  const keep = (...keys: string[]) => {
    const out: Record<string, unknown> = {};
    for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
    return out;
  };
  switch (collection) {
    case 'people': {
      const fate = record.fate as { kind: string; date: string } | undefined;
      return {
        ...keep('id', 'name', 'born', 'died'),
        ...(fate ? { fate: { kind: fate.kind, date: fate.date } } : {}),
      };
    }
    case 'memberships':
      return keep('person', 'faction', 'role', 'from', 'to');
    case 'betrayals':
      return keep('id', 'by', 'against', 'date');
    default:
      return keep('id', 'kind', 'a', 'b', 'from', 'to');
  }
}
