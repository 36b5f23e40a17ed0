/**
 * The timeline of a dataset (DESIGN.md §4): the state at a time and the changes between two
 * times, answered from an index built once per dataset.
 *
 * A record with an interval is active in a window when its days overlap the window's days
 * (an open `to` lasts forever). A betrayal is strong in the windows its date overlaps and
 * past in windows that start after it. A person is present once born (always, when the birth
 * is unknown) and dead once the first day of their death is on or before the window's end:
 * someone executed in 1936 shows as dead in 1936 and after.
 */
import { isPartialDate, monthSpan, yearOf, yearSpan, type DaySpan } from './dates';
import type { DatasetRecords } from './schema';
import { diff } from './timeline-diff';
import { buildTimelineIndex } from './timeline-index';
import { stateAt, statusAt } from './timeline-state';
import { elementKinds, type Timeline, type TimelineDiff } from './timeline-types';

export { membershipKey } from './timeline-records';
export { elementKinds } from './timeline-types';
export type {
  ElementKind,
  PersonStatus,
  Timeline,
  TimelineDiff,
  TimelineState,
} from './timeline-types';

/** The window of a calendar year: Y-01-01..Y-12-31. */
export function yearWindow(year: number): DaySpan {
  return yearSpan(year);
}

/** The window of a calendar month (1..12). */
export function monthWindow(year: number, month: number): DaySpan {
  return monthSpan(year, month);
}

/**
 * Number of keys a diff adds, removes or changes the status of. Past betrayals are not counted
 * again: between consecutive years, a betrayal that turns past is one that stopped being strong.
 */
export function diffSize(d: TimelineDiff): number {
  let count = d.statusChanged.length;
  for (const kind of elementKinds) count += d.entered[kind].length + d.exited[kind].length;
  return count;
}

/** Builds the index once per dataset. */
export function buildTimeline(data: DatasetRecords): Timeline {
  const ix = buildTimelineIndex(data);
  let histogram: { year: number; count: number }[] | undefined;
  const timeline: Timeline = {
    data,
    stateAt: (window) => stateAt(ix, window),
    diff: (from, to) => diff(ix, from, to),
    statusAt: (personId, window) => statusAt(ix, personId, window),
    changesPerYear() {
      histogram ??= yearHistogram(data, (a, b) => diffSize(diff(ix, a, b)));
      return histogram.map((entry) => ({ ...entry }));
    },
  };
  return timeline;
}

/** One entry per year of the dataset's range: the changes from the year before. */
function yearHistogram(
  data: DatasetRecords,
  changes: (from: DaySpan, to: DaySpan) => number,
): { year: number; count: number }[] {
  const { from, to } = data.dataset.range;
  if (!isPartialDate(from) || !isPartialDate(to)) return [];
  const out: { year: number; count: number }[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    out.push({ year, count: changes(yearWindow(year - 1), yearWindow(year)) });
  }
  return out;
}
