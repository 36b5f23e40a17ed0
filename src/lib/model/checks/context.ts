/**
 * Shared plumbing of the cross-record checks: where a record sits, how to report on it,
 * and an index of the records by id.
 */
import type { CollectionName, DatasetRecords, Faction, Person } from '../dataset/schema';
import { fieldName, membershipSubject, recordKinds } from '../dataset/problems';
import type { JsonPath, MissingRecord, OtherRecord, Problem } from '../dataset/problems';
import type { RecordKind, Severity } from '../dataset/problems';
import { firstDay, lastDay, type DaySpan } from '../time/dates';

/** Where a record sits: its file, its path in the file, its kind and id. */
export interface ProblemSite {
  file: string;
  path: JsonPath;
  kind: RecordKind;
  recordId?: string;
}

/** Reports a problem in a field of a record. */
export type Report = (
  severity: Severity,
  at: ProblemSite,
  field: JsonPath,
  message: string,
  about?: { other?: OtherRecord; missing?: MissingRecord },
) => void;

/** The reference to item `index` of a collection file. */
export function itemRef(
  collection: CollectionName,
  index: number,
  record: { id?: string; person?: string; faction?: string },
): ProblemSite {
  const recordId =
    collection === 'memberships'
      ? membershipSubject(String(record.person), String(record.faction))
      : (record.id ?? undefined);
  return {
    file: `${collection}.json`,
    path: ['items', index],
    kind: recordKinds[collection],
    recordId,
  };
}

/** The reference to the dataset description (dataset.json). */
export function datasetRef(records: DatasetRecords): ProblemSite {
  return { file: 'dataset.json', path: [], kind: 'dataset', recordId: records.dataset.id };
}

/** A reporter that appends to `problems`. */
export function reporter(problems: Problem[]): Report {
  return (severity, at, field, message, about) => {
    problems.push({
      ...about,
      severity,
      file: at.file,
      path: [...at.path, ...field],
      kind: at.kind,
      recordId: at.recordId,
      field: field.length > 0 ? fieldName(field) : undefined,
      message,
    });
  };
}

/** A person or a faction: the things relationships connect. */
export type Entity =
  | { kind: 'person'; record: Person; span: DaySpan }
  | { kind: 'faction'; record: Faction; span: DaySpan };

/** Records by id (the first one wins when ids repeat; duplicates are reported separately). */
export interface RecordIndex {
  entities: Map<string, Entity>;
  sources: Set<string>;
  /** Alliance, rivalry, betrayal and event ids, with the kind each one names. */
  relations: Map<string, RecordKind>;
  /** First day of the dataset's range. */
  rangeStart: number;
  /** Last day of the dataset's range: where an open interval is sure to reach. */
  rangeEnd: number;
}

/** Indexes records by id. */
export function buildIndex(records: DatasetRecords): RecordIndex {
  const entities = new Map<string, Entity>();
  // forEach, not for…of: records that failed their schema are holes in these lists, skipped
  records.people.forEach((record) => {
    if (entities.has(record.id)) return;
    const span = {
      start: record.born ? firstDay(record.born) : -Infinity,
      end: record.died ? lastDay(record.died) : Infinity,
    };
    entities.set(record.id, { kind: 'person', record, span });
  });
  records.factions.forEach((record) => {
    if (entities.has(record.id)) return;
    const span = { start: firstDay(record.from), end: record.to ? lastDay(record.to) : Infinity };
    entities.set(record.id, { kind: 'faction', record, span });
  });
  const relations = new Map<string, RecordKind>();
  const relationLists = [
    ['alliance', records.alliances],
    ['rivalry', records.rivalries],
    ['betrayal', records.betrayals],
    ['event', records.events],
  ] as const;
  for (const [kind, list] of relationLists) {
    list.forEach((record) => {
      if (!relations.has(record.id)) relations.set(record.id, kind);
    });
  }
  return {
    entities,
    sources: new Set(records.sources.flatMap((source) => [source.id])),
    relations,
    rangeStart: firstDay(records.dataset.range.from),
    rangeEnd: lastDay(records.dataset.range.to),
  };
}
