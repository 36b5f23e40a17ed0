/** The details of an edge (alliance, rivalry, betrayal, membership) and of an event. */
import { resolveSources } from '../dataset/citations';
import { formatPartialDate } from '../time/dates';
import { disputeOf } from './details-relations';
import type { EdgeDetails, EventDetails } from './details-types';
import { describeRecord, KIND_LABELS, named, recordLabel, ROLE_LABELS } from '../dataset/labels';
import type { Lookup } from '../dataset/lookup';
import type { DatasetRecords } from '../dataset/schema';
import { formatSpan } from './spans';
import { membershipKey, type TimelineState } from '../timeline/timeline';

/**
 * Both ends, span or date, summary, related records (what ended an alliance, which alliance
 * a betrayal ended), dispute note and sources of an alliance, rivalry, betrayal or membership
 * (by `membershipKey`). Undefined for any other id.
 */
export function edgeDetails(
  data: DatasetRecords,
  lookup: Lookup,
  state: TimelineState,
  id: string,
): EdgeDetails | undefined {
  const ref = lookup.byId.get(id);
  if (!ref) return undefined;
  const title = `${KIND_LABELS[ref.kind]}: ${recordLabel(lookup, id) ?? id}`;
  const base = { id, title, related: [] as EdgeDetails['related'] };
  const relate = (label: string, other: string) =>
    base.related.push({ label, id: other, text: describeRecord(lookup, other) });
  switch (ref.kind) {
    case 'alliance':
    case 'rivalry': {
      const r = ref.record;
      if (ref.kind === 'alliance' && ref.record.endedBy) relate('Ended by', ref.record.endedBy);
      for (const b of data.betrayals) {
        if (ref.kind === 'alliance' && b.ends === id && b.id !== ref.record.endedBy) {
          relate('Ended by', b.id);
        }
      }
      return {
        ...base,
        kind: ref.kind,
        ends: [
          { role: '', ref: named(lookup, r.a) },
          { role: '', ref: named(lookup, r.b) },
        ],
        when: formatSpan(r),
        active: (ref.kind === 'alliance' ? state.alliances : state.rivalries).has(r.id),
        summary: r.summary,
        ...disputeOf(r),
        sources: resolveSources(r.sources, lookup.sources),
      };
    }
    case 'betrayal': {
      const b = ref.record;
      if (b.ends) relate('Ends', b.ends);
      return {
        ...base,
        kind: 'betrayal',
        ends: [
          { role: 'By', ref: named(lookup, b.by) },
          { role: 'Against', ref: named(lookup, b.against) },
        ],
        when: formatPartialDate(b.date),
        active: state.betrayals.has(b.id),
        summary: b.summary,
        ...disputeOf(b),
        sources: resolveSources(b.sources, lookup.sources),
      };
    }
    case 'membership': {
      const m = ref.record;
      return {
        ...base,
        kind: 'membership',
        ends: [
          { role: ROLE_LABELS[m.role], ref: named(lookup, m.person) },
          { role: 'Faction', ref: named(lookup, m.faction) },
        ],
        when: formatSpan(m),
        active: state.memberships.has(membershipKey(m)),
        ...disputeOf(m),
        sources: resolveSources(m.sources, lookup.sources),
      };
    }
    default:
      return undefined;
  }
}

/** Date, kind, summary, people and sources of an event. Undefined unless it is an event. */
export function eventDetails(lookup: Lookup, id: string): EventDetails | undefined {
  const ref = lookup.byId.get(id);
  if (ref?.kind !== 'event') return undefined;
  const e = ref.record;
  return {
    kind: 'event',
    id,
    title: e.title,
    date: formatPartialDate(e.date),
    eventKind: e.kind ?? 'other',
    summary: e.summary,
    people: (e.people ?? []).map((p) => named(lookup, p)),
    ...disputeOf(e),
    sources: resolveSources(e.sources, lookup.sources),
  };
}
