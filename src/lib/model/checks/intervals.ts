/**
 * Dates that contradict each other within one record: intervals that end before they start,
 * deaths before births, a default time outside the range, and disputes without a note.
 */
import type { DatasetRecords } from '../dataset/schema';
import { endsBeforeStart, firstDay, lastDay, type DateInterval } from '../time/dates';
import { datasetRef, itemRef, type ProblemSite, type Report } from './context';

type IntervalCollection = 'factions' | 'memberships' | 'alliances' | 'rivalries';
const intervalCollections: IntervalCollection[] = [
  'factions',
  'memberships',
  'alliances',
  'rivalries',
];

/** Reports intervals that end before they start, and the other within-record date errors. */
export function checkIntervals(records: DatasetRecords, report: Report): void {
  const interval = (at: ProblemSite, prefix: (string | number)[], value: DateInterval) => {
    if (endsBeforeStart(value)) {
      const message = `"${value.to}" is before the start "${value.from}" (expected an end on or after the start)`;
      report('error', at, [...prefix, 'to'], message);
    }
  };
  for (const collection of intervalCollections) {
    const list: readonly (DateInterval & { id?: string })[] = records[collection];
    list.forEach((record, i) => interval(itemRef(collection, i, record), [], record));
  }
  records.people.forEach((person, i) => {
    const at = itemRef('people', i, person);
    person.roles.forEach((role, r) => interval(at, ['roles', r], role));
    if (person.born && person.died && lastDay(person.died) < firstDay(person.born)) {
      const message = `"${person.died}" is before born "${person.born}" (expected a death after the birth)`;
      report('error', at, ['died'], message);
    }
  });
  const dataset = records.dataset;
  const at = datasetRef(records);
  interval(at, ['range'], dataset.range);
  const range = dataset.range;
  if (
    !endsBeforeStart(range) &&
    (lastDay(dataset.defaultTime) < firstDay(range.from) ||
      firstDay(dataset.defaultTime) > lastDay(range.to))
  ) {
    const message = `"${dataset.defaultTime}" is outside the range (expected a date from "${range.from}" to "${range.to}")`;
    report('error', at, ['defaultTime'], message);
  }
  checkDisputed(records, report);
}

/** A disputed point must say in `note` what is disputed and by whom. */
function checkDisputed(records: DatasetRecords, report: Report): void {
  const message = 'is true but the record has no note (expected a note saying what is disputed)';
  const collections = [...intervalCollections, 'people', 'betrayals', 'events'] as const;
  for (const collection of collections) {
    const list: readonly { id?: string; disputed?: boolean; note?: string }[] = records[collection];
    list.forEach((record, i) => {
      if (record.disputed && !record.note?.trim()) {
        report('error', itemRef(collection, i, record), ['disputed'], message);
      }
    });
  }
  records.people.forEach((person, i) => {
    if (person.fate?.disputed && !person.fate.note?.trim()) {
      const at = itemRef('people', i, person);
      report('error', at, ['fate', 'disputed'], message.replace('record', 'fate'));
    }
  });
}
