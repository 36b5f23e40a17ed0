/**
 * A naive timeline for property tests, straight from DESIGN.md §4: it scans every record
 * with the plain functions of `dates.ts`. Same rules for unreadable and duplicate records.
 */
import {
  certainBounds,
  comparePartialDates,
  endsBeforeStart,
  firstDay,
  intervalSpan,
  lastDay,
  spansOverlap,
  yearOf,
  type DaySpan,
} from '$lib/model/time/dates';
import type { DatasetRecords, Person } from '$lib/model/dataset/schema';
import { membershipKey, type PersonStatus, type TimelineState } from '$lib/model/timeline/timeline';

/** The state before its uncertain elements are known. */
type CertainState = Omit<TimelineState, 'uncertain'>;

/** The records `keep` accepts, without later records that repeat a key. */
function firstById<T>(
  items: T[],
  key: (t: T) => string,
  keep: (t: T) => boolean = () => true,
): T[] {
  const seen = new Set<string>();
  return items.filter((t) => keep(t) && !seen.has(key(t)) && seen.add(key(t)) !== undefined);
}
const valid = (r: { from: string; to?: string }) => !endsBeforeStart(r);
const daySpan = (d: string) => ({ start: firstDay(d), end: lastDay(d) });

function naiveStatus(p: Person, w: DaySpan): PersonStatus {
  const death = p.fate?.date ?? p.died;
  if (death === undefined || firstDay(death) > w.end) return { alive: true };
  const year = yearOf(death);
  return p.fate
    ? { alive: false, fate: p.fate.kind, date: death, year }
    : { alive: false, date: death, year };
}

/** Certainly active: the latest start is on or before the window's end, the earliest end after its start. */
const certain = (r: { from: string; to?: string }, w: DaySpan) =>
  lastDay(r.from) <= w.end && (r.to === undefined || firstDay(r.to) >= w.start);
const certainDate = (d: string, w: DaySpan) =>
  certainBounds(d).start <= w.end && certainBounds(d).end >= w.start;

/** The uncertain part of a state: active records only possibly active, the possibly dead. */
function naiveUncertain(
  data: DatasetRecords,
  w: DaySpan,
  state: CertainState,
): TimelineState['uncertain'] {
  const only = <T extends { from: string; to?: string }>(
    items: T[],
    key: (t: T) => string,
    active: Set<string>,
  ) =>
    new Set(
      firstById(items, key, valid)
        .filter((r) => active.has(key(r)) && !certain(r, w))
        .map(key),
    );
  const deathOf = (p: Person) => p.fate?.date ?? p.died;
  const possiblyDead = (p: Person) => {
    const d = deathOf(p);
    return d !== undefined && firstDay(d) <= w.end && w.end < lastDay(d);
  };
  return {
    person: new Set(
      firstById(data.people, (p) => p.id)
        .filter((p) => state.people.has(p.id) && possiblyDead(p))
        .map((p) => p.id),
    ),
    faction: only(data.factions, (f) => f.id, state.factions),
    membership: only(data.memberships, membershipKey, state.memberships),
    alliance: only(data.alliances, (a) => a.id, state.alliances),
    rivalry: only(data.rivalries, (r) => r.id, state.rivalries),
    betrayal: new Set(
      firstById(data.betrayals, (b) => b.id)
        .filter((b) => state.betrayals.has(b.id) && !certainDate(b.date, w))
        .map((b) => b.id),
    ),
  };
}

/** The state in a window, by scanning every record: the reference for property tests. */
export function naiveState(data: DatasetRecords, w: DaySpan): TimelineState {
  const active = <T extends { from: string; to?: string }>(items: T[], key: (t: T) => string) =>
    new Set(
      firstById(items, key, valid)
        .filter((r) => spansOverlap(intervalSpan(r), w))
        .map(key),
    );
  const people = firstById(data.people, (p) => p.id).filter(
    (p) => p.born === undefined || firstDay(p.born) <= w.end,
  );
  const betrayals = firstById(data.betrayals, (b) => b.id);
  const events = firstById(data.events, (e) => e.id)
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => spansOverlap(daySpan(e.date), w))
    .sort((x, y) => comparePartialDates(x.e.date, y.e.date) || x.index - y.index);
  const state: CertainState = {
    window: w,
    people: new Map(people.map((p) => [p.id, naiveStatus(p, w)])),
    factions: active(data.factions, (f) => f.id),
    memberships: active(data.memberships, membershipKey),
    alliances: active(data.alliances, (a) => a.id),
    rivalries: active(data.rivalries, (r) => r.id),
    betrayals: new Set(betrayals.filter((b) => spansOverlap(daySpan(b.date), w)).map((b) => b.id)),
    pastBetrayals: new Set(betrayals.filter((b) => lastDay(b.date) < w.start).map((b) => b.id)),
    events: events.map(({ e }) => e.id),
  };
  return { ...state, uncertain: naiveUncertain(data, w, state) };
}
