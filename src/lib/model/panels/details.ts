/**
 * The details panel's content, by kind of selection: pure functions over the dataset, its
 * lookup and its timeline. Components only render what these return.
 */
import { edgeDetails, eventDetails } from './details-edge';
import { factionDetails } from './details-faction';
import { personDetails } from './details-person';
import type { SelectionDetails } from './details-types';
import type { Lookup } from '../dataset/lookup';
import type { DatasetRecords } from '../dataset/schema';
import type { TimelineState } from '../timeline/timeline';

export { edgeDetails, eventDetails } from './details-edge';
export { factionDetails } from './details-faction';
export { personDetails } from './details-person';
export { byPeriod, type DetailsOf } from './details-relations';
export type * from './details-types';

/**
 * The details of whatever `id` names (person, faction, edge by id or `membershipKey`, event),
 * as the timeline state has it: what is active is what the state (the window on screen) holds.
 * Undefined for an unknown id.
 */
export function selectionDetails(
  data: DatasetRecords,
  lookup: Lookup,
  state: TimelineState,
  id: string,
): SelectionDetails | undefined {
  switch (lookup.byId.get(id)?.kind) {
    case 'person':
      return personDetails(data, lookup, state, id);
    case 'faction':
      return factionDetails(data, lookup, state, id);
    case 'event':
      return eventDetails(lookup, id);
    case undefined:
      return undefined;
    default:
      return edgeDetails(data, lookup, state, id);
  }
}

/** The heading of the details panel: the name of a person or faction, else the title. */
export function detailsHeading(details: SelectionDetails): string {
  return details.kind === 'person' || details.kind === 'faction' ? details.name : details.title;
}
