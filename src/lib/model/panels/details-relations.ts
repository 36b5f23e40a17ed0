/** Relationship and membership lines shared by the person and faction details. */
import { resolveSources } from '../dataset/citations';
import { comparePartialDates, formatPartialDate, isPartialDate } from '../time/dates';
import type { DisputeInfo, MembershipLine, RelationshipLine } from './details-types';
import { named } from '../dataset/labels';
import type { Lookup, RecordEntry } from '../dataset/lookup';
import type { DatasetRecords, Membership } from '../dataset/schema';
import { formatSpan } from './spans';
import {
  membershipKey,
  periodOf,
  type RelativePeriod,
  type TimelineState,
} from '../timeline/timeline';

/** The sets of a timeline state that say which relationships are active in its window. */
export type ActiveSets = Pick<
  TimelineState,
  'window' | 'alliances' | 'rivalries' | 'betrayals' | 'pastBetrayals'
>;

type RecordOf<K extends RecordEntry['kind']> = Extract<RecordEntry, { kind: K }>['record'];

/** The details of one kind of record by its id, as the panel asks for them. */
export type DetailsOf<D> = (
  data: DatasetRecords,
  lookup: Lookup,
  state: TimelineState,
  id: string,
) => D | undefined;

/**
 * Details of records of `kind`: `build` gets the record itself; an id of any other kind, or
 * of no record, has none (undefined).
 */
export function detailsFor<K extends RecordEntry['kind'], D>(
  kind: K,
  build: (record: RecordOf<K>, data: DatasetRecords, lookup: Lookup, state: TimelineState) => D,
): DetailsOf<D> {
  return (data, lookup, state, id) => {
    const ref = lookup.byId.get(id);
    return ref?.kind === kind ? build(ref.record as RecordOf<K>, data, lookup, state) : undefined;
  };
}

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

/**
 * Alliances, rivalries and betrayals that involve `id`, in order of their start; `active`
 * says whether the state (the window on screen) holds them.
 */
export function relationshipLines(
  data: DatasetRecords,
  lookup: Lookup,
  id: string,
  state: ActiveSets,
): RelationshipLine[] {
  const lines: { start: string; line: RelationshipLine }[] = [];
  const pairs = [
    ['alliance', 'Alliance with', data.alliances, state.alliances],
    ['rivalry', 'Rivalry with', data.rivalries, state.rivalries],
  ] as const;
  for (const [kind, label, records, active] of pairs) {
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
          active: active.has(r.id),
          period: periodOf(r, state.window, active.has(r.id)),
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
        active: state.betrayals.has(b.id),
        period: state.betrayals.has(b.id)
          ? 'now'
          : state.pastBetrayals.has(b.id)
            ? 'before'
            : 'later',
        summary: b.summary,
        ...disputeOf(b),
        sources: resolveSources(b.sources, lookup.sources),
      },
    });
  }
  return lines.sort(byDate((entry) => entry.start)).map((entry) => entry.line);
}

/** A membership as a line of a person's details. */
export function membershipLine(
  m: Membership,
  lookup: Lookup,
  state: Pick<TimelineState, 'memberships' | 'window'>,
): MembershipLine {
  const key = membershipKey(m);
  const active = state.memberships.has(key);
  return {
    key,
    faction: named(lookup, m.faction),
    role: m.role,
    when: formatSpan(m),
    active,
    period: periodOf(m, state.window, active),
    ...disputeOf(m),
    sources: resolveSources(m.sources, lookup.sources),
  };
}

/** Lines grouped by where they lie relative to the window on screen, each group in order. */
export function byPeriod<T extends { period: RelativePeriod }>(
  lines: readonly T[],
): Record<RelativePeriod, T[]> {
  const groups: Record<RelativePeriod, T[]> = { before: [], now: [], later: [] };
  for (const line of lines) groups[line.period].push(line);
  return groups;
}
