/** Years and human-readable spans for the panels. Unreadable dates are never active. */
import {
  firstDay,
  formatPartialDate,
  isPartialDate,
  lastDay,
  yearOf,
  yearSpan,
  type DateInterval,
} from './dates';

/** True when an interval overlaps Y-01-01..Y-12-31 (an open `to` lasts forever). */
export function activeInYear(interval: DateInterval, year: number): boolean {
  if (!isPartialDate(interval.from)) return false;
  if (interval.to !== undefined && !isPartialDate(interval.to)) return false;
  const window = yearSpan(year);
  const end = interval.to === undefined ? Infinity : lastDay(interval.to);
  return firstDay(interval.from) <= window.end && window.start <= end;
}

/** True when a partial date falls in the calendar year. */
export function dateInYear(date: string | undefined, year: number): boolean {
  return date !== undefined && isPartialDate(date) && yearOf(date) === year;
}

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
