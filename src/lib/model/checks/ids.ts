/**
 * Duplicate ids. People and factions share one id space (both are graph nodes), as do
 * alliances, rivalries, betrayals and events (links and markers); sources have their own.
 */
import type { CollectionName, DatasetRecords } from '../schema';
import { quote } from '../problems';
import { itemRef, type Report } from './context';

/** Reports every record whose id an earlier record in the same id space already uses. */
export function checkIds(records: DatasetRecords, report: Report): void {
  checkSpace(records, ['people', 'factions'], report);
  checkSpace(records, ['sources'], report);
  checkSpace(records, ['alliances', 'rivalries', 'betrayals', 'events'], report);
}

type WithId = Exclude<CollectionName, 'memberships'>;

function checkSpace(records: DatasetRecords, collections: WithId[], report: Report): void {
  const seen = new Map<string, string>();
  for (const collection of collections) {
    const list: readonly { id: string }[] = records[collection];
    list.forEach((record, index) => {
      const ref = itemRef(collection, index, record);
      const first = seen.get(record.id);
      if (first !== undefined) {
        report(
          'error',
          ref,
          ['id'],
          `duplicate id: ${quote(record.id)} is already the id of ${first}`,
        );
      } else {
        seen.set(record.id, `${article(ref.kind)} ${ref.kind} (${collection}[${index}])`);
      }
    });
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
