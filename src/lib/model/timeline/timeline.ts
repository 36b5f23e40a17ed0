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
import {
  formatPartialDate,
  isPartialDate,
  monthSpan,
  yearOf,
  yearSpan,
  type DateInterval,
  type DaySpan,
} from '../time/dates';
import type { DatasetRecords } from '../dataset/schema';
import { diesDuring } from './format';
import { diff } from './timeline-diff';
import { buildTimelineIndex } from './timeline-index';
import { stateAt, statusAt } from './timeline-state';
import { intervalReader } from './timeline-records';
import {
  elementKinds,
  type Timeline,
  type TimelineDiff,
  type TimelineState,
} from './timeline-types';

export { membershipKey } from './timeline-records';
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
 * How people read a window: "1936" for a calendar year, "Jan 1936" for a month, else its first
 * and last day ("3 Jan 1936 – 9 Feb 1936"). Panels and exports name the window with it.
 */
export function windowLabel(window: DaySpan): string {
  const { dates, first, last } = windowDates(window);
  return dates.length === 1
    ? formatPartialDate(dates[0])
    : `${formatPartialDate(first)} – ${formatPartialDate(last)}`;
}

/**
 * The window as a partial date, for file names and a snapshot's default time: "1936" for a
 * year, "1936-01" for a month, else its first day ("1936-01-03").
 */
export function windowTime(window: DaySpan): string {
  const { dates, first } = windowDates(window);
  return dates.length === 1 ? dates[0] : first;
}

/** A window as one partial date when it is a whole year or month (`dates`), and its first and last day. */
function windowDates(window: DaySpan): { dates: string[]; first: string; last: string } {
  const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const [first, last] = [day(window.start), day(window.end)];
  const year = yearSpan(Number(first.slice(0, 4)));
  if (window.start === year.start && window.end === year.end)
    return { dates: [first.slice(0, 4)], first, last };
  const month = monthSpan(Number(first.slice(0, 4)), Number(first.slice(5, 7)));
  if (window.start === month.start && window.end === month.end)
    return { dates: [first.slice(0, 7)], first, last };
  return { dates: [], first, last };
}

const anyInterval = intervalReader<DateInterval>(() => '');

/**
 * True when an interval is active in a window, by the rule the timeline index uses: its days
 * overlap the window's (an open `to` lasts forever); unreadable or backwards intervals never
 * are. For records the index does not hold (a person's roles, a faction's members by year).
 */
export function activeIn(interval: DateInterval, window: DaySpan): boolean {
  const start = anyInterval.start(interval);
  const end = anyInterval.end(interval);
  return start <= end && start <= window.end && window.start <= end;
}

/** Where a record lies relative to the window on screen. */
export type RelativePeriod = 'before' | 'now' | 'later';

/**
 * Where an interval lies relative to a window: `now` when `active` (what the timeline holds for
 * the window), else `before` when it ended before the window starts, else `later`.
 */
export function periodOf(interval: DateInterval, window: DaySpan, active: boolean): RelativePeriod {
  if (active) return 'now';
  return anyInterval.end(interval) < window.start ? 'before' : 'later';
}

/**
 * Whether a person, faction, relationship or event is active in a state, as the graph shows
 * it: a person alive in the window or dying during it, the rest when the timeline holds them
 * for the window. Search ("active now") and the panels ask this rather than reading dates.
 */
export function recordActive(
  state: TimelineState,
  kind: 'person' | 'faction' | 'membership' | 'alliance' | 'rivalry' | 'betrayal' | 'event',
  id: string,
): boolean {
  if (kind === 'person') {
    const status = state.people.get(id);
    return status !== undefined && (status.alive || diesDuring(status, state.window));
  }
  return kind === 'event' ? state.events.includes(id) : state[ACTIVE_SET[kind]].has(id);
}

/** The set of a state that holds each kind's active keys (betrayals: the strong ones). */
const ACTIVE_SET = {
  faction: 'factions',
  membership: 'memberships',
  alliance: 'alliances',
  rivalry: 'rivalries',
  betrayal: 'betrayals',
} as const;

/** The single day before a window and the single day after it: to find what starts or ends in it. */
export function daysAround(window: DaySpan): { before: DaySpan; after: DaySpan } {
  return {
    before: { start: window.start - 1, end: window.start - 1 },
    after: { start: window.end + 1, end: window.end + 1 },
  };
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
