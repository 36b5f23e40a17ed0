/** Positions of event markers and histogram bars along the time bar. Pure. */
import { firstDay, lastDay, yearOf, yearSpan } from '../time/dates';
import type { DatasetEvent } from '../dataset/schema';

export interface EventMarker {
  id: string;
  date: string;
  title: string;
  year: number;
  /** 0..1 along the bar, by the event's first day. */
  offset: number;
  /** 0..1: how much of the bar the event's days cover (0 for a single day; intervals, sets). */
  span: number;
}

/** Places each event within the years of the range; events outside it are left out. */
export function eventMarkers(events: DatasetEvent[], from: number, to: number): EventMarker[] {
  const start = yearSpan(from).start;
  const length = yearSpan(to).end + 1 - start;
  return events
    .map((e) => ({ id: e.id, date: e.date, title: e.title, year: yearOf(e.date) }))
    .filter((e) => e.year >= from && e.year <= to)
    .map((e) => {
      // open ends (`[..1923]`, `1925/..`) are clipped to the bar
      const first = Math.max(firstDay(e.date), start);
      const last = Math.min(lastDay(e.date), start + length - 1);
      return { ...e, offset: (first - start) / length, span: Math.max(0, last - first) / length };
    });
}

/** Bar heights 0..1 relative to the busiest year. */
export function histogramHeights(counts: { year: number; count: number }[]): Map<number, number> {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return new Map(counts.map((c) => [c.year, c.count / max]));
}
