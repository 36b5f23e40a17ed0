/**
 * Where a lifeline's lanes sit on screen: a linear scale from the dataset's range to x, bars
 * with fading ends where a date is uncertain, marks, the cursor and the year ticks.
 */
import type { DaySpan } from '../time/dates';
import type { Lane, LifelineBar, LifelineMark } from './lanes';

/** Days `start..end` (the range) drawn from x0 to x1. */
export interface TimeScale {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/** The x of a day, clamped to the scale's ends (open ends are ±Infinity). */
export function dayX(scale: TimeScale, day: number): number {
  const { start, end, x0, x1 } = scale;
  if (!(end > start)) return x0;
  const t = Math.min(1, Math.max(0, (day - start) / (end + 1 - start)));
  return x0 + t * (x1 - x0);
}

/** The x of the end of a day (its last moment): a one-day record has a width. */
function dayEndX(scale: TimeScale, day: number): number {
  return dayX(scale, day + 1);
}

/** A bar on screen: where it is, how much of each end fades, and whether it runs off the range. */
export interface BarShape {
  x: number;
  width: number;
  /** Widths of the fading start and end (0 when the end is certain). */
  fadeIn: number;
  fadeOut: number;
  /** It began before the range, or lasts past it. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A bar's shape; undefined when the record lies wholly outside the range. */
export function barShape(bar: LifelineBar, scale: TimeScale): BarShape | undefined {
  const possibleStart = bar.start.earliest;
  const certainStart = bar.start.uncertain ? bar.start.latest : bar.start.earliest;
  const possibleEnd = bar.end ? bar.end.latest : Infinity;
  const certainEnd = bar.end ? (bar.end.uncertain ? bar.end.earliest : bar.end.latest) : Infinity;
  if (possibleEnd < scale.start || possibleStart > scale.end) return undefined;
  const x = dayX(scale, possibleStart);
  const width = Math.max(1.5, dayEndX(scale, possibleEnd) - x);
  let fadeIn = Math.max(0, dayX(scale, Math.min(certainStart, possibleEnd)) - x);
  let fadeOut = Math.max(
    0,
    dayEndX(scale, possibleEnd) - dayEndX(scale, Math.max(certainEnd, possibleStart)),
  );
  // A record known only loosely at both ends: the fades meet, they do not cross
  if (fadeIn + fadeOut > width) {
    const k = width / (fadeIn + fadeOut);
    fadeIn *= k;
    fadeOut *= k;
  }
  return {
    x,
    width,
    fadeIn,
    fadeOut,
    clippedStart: possibleStart < scale.start,
    clippedEnd: possibleEnd > scale.end,
  };
}

/** A mark on screen: its centre, and the width of the days it may mean (0 for a known day). */
export function markShape(
  mark: LifelineMark,
  scale: TimeScale,
): { x: number; spread: number } | undefined {
  if (mark.latest < scale.start || mark.earliest > scale.end) return undefined;
  const a = dayX(scale, mark.earliest);
  const b = dayEndX(scale, mark.latest);
  return { x: (a + b) / 2, spread: mark.uncertain ? b - a : 0 };
}

/** The cursor: the band of the window shown (a year, or a month). */
export function cursorShape(window: DaySpan, scale: TimeScale): { x: number; width: number } {
  const x = dayX(scale, window.start);
  return { x, width: Math.max(1.5, dayEndX(scale, window.end) - x) };
}

/** The lanes with at least one bar or mark inside the range. */
export function visibleLanes(lanes: Lane[], scale: TimeScale): Lane[] {
  return lanes.filter(
    (lane) =>
      lane.bars.some((b) => barShape(b, scale)) || lane.marks.some((m) => markShape(m, scale)),
  );
}

/**
 * A tick at the start of each year of the range, labelled every `every` years so that labels
 * stay at least `minGap` apart.
 */
export function yearTicks(
  years: number[],
  yearStart: (year: number) => number,
  scale: TimeScale,
  minGap = 34,
): { year: number; x: number; label: boolean }[] {
  const perYear = years.length > 0 ? (scale.x1 - scale.x0) / years.length : 0;
  const every = [1, 2, 5, 10, 20, 50, 100].find((n) => n * perYear >= minGap) ?? 100;
  return years.map((year) => ({
    year,
    x: dayX(scale, yearStart(year)),
    label: year % every === 0,
  }));
}
