/** Relationship and membership lines shared by the person and faction details. */
import { resolveSources } from './citations';
import { comparePartialDates, formatPartialDate, isPartialDate } from './dates';
import type { DisputeInfo, MembershipLine, RelationshipLine } from './details-types';
import { named } from './labels';
import type { Lookup } from './lookup';
import type { DatasetRecords, Membership } from './schema';
import { activeInYear, dateInYear, formatSpan } from './spans';
import { membershipKey } from './timeline';

/** The dispute flag and note of a record. */
export function disputeOf(record: { disputed?: boolean; note?: string }): DisputeInfo {
  return record.note
    ? { disputed: record.disputed === true, note: record.note }
    : { disputed: record.disputed === true };
}

/** Orders records by a start date; unreadable dates go last. */
export function byDate<T>(date: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = date(a);
    const y = date(b);
    const okX = isPartialDate(x);
    const okY = isPartialDate(y);
    if (okX && okY) return comparePartialDates(x, y);
    return okX ? -1 : okY ? 1 : 0;
  };
}

/** Alliances, rivalries and betrayals that involve `id`, in order of their start. */
export function relationshipLines(
  data: DatasetRecords,
  lookup: Lookup,
  id: string,
  year: number,
): RelationshipLine[] {
  const lines: { start: string; line: RelationshipLine }[] = [];
  const pairs = [
    ['alliance', 'Alliance with', data.alliances],
    ['rivalry', 'Rivalry with', data.rivalries],
  ] as const;
  for (const [kind, label, records] of pairs) {
    for (const r of records) {
      if (r.a !== id && r.b !== id) continue;
      lines.push({
        start: r.from,
        line: {
          id: r.id,
          kind,
          label,
          counterpart: named(lookup, r.a === id ? r.b : r.a),
          when: formatSpan(r),
          active: activeInYear(r, year),
          summary: r.summary,
          ...disputeOf(r),
          sources: resolveSources(r.sources, lookup.sources),
        },
      });
    }
  }
  for (const b of data.betrayals) {
    if (b.by !== id && b.against !== id) continue;
    const by = b.by === id;
    lines.push({
      start: b.date,
      line: {
        id: b.id,
        kind: 'betrayal',
        label: by ? 'Betrayed' : 'Betrayed by',
        counterpart: named(lookup, by ? b.against : b.by),
        when: formatPartialDate(b.date),
        active: dateInYear(b.date, year),
        summary: b.summary,
        ...disputeOf(b),
        sources: resolveSources(b.sources, lookup.sources),
      },
    });
  }
  return lines.sort(byDate((entry) => entry.start)).map((entry) => entry.line);
}

/** A membership as a line of a person's details. */
export function membershipLine(m: Membership, lookup: Lookup, year: number): MembershipLine {
  return {
    key: membershipKey(m),
    faction: named(lookup, m.faction),
    role: m.role,
    when: formatSpan(m),
    active: activeInYear(m, year),
    ...disputeOf(m),
    sources: resolveSources(m.sources, lookup.sources),
  };
}
