/**
 * Several lifelines one above another: the members of one faction in one year (the lesson's
 * overview: the Politburo of 1924, followed to 1938), each reduced to life, factions and
 * betrayals so that the group fits on one screen.
 */
import { byDate } from '../panels/details-relations';
import type { Lookup } from '../dataset/lookup';
import type { DatasetRecords } from '../dataset/schema';
import { activeIn, yearWindow } from '../timeline/timeline';
import { personLanes, type Lane } from './lanes';

/** The people of a faction with a membership active in `year`, in the order they joined. */
export function groupMembers(data: DatasetRecords, factionId: string, year: number): string[] {
  const window = yearWindow(year);
  const people = data.memberships
    .filter((m) => m.faction === factionId && activeIn(m, window))
    .sort(byDate((m) => m.from))
    .map((m) => m.person);
  return people.filter((id, i) => people.indexOf(id) === i);
}

/**
 * The group shown first: the faction with the most members in `year` (ties: the first in the
 * file), or undefined when no faction has any.
 */
export function defaultGroup(data: DatasetRecords, year: number): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const f of data.factions) {
    const n = groupMembers(data, f.id, year).length;
    if (n > most) [best, most] = [f.id, n];
  }
  return best;
}

/** One person of the overview: their life, their factions and the betrayals they took part in. */
export function overviewLanes(data: DatasetRecords, lookup: Lookup, personId: string): Lane[] {
  return personLanes(data, lookup, personId).filter(
    (lane) => lane.key === 'life' || lane.key.startsWith('faction:') || lane.key === 'betrayals',
  );
}
