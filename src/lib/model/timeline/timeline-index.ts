/**
 * The index behind a timeline, built once per dataset: one interval index per kind of
 * record, deaths sorted by day, and events in chronological order.
 */
import type { DaySpan } from '../time/dates';
import { compareEvents } from './event-steps';
import { IntervalIndex } from '../time/interval-index';
import { SortedDays } from '../time/sorted-days';
import type { DatasetRecords } from '../dataset/schema';
import type { ElementKind, PersonStatus } from './timeline-types';
import {
  ALIVE,
  deathOf,
  keyedSpans,
  dateReader,
  intervalReader,
  membershipKey,
  personReader,
  type KeyedSpans,
} from './timeline-records';

/** The records of one kind and their index. */
export interface KindIndex {
  keys: string[];
  index: IntervalIndex;
  /** Certain bounds per record (see `KeyedSpans`). */
  certainStarts: Float64Array;
  certainEnds: Float64Array;
}

/** People's deaths, by person index (the index in `kinds.person`). */
export interface DeathIndex {
  /** First day of each person's death; Infinity when unknown. */
  days: Float64Array;
  /** Latest day each person's death may be; Infinity when unknown. */
  latest: Float64Array;
  /** Status of each person once dead; undefined when the death is unknown. */
  statuses: (PersonStatus | undefined)[];
  /** People with a known death, sorted by its day. */
  sorted: SortedDays;
}

/** Everything a timeline answers from, built once per dataset. */
export interface TimelineIndex {
  /** Records of each kind, with their spans (people: from birth on). */
  kinds: Record<ElementKind, KindIndex>;
  deaths: DeathIndex;
  /** Person index by id. */
  personIndex: Map<string, number>;
  /** Events, by the days their date covers. */
  events: KindIndex;
  /** Chronological rank of each event, in the one event order (`compareEvents`). */
  eventRank: Int32Array;
}

const byId = <T extends { id: string }>(record: T) => record.id;

function kindIndex(spans: KeyedSpans): KindIndex {
  return {
    keys: spans.keys,
    index: new IntervalIndex(spans.starts, spans.ends),
    certainStarts: spans.certainStarts,
    certainEnds: spans.certainEnds,
  };
}

/** Builds the index of a dataset. */
export function buildTimelineIndex(data: DatasetRecords): TimelineIndex {
  const people = keyedSpans(data.people, personReader);
  const kinds: Record<ElementKind, KindIndex> = {
    person: kindIndex(people),
    faction: kindIndex(keyedSpans(data.factions, intervalReader(byId))),
    membership: kindIndex(keyedSpans(data.memberships, intervalReader(membershipKey))),
    alliance: kindIndex(keyedSpans(data.alliances, intervalReader(byId))),
    rivalry: kindIndex(keyedSpans(data.rivalries, intervalReader(byId))),
    betrayal: kindIndex(keyedSpans(data.betrayals, dateReader())),
  };
  const eventSpans = keyedSpans(data.events, dateReader());
  return {
    kinds,
    deaths: buildDeaths(data, people),
    personIndex: new Map(people.keys.map((id, i) => [id, i])),
    events: kindIndex(eventSpans),
    eventRank: rankEvents(data, eventSpans),
  };
}

function buildDeaths(data: DatasetRecords, people: KeyedSpans): DeathIndex {
  const n = people.keys.length;
  const days = new Float64Array(n).fill(Infinity);
  const latest = new Float64Array(n).fill(Infinity);
  const statuses: (PersonStatus | undefined)[] = new Array(n).fill(undefined);
  const known: number[] = [];
  for (let i = 0; i < n; i++) {
    const death = deathOf(data.people[people.sources[i]]);
    if (death === undefined) continue;
    days[i] = death.day;
    latest[i] = death.latest;
    statuses[i] = death.status;
    known.push(i);
  }
  return { days, latest, statuses, sorted: new SortedDays(days, Int32Array.from(known)) };
}

function rankEvents(data: DatasetRecords, spans: KeyedSpans): Int32Array {
  const order = Array.from(spans.sources.keys());
  const event = (i: number) => data.events[spans.sources[i]];
  // Spans keep the file's order, so ties stay in file order (the sort is stable)
  order.sort((x, y) => compareEvents(event(x), event(y)));
  const rank = new Int32Array(order.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/** True when record `i` is certainly active in the window (see `KindIndex`). */
export function certainlyActive(kind: KindIndex, i: number, window: DaySpan): boolean {
  return kind.certainStarts[i] <= window.end && kind.certainEnds[i] >= window.start;
}

/** True when person `i` may, but need not, have died by the window's end. */
export function possiblyDead(deaths: DeathIndex, i: number, window: DaySpan): boolean {
  return deaths.days[i] <= window.end && window.end < deaths.latest[i];
}

/** A person's status in a window, by person index. */
export function statusOf(deaths: DeathIndex, i: number, window: DaySpan): PersonStatus {
  return deaths.days[i] <= window.end ? (deaths.statuses[i] ?? ALIVE) : ALIVE;
}
