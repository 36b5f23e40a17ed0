/** Stepping through the dataset's dated events, in order: "Previous event" and "Next event". */
import { comparePartialDates, firstDay, type DaySpan } from './dates';
import type { DatasetEvent } from './schema';

/** Events sorted by date (then coarser dates first, then id, for a stable order). */
export function sortEvents(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort(
    (a, b) => comparePartialDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
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
