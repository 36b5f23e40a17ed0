/** Positions of event markers and histogram bars along the time bar. Pure. */
import { firstDay, yearSpan } from './dates';
import type { DatasetEvent } from './schema';

export interface EventMarker {
  id: string;
  date: string;
  title: string;
  year: number;
  /** 0..1 along the bar, by the event's first day. */
  offset: number;
}

/** Places each event within the years of the range; events outside it are left out. */
export function eventMarkers(events: DatasetEvent[], from: number, to: number): EventMarker[] {
  const start = yearSpan(from).start;
  const length = yearSpan(to).end + 1 - start;
  return events
    .map((e) => ({ id: e.id, date: e.date, title: e.title, year: Number(e.date.slice(0, 4)) }))
    .filter((e) => e.year >= from && e.year <= to)
    .map((e) => ({ ...e, offset: (firstDay(e.date) - start) / length }));
}

/** Bar heights 0..1 relative to the busiest year. */
export function histogramHeights(counts: { year: number; count: number }[]): Map<number, number> {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return new Map(counts.map((c) => [c.year, c.count / max]));
}
