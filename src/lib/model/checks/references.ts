/**
 * Dangling references: every id a record mentions must name a record of the right kind.
 */
import type { DatasetRecords, SourceRef } from '../dataset/schema';
import { networkCollections } from '../dataset/kinds';
import { quote, type JsonPath, type RecordKind } from '../dataset/problems';
import { itemRef, type RecordIndex, type ProblemSite, type Report } from './context';

type EntityWant = 'person' | 'faction' | 'person or faction';
const WANTED_KINDS: Record<EntityWant, RecordKind[]> = {
  person: ['person'],
  faction: ['faction'],
  'person or faction': ['person', 'faction'],
};

/** Reports references to missing records, or to records of the wrong kind. */
export function checkReferences(records: DatasetRecords, index: RecordIndex, report: Report): void {
  const entity = (at: ProblemSite, field: JsonPath, id: string, want: EntityWant) => {
    const found = index.entities.get(id);
    if (!found) {
      const missing = { id, kinds: WANTED_KINDS[want] };
      report('error', at, field, `references unknown ${want} ${quote(id)}`, { missing });
    } else if (want !== 'person or faction' && found.kind !== want) {
      report(
        'error',
        at,
        field,
        `references ${quote(id)}, which is a ${found.kind} (expected a ${want})`,
      );
    }
  };
  const relation = (at: ProblemSite, field: JsonPath, id: string, want: RecordKind[]) => {
    const kind = index.relations.get(id);
    const expected = want.join(' or ');
    if (!kind) {
      const missing = { id, kinds: want };
      report('error', at, field, `references unknown ${expected} ${quote(id)}`, { missing });
    } else if (!want.includes(kind)) {
      report(
        'error',
        at,
        field,
        `references ${quote(id)}, which is a ${kind} (expected ${expected})`,
      );
    }
  };
  const twoEnds = (at: ProblemSite, a: [string, string], b: [string, string]) => {
    entity(at, [a[0]], a[1], 'person or faction');
    entity(at, [b[0]], b[1], 'person or faction');
    if (a[1] === b[1]) {
      const message = `is the same as ${a[0]} (${quote(a[1])}) (expected two different ends)`;
      report('error', at, [b[0]], message);
    }
  };

  records.memberships.forEach((m, i) => {
    const at = itemRef('memberships', i, m);
    entity(at, ['person'], m.person, 'person');
    entity(at, ['faction'], m.faction, 'faction');
  });
  records.alliances.forEach((r, i) => {
    const at = itemRef('alliances', i, r);
    twoEnds(at, ['a', r.a], ['b', r.b]);
    if (r.endedBy !== undefined) relation(at, ['endedBy'], r.endedBy, ['betrayal', 'event']);
  });
  records.rivalries.forEach((r, i) => twoEnds(itemRef('rivalries', i, r), ['a', r.a], ['b', r.b]));
  records.betrayals.forEach((r, i) => {
    const at = itemRef('betrayals', i, r);
    twoEnds(at, ['by', r.by], ['against', r.against]);
    if (r.ends !== undefined) relation(at, ['ends'], r.ends, ['alliance']);
  });
  records.events.forEach((r, i) => {
    const at = itemRef('events', i, r);
    r.people.forEach((id, j) => entity(at, ['people', j], id, 'person'));
  });
  checkCitations(records, index, report);
}

/** Every citation must name an entry of sources.json. */
function checkCitations(records: DatasetRecords, index: RecordIndex, report: Report): void {
  const cite = (at: ProblemSite, prefix: JsonPath, refs: readonly SourceRef[]) =>
    checkSourceRefs(index, report, at, prefix, refs);
  const cited = [...networkCollections, 'events'] as const;
  for (const collection of cited) {
    const list: readonly { id?: string; sources: SourceRef[] }[] = records[collection];
    list.forEach((record, i) => cite(itemRef(collection, i, record), ['sources'], record.sources));
  }
  records.people.forEach((person, i) => {
    const at = itemRef('people', i, person);
    person.roles.forEach((role, r) => cite(at, ['roles', r, 'sources'], role.sources));
  });
}

/** Reports every citation in `refs` (at `prefix` of the record) that names no source. */
export function checkSourceRefs(
  index: RecordIndex,
  report: Report,
  at: ProblemSite,
  prefix: JsonPath,
  refs: readonly SourceRef[],
): void {
  refs.forEach((ref, k) => {
    if (!index.sources.has(ref.source)) {
      report(
        'error',
        at,
        [...prefix, k, 'source'],
        `references unknown source ${quote(ref.source)}`,
        { missing: { id: ref.source, kinds: ['source'] } },
      );
    }
  });
}
