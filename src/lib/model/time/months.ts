/** Which month months mode opens on, so that switching it on lands where something happens. */
import { dateStart } from './dates';
import type { DatasetEvent } from '../dataset/schema';

export interface MonthChoice {
  /** The selected event, if any: its month wins when it falls in the year. */
  selectedEventId?: string;
  /** The month shown when months mode was last switched off, and its year. */
  remembered?: { year: number; month: number };
}

/**
 * The month to show in `year`: the selected event's month, else the month shown when months
 * mode was switched off in that same year, else the month of the year's first event dated to
 * a month, else January.
 */
export function monthToOpen(
  sortedEvents: readonly DatasetEvent[],
  year: number,
  { selectedEventId, remembered }: MonthChoice = {},
): number {
  const monthIn = (event: DatasetEvent | undefined) => {
    const date = event ? dateStart(event.date) : undefined;
    return date?.year === year ? date.month : undefined;
  };
  const selected = monthIn(sortedEvents.find((e) => e.id === selectedEventId));
  if (selected !== undefined) return selected;
  if (remembered?.year === year) return remembered.month;
  for (const event of sortedEvents) {
    const month = monthIn(event);
    if (month !== undefined) return month;
  }
  return 1;
}
