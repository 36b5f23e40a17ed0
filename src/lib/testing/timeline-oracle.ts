/**
 * A naive timeline for property tests, straight from DESIGN.md §4: it scans every record
 * with the plain functions of `dates.ts`. Same rules for unreadable and duplicate records.
 */
import {
  comparePartialDates,
  endsBeforeStart,
  firstDay,
  intervalSpan,
  lastDay,
  spansOverlap,
  type DaySpan,
} from '$lib/model/dates';
import type { DatasetRecords, Person } from '$lib/model/schema';
import { membershipKey, type PersonStatus, type TimelineState } from '$lib/model/timeline';

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
  const year = Number(death.slice(0, 4));
  return p.fate
    ? { alive: false, fate: p.fate.kind, date: death, year }
    : { alive: false, date: death, year };
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
  return {
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
}
