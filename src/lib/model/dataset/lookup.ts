/** Id lookups over a dataset, built once per dataset. */
import type {
  Alliance,
  Betrayal,
  DatasetEvent,
  DatasetRecords,
  Faction,
  Membership,
  Person,
  Rivalry,
  Source,
} from './schema';
import { membershipKey } from '../timeline/timeline';

export type RecordEntry =
  | { kind: 'person'; record: Person }
  | { kind: 'faction'; record: Faction }
  | { kind: 'membership'; record: Membership }
  | { kind: 'alliance'; record: Alliance }
  | { kind: 'rivalry'; record: Rivalry }
  | { kind: 'betrayal'; record: Betrayal }
  | { kind: 'event'; record: DatasetEvent };

export interface Lookup {
  /** Any record by its id (memberships by `membershipKey`). */
  byId: Map<string, RecordEntry>;
  sources: Map<string, Source>;
  /** Display name of a person or faction, falling back to the id. */
  nameOf(id: string): string;
}

/** Indexes every record of a dataset by id. */
export function buildLookup(data: DatasetRecords): Lookup {
  const byId = new Map<string, RecordEntry>();
  for (const record of data.events) byId.set(record.id, { kind: 'event', record });
  for (const record of data.betrayals) byId.set(record.id, { kind: 'betrayal', record });
  for (const record of data.rivalries) byId.set(record.id, { kind: 'rivalry', record });
  for (const record of data.alliances) byId.set(record.id, { kind: 'alliance', record });
  for (const record of data.memberships)
    byId.set(membershipKey(record), { kind: 'membership', record });
  for (const record of data.factions) byId.set(record.id, { kind: 'faction', record });
  for (const record of data.people) byId.set(record.id, { kind: 'person', record });
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return {
    byId,
    sources,
    nameOf(id) {
      const ref = byId.get(id);
      return ref && (ref.kind === 'person' || ref.kind === 'faction') ? ref.record.name : id;
    },
  };
}
