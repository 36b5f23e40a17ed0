/**
 * The details panel's content, by kind of selection: pure functions over the dataset, its
 * lookup and its timeline. Components only render what these return.
 */
import { edgeDetails, eventDetails } from './details-edge';
import { factionDetails } from './details-faction';
import { personDetails } from './details-person';
import type { SelectionDetails } from './details-types';
import type { Lookup } from './lookup';
import type { DatasetRecords } from './schema';
import type { Timeline } from './timeline';

export { edgeDetails, eventDetails } from './details-edge';
export { factionDetails } from './details-faction';
export { personDetails } from './details-person';
export type * from './details-types';

/**
 * The details of whatever `id` names (person, faction, edge by id or `membershipKey`, event),
 * as of `year`; undefined for an unknown id.
 */
export function selectionDetails(
  data: DatasetRecords,
  lookup: Lookup,
  timeline: Pick<Timeline, 'statusAt'>,
  id: string,
  year: number,
): SelectionDetails | undefined {
  switch (lookup.byId.get(id)?.kind) {
    case 'person':
      return personDetails(data, lookup, timeline, id, year);
    case 'faction':
      return factionDetails(data, lookup, id, year);
    case 'event':
      return eventDetails(lookup, id);
    case undefined:
      return undefined;
    default:
      return edgeDetails(data, lookup, id, year);
  }
}

/** The heading of the details panel: the name of a person or faction, else the title. */
export function detailsHeading(details: SelectionDetails): string {
  return details.kind === 'person' || details.kind === 'faction' ? details.name : details.title;
}
