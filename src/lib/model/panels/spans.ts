/**
 * Human-readable spans and the years of a range, for the panels. What is active in a window is
 * the timeline's answer (`activeIn`, `TimelineState`), not worked out here.
 */
import { formatPartialDate, isPartialDate, yearOf, type DateInterval } from '../time/dates';

/** "Mar 1926 – Dec 1927", "since 1924", or a single date when both ends are the same. */
export function formatSpan(interval: DateInterval): string {
  const from = formatPartialDate(interval.from);
  if (interval.to === undefined) return `since ${from}`;
  if (interval.to === interval.from) return from;
  return `${from} – ${formatPartialDate(interval.to)}`;
}

/** "1879 – 1953", "born 1879", "died 1936"; undefined when neither date is known. */
export function formatLife(born: string | undefined, died: string | undefined): string | undefined {
  if (born && died) return `${formatPartialDate(born)} – ${formatPartialDate(died)}`;
  if (born) return `born ${formatPartialDate(born)}`;
  if (died) return `died ${formatPartialDate(died)}`;
  return undefined;
}

/** The calendar years of the dataset's range, in order; empty when the range is unreadable. */
export function rangeYears(range: DateInterval): number[] {
  if (!isPartialDate(range.from) || range.to === undefined || !isPartialDate(range.to)) return [];
  const years: number[] = [];
  for (let year = yearOf(range.from); year <= yearOf(range.to); year++) years.push(year);
  return years;
}
