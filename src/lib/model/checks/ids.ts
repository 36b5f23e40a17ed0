/**
 * Duplicate ids. People and factions share one id space (both are graph nodes), as do
 * alliances, rivalries, betrayals and events (links and markers); sources have their own.
 */
import type { CollectionName, DatasetRecords } from '../dataset/schema';
import { otherRecordMessage, quote, type OtherRecord } from '../dataset/problems';
import { itemRef, type Report } from './context';

/** Reports every record whose id an earlier record in the same id space already uses. */
export function checkIds(records: DatasetRecords, report: Report): void {
  checkSpace(records, ['people', 'factions'], report);
  checkSpace(records, ['sources'], report);
  checkSpace(records, ['alliances', 'rivalries', 'betrayals', 'events'], report);
}

type WithId = Exclude<CollectionName, 'memberships'>;

function checkSpace(records: DatasetRecords, collections: WithId[], report: Report): void {
  const seen = new Map<string, OtherRecord>();
  for (const collection of collections) {
    const list: readonly { id: string }[] = records[collection];
    list.forEach((record, index) => {
      const ref = itemRef(collection, index, record);
      const first = seen.get(record.id);
      if (first !== undefined) {
        const other = { ...first, lead: `duplicate id: ${quote(record.id)} ${first.lead}` };
        report('error', ref, ['id'], otherRecordMessage(other), { other });
      } else {
        const lead = `is already the id of ${article(ref.kind)} ${ref.kind}`;
        seen.set(record.id, { collection, index, lead });
      }
    });
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
