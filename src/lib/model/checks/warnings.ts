/**
 * Non-blocking checks: things that are probably mistakes but may be deliberate.
 */
import type { Alliance, DatasetRecords } from '../dataset/schema';
import {
  endsBeforeStart,
  firstDay,
  lastDay,
  spansOverlap,
  type DateInterval,
  type DaySpan,
} from '../time/dates';
import { quote } from '../dataset/problems';
import { itemRef, type RecordIndex, type Report } from './context';

/** Reports overlapping alliances of one pair, deaths without a fate, records outside the range. */
export function checkWarnings(records: DatasetRecords, index: RecordIndex, report: Report): void {
  checkOverlappingAlliances(records.alliances, report);
  records.people.forEach((person, i) => {
    const at = itemRef('people', i, person);
    if (person.died !== undefined && person.fate === undefined) {
      const message = `is missing but died is "${person.died}" (expected {kind, date} saying how the person died)`;
      report('warning', at, ['fate'], message);
    } else if (person.fate !== undefined && person.fate.date !== person.died) {
      const died = person.died === undefined ? 'died is missing' : `died is "${person.died}"`;
      const message = `"${person.fate.date}" differs from died (${died}; expected the same date)`;
      report('warning', at, ['fate', 'date'], message);
    }
  });
  const range: DaySpan = { start: index.rangeStart, end: index.rangeEnd };
  const rangeText = `${records.dataset.range.from} to ${records.dataset.range.to}`;
  const message = `is dated wholly outside the dataset's range (${rangeText})`;
  for (const collection of ['factions', 'memberships', 'alliances', 'rivalries'] as const) {
    const list: readonly (DateInterval & { id?: string })[] = records[collection];
    list.forEach((record, i) => {
      const span = { start: firstDay(record.from), end: record.to ? lastDay(record.to) : Infinity };
      // An interval that ends before it starts is already an error
      if (!endsBeforeStart(record) && !spansOverlap(span, range))
        report('warning', itemRef(collection, i, record), ['from'], message);
    });
  }
  for (const collection of ['betrayals', 'events'] as const) {
    records[collection].forEach((record, i) => {
      const span = { start: firstDay(record.date), end: lastDay(record.date) };
      if (!spansOverlap(span, range))
        report('warning', itemRef(collection, i, record), ['date'], message);
    });
  }
}

/** Two alliances of one pair that surely overlap are probably one alliance entered twice. */
function checkOverlappingAlliances(alliances: readonly Alliance[], report: Report): void {
  const byPair = new Map<string, number[]>();
  alliances.forEach((alliance, i) => {
    const key = [alliance.a, alliance.b].sort().join('\u0000');
    const list = byPair.get(key) ?? [];
    for (const j of list) {
      const other = alliances[j];
      if (surelyOverlap(alliance, other)) {
        const message = `overlaps alliance ${quote(other.id)} of the same pair (${other.from} to ${other.to ?? 'open'}; expected one alliance per pair at a time)`;
        report('warning', itemRef('alliances', i, alliance), ['from'], message);
      }
    }
    list.push(i);
    byPair.set(key, list);
  });
}

/** True when two intervals share a day whatever their partial dates mean. */
function surelyOverlap(a: DateInterval, b: DateInterval): boolean {
  const start = Math.max(lastDay(a.from), lastDay(b.from));
  const end = Math.min(a.to ? firstDay(a.to) : Infinity, b.to ? firstDay(b.to) : Infinity);
  return start <= end;
}
