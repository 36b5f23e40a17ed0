/**
 * Records that reach outside the lives and spans they depend on: a membership outside the
 * person's life or the faction's span, a relationship or betrayal outside either end's.
 * Only sure violations count: `1927` is within a life that ends `1927-03`.
 */
import type { DatasetRecords } from '../dataset/schema';
import { quote, type JsonPath } from '../dataset/problems';
import { firstDay, lastDay, type DateInterval } from '../time/dates';
import { itemRef, type Entity, type RecordIndex, type ProblemSite, type Report } from './context';

/** Reports records dated outside the life or span of the people and factions they involve. */
export function checkSpans(records: DatasetRecords, index: RecordIndex, report: Report): void {
  const within = (
    at: ProblemSite,
    value: DateInterval,
    id: string,
    fields?: [JsonPath, JsonPath],
  ) => {
    const entity = index.entities.get(id);
    if (entity) checkWithin(at, value, entity, index.rangeEnd, report, fields);
  };
  records.memberships.forEach((m, i) => {
    const at = itemRef('memberships', i, m);
    within(at, m, m.person);
    within(at, m, m.faction);
  });
  for (const collection of ['alliances', 'rivalries'] as const) {
    records[collection].forEach((r, i) => {
      const at = itemRef(collection, i, r);
      within(at, r, r.a);
      if (r.b !== r.a) within(at, r, r.b);
    });
  }
  records.betrayals.forEach((b, i) => {
    const at = itemRef('betrayals', i, b);
    const date: [JsonPath, JsonPath] = [['date'], ['date']];
    within(at, { from: b.date, to: b.date }, b.by, date);
    if (b.against !== b.by) within(at, { from: b.date, to: b.date }, b.against, date);
  });
  records.people.forEach((person, i) => {
    const at = itemRef('people', i, person);
    person.roles.forEach((role, r) => {
      within(at, role, person.id, [
        ['roles', r, 'from'],
        ['roles', r, 'to'],
      ]);
    });
  });
}

function checkWithin(
  at: ProblemSite,
  value: DateInterval,
  entity: Entity,
  rangeEnd: number,
  report: Report,
  [fromField, toField]: [JsonPath, JsonPath] = [['from'], ['to']],
): void {
  const name = `${entity.kind} ${quote(entity.record.id)}`;
  const [startWord, endWord, start, end] =
    entity.kind === 'person'
      ? ['was born', 'died', entity.record.born, entity.record.died]
      : ['began', 'ended', entity.record.from, entity.record.to];
  if (start !== undefined && lastDay(value.from) < entity.span.start) {
    report('error', at, fromField, `"${value.from}" is before ${name} ${startWord} ("${start}")`);
  }
  if (end === undefined) return;
  // An open interval surely lasts to the end of the dataset's range
  const surelyUntil =
    value.to !== undefined ? firstDay(value.to) : Math.max(rangeEnd, firstDay(value.from));
  if (surelyUntil <= entity.span.end) return;
  const message =
    value.to !== undefined
      ? `"${value.to}" is after ${name} ${endWord} ("${end}")`
      : `is missing, so it lasts past the dataset's range, but ${name} ${endWord} "${end}" (expected an end date)`;
  report('error', at, toField, message);
}
