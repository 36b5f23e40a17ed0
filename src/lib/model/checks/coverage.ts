/**
 * Authoring checks that `npm run validate` adds (the app does not): people the dataset says
 * too little about to place them in time or in the network.
 */
import type { DatasetRecords } from '../dataset/schema';
import { itemRef, type Report } from './context';

/** Warns for people with neither `born` nor `died`, and for people no relationship names. */
export function checkCoverage(records: DatasetRecords, report: Report): void {
  const related = new Set<string>();
  // forEach: records that failed their schema are holes in these lists
  records.memberships.forEach((m) => related.add(m.person));
  records.alliances.forEach((r) => related.add(r.a).add(r.b));
  records.rivalries.forEach((r) => related.add(r.a).add(r.b));
  records.betrayals.forEach((b) => related.add(b.by).add(b.against));
  records.people.forEach((person, i) => {
    const at = itemRef('people', i, person);
    if (person.born === undefined && person.died === undefined)
      report(
        'warning',
        at,
        [],
        'has no life dates (expected born, and died if the person has died)',
      );
    if (!related.has(person.id))
      report(
        'warning',
        at,
        [],
        'has no relationship (expected a membership, alliance, rivalry or betrayal naming them)',
      );
  });
}
