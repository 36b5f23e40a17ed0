/** Stepping through the dataset's dated events, in order: "Previous event" and "Next event". */
import {
  comparePartialDates,
  firstDay,
  intervalSpan,
  lastDay,
  spansOverlap,
  type DateInterval,
  type DaySpan,
} from '../time/dates';
import type { DatasetEvent } from '../dataset/schema';

/**
 * The one chronological order of events, used by the timeline (`TimelineState.events`, the
 * "This year" panel) and by "Previous event" / "Next event": by date, coarser dates first;
 * events on the same date keep their order in the file (sorts are stable).
 */
export function compareEvents(
  a: Pick<DatasetEvent, 'date'>,
  b: Pick<DatasetEvent, 'date'>,
): number {
  return comparePartialDates(a.date, b.date);
}

/** Events in the one chronological order (`compareEvents`). */
export function sortEvents(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort(compareEvents);
}

/**
 * The events "Previous event" and "Next event" can reach: those that overlap the dataset's
 * range, in order. An event wholly outside it (context before the range starts) has no year
 * on the time bar to show it in.
 */
export function steppableEvents(
  events: readonly DatasetEvent[],
  range: DateInterval,
): DatasetEvent[] {
  const span = intervalSpan(range);
  return sortEvents(events).filter((e) =>
    spansOverlap({ start: firstDay(e.date), end: lastDay(e.date) }, span),
  );
}

/**
 * The event after (or before) the current one. The current one is the selected event when
 * there is one; otherwise the step starts from the window: the first event after it going
 * forward, the last event before it going back.
 */
export function stepEvent(
  sorted: readonly DatasetEvent[],
  window: DaySpan,
  selectedEventId: string | undefined,
  direction: 1 | -1,
): DatasetEvent | undefined {
  const index = selectedEventId ? sorted.findIndex((e) => e.id === selectedEventId) : -1;
  if (index >= 0) return sorted[index + direction];
  if (direction === 1) return sorted.find((e) => firstDay(e.date) >= window.start);
  return sorted.findLast((e) => firstDay(e.date) < window.start);
}
