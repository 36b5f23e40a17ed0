/**
 * Turns dataset records into keyed day spans, the raw material of the timeline index.
 * Records whose dates cannot be read, or that end before they start, are left out (the
 * dataset checks report them); when two records share a key, the first one wins.
 */
import { certainBounds, firstDay, isPartialDate, lastDay, readDay, yearOf } from '../time/dates';
import type { Membership, Person } from '../dataset/schema';
import type { PersonStatus } from './timeline-types';

/** Stable key of a membership record (memberships have no id). */
export function membershipKey(m: Membership): string {
  return `${m.person}--${m.faction}--${m.from}`;
}

/** Records of one kind: key, first day and last day, aligned by index. */
export interface KeyedSpans {
  keys: string[];
  starts: Float64Array;
  ends: Float64Array;
  /** Certain bounds: certainly active in `w` when `certainStarts[i] <= w.end <= …` (see reader). */
  certainStarts: Float64Array;
  certainEnds: Float64Array;
  /** Index of each record in the input array (where to find it again). */
  sources: Int32Array;
}

/** How to read a kind of record: its key, its first day and its last day (NaN: unreadable). */
export interface SpanReader<T> {
  key(item: T): string;
  start(item: T): number;
  end(item: T): number;
  /**
   * The certain bounds (read only for readable records): the record is certainly active in
   * a window `w` when `certainStart <= w.end && certainEnd >= w.start`. Absent: the span.
   */
  certainStart?(item: T): number;
  certainEnd?(item: T): number;
}

/** Keys and spans of `items`, leaving out unreadable, backwards and duplicate records. */
export function keyedSpans<T>(items: readonly T[], read: SpanReader<T>): KeyedSpans {
  const n = items.length;
  const seen = new Set<string>();
  const keys: string[] = [];
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const sources = new Int32Array(n);
  const certainStarts = new Float64Array(n);
  const certainEnds = new Float64Array(n);
  for (let index = 0; index < n; index++) {
    const item = items[index];
    const start = read.start(item);
    const end = read.end(item);
    if (!(start <= end)) continue; // NaN or backwards
    const key = read.key(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = keys.length;
    keys.push(key);
    starts[at] = start;
    ends[at] = end;
    sources[at] = index;
    certainStarts[at] = read.certainStart ? read.certainStart(item) : start;
    certainEnds[at] = read.certainEnd ? read.certainEnd(item) : end;
  }
  const m = keys.length;
  return {
    keys,
    starts: starts.slice(0, m),
    ends: ends.slice(0, m),
    certainStarts: certainStarts.slice(0, m),
    certainEnds: certainEnds.slice(0, m),
    sources: sources.slice(0, m),
  };
}

/** Reads records with an interval `{from, to?}`; an open `to` lasts forever. */
export function intervalReader<T extends { from: string; to?: string }>(
  key: (item: T) => string,
): SpanReader<T> {
  return {
    key,
    start: (item) => readDay(item.from, false),
    end: (item) => (item.to === undefined ? Infinity : readDay(item.to, true)),
    // certainly active from the latest day it may start to the earliest day it may end
    certainStart: (item) => readDay(item.from, true),
    certainEnd: (item) => (item.to === undefined ? Infinity : readDay(item.to, false)),
  };
}

/** Reads records with a single `date`: all the days it covers. */
export function dateReader<T extends { id: string; date: string }>(): SpanReader<T> {
  return {
    key: (item) => item.id,
    start: (i) => readDay(i.date, false),
    end: (i) => readDay(i.date, true),
    certainStart: (i) => certainBounds(i.date).start,
    certainEnd: (i) => certainBounds(i.date).end,
  };
}

/** Reads people: present from birth (always, when unknown or unreadable) onwards. */
export const personReader: SpanReader<Person> = {
  key: (person) => person.id,
  start(person) {
    const born = person.born === undefined ? NaN : readDay(person.born, false);
    return Number.isNaN(born) ? -Infinity : born;
  },
  end: () => Infinity,
};

/** The status shared by everyone alive. */
export const ALIVE: PersonStatus = Object.freeze({ alive: true });

/**
 * The status of a person once dead, with the first day of their death, or undefined when
 * the death is unknown. The date is `fate.date`, else `died`.
 */
export function deathOf(
  person: Person,
): { day: number; latest: number; status: PersonStatus } | undefined {
  const date = [person.fate?.date, person.died].find((d) => d !== undefined && isPartialDate(d));
  if (date === undefined) return undefined;
  const status: PersonStatus = person.fate
    ? { alive: false, fate: person.fate.kind, date, year: yearOf(date) }
    : { alive: false, date, year: yearOf(date) };
  return { day: firstDay(date), latest: lastDay(date), status: Object.freeze(status) };
}
