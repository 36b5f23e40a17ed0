/**
 * Relationships of a synthetic dataset. Each one lies within the lives and spans of its two
 * ends (by whole months, so the checks never object) and overlaps the dataset's range.
 * Interval lengths are log-normal with the means of the bundled dataset's relationships.
 */
import type {
  Alliance,
  Betrayal,
  Membership,
  Rivalry,
  SourceRef,
} from '../../src/lib/model/dataset/schema';
import { anyPrecision, monthText } from './months';
import type { MonthRange, Span } from './entities';
import type { Random } from './random';

/** Mean length in months of each kind of interval. */
export const MEAN_MONTHS = { membership: 48, alliance: 40, rivalry: 34 } as const;

/** An interval of months; `end` undefined means open (no `to`). */
export interface MonthInterval {
  start: number;
  end: number | undefined;
}

/**
 * An interval shared by `a` and `b` that overlaps the range, or undefined when they never
 * coexist within it. Open only when both ends are open and the draw runs past the range.
 * A scattered network's intervals last 1–12 years and start mostly in its dense years.
 */
export function drawInterval(
  a: Span,
  b: Span,
  range: MonthRange,
  mean: number,
  random: Random,
  scattered = false,
): MonthInterval | undefined {
  const hardEnd = Math.min(a.end, b.end);
  const earliest = Math.max(a.start, b.start, range.first - 36);
  const latest = Math.min(hardEnd, range.last);
  if (earliest > latest || hardEnd < range.first) return undefined;
  const draw = (from: number) => {
    if (!scattered) return { start: random.int(from, latest), length: random.duration(mean) };
    return { start: denseStart(from, latest, random), length: random.int(12, 144) };
  };
  let { start, length } = draw(earliest);
  let end = start + length - 1;
  if (end < range.first) {
    ({ start, length } = draw(Math.max(earliest, range.first)));
    end = start + length - 1;
  }
  if (end >= hardEnd) return { start, end: hardEnd };
  if (hardEnd === Infinity && end > range.last && random.chance(0.5))
    return { start, end: undefined };
  return { start, end };
}

/** Years in blocks of five, alternately dense and sparse: a start in a sparse one is mostly redrawn. */
function denseStart(from: number, to: number, random: Random): number {
  let start = random.int(from, to);
  for (let tries = 0; tries < 3 && Math.floor(start / 60) % 2 === 1; tries++)
    start = random.int(from, to);
  return start;
}

/** `from` and `to` of an interval, at mixed precisions that never end before they start. */
export function intervalDates(
  interval: MonthInterval,
  random: Random,
): { from: string; to?: string } {
  const from = anyPrecision(interval.start, random);
  if (interval.end === undefined) return { from };
  return { from, to: anyPrecision(interval.end, random, interval.end > interval.start) };
}

export function membership(
  person: Span,
  faction: Span,
  interval: MonthInterval,
  random: Random,
  sources: SourceRef[],
): Membership {
  return {
    person: person.id,
    faction: faction.id,
    role: random.chance(0.08) ? 'leader' : 'member',
    ...intervalDates(interval, random),
    sources,
  };
}

export function alliance(
  id: string,
  [a, b]: [Span, Span],
  interval: MonthInterval,
  random: Random,
  sources: SourceRef[],
): Alliance {
  return {
    id,
    a: a.id,
    b: b.id,
    ...intervalDates(interval, random),
    summary: `Alliance ${id}.`,
    sources,
  };
}

export function rivalry(
  id: string,
  [a, b]: [Span, Span],
  interval: MonthInterval,
  random: Random,
  sources: SourceRef[],
): Rivalry {
  return {
    id,
    a: a.id,
    b: b.id,
    ...intervalDates(interval, random),
    summary: `Rivalry ${id}.`,
    sources,
  };
}

/** A betrayal on a month both ends live through. */
export function betrayal(
  id: string,
  [by, against]: [Span, Span],
  month: number,
  random: Random,
  sources: SourceRef[],
): Betrayal {
  const date = random.chance(0.7) ? monthText(month) : anyPrecision(month, random);
  return { id, by: by.id, against: against.id, date, summary: `Betrayal ${id}.`, sources };
}
