/**
 * Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and intervals over them.
 * A partial date stands for a span of days: `1927` is 1927-01-01..1927-12-31.
 * Days are counted as integers (days since 1970-01-01, UTC) so comparisons are cheap.
 * Every date field also takes the EDTF subset of `edtf.ts` (`1922~`, `[1937-01-30..1937-02-01]`):
 * `firstDay` / `lastDay` then give the earliest and latest day it may mean (its possible span).
 */
import { readEdtf } from './edtf';
import { formatEdtf } from './edtf-words';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/** Precision a partial date was written with. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Parses a partial ISO date; returns undefined unless it is a real calendar date. */
export function parsePartialDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Where a date starts, as a calendar date: the date itself when plain, the start of an
 * interval `a/b`, else the earliest day an EDTF date may mean; undefined when unknown.
 */
export function dateStart(value: unknown): ParsedDate | undefined {
  const plain = parsePartialDate(value);
  if (plain || typeof value !== 'string') return plain;
  const start = parsePartialDate(value.split('/')[0]);
  if (start) return start;
  const result = readEdtf(value);
  if (!result.ok || !Number.isFinite(result.date.earliest)) return undefined;
  const d = new Date(result.date.earliest * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    precision: 'day',
  };
}

/**
 * True when `value` is a valid date of the grammar: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
 * one of the EDTF forms of `edtf.ts`.
 */
export function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && readEdtf(value).ok;
}

/** The earliest and latest day a date may mean, and its certain bounds; undefined if invalid. */
function bounds(value: string) {
  const result = readEdtf(value);
  if (!result.ok) throw new Error(`not a partial date: ${value}`);
  return result.date;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0..99 onto 1900..1999
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** First day covered by a date: the earliest it may mean (-Infinity: open). Assumes it is valid. */
export function firstDay(value: string): number {
  return bounds(value).earliest;
}

/** Last day covered by a date: the latest it may mean (Infinity: open). Assumes it is valid. */
export function lastDay(value: string): number {
  return bounds(value).latest;
}

/** True when a date is written with EDTF uncertainty (`?`, `~`, `%`, `X`, a set, an open end). */
export function isUncertainDate(value: string): boolean {
  const result = readEdtf(value);
  return result.ok && result.date.uncertain;
}

/**
 * The certain bounds of a dated record (a betrayal, an event, a death): it certainly has a
 * day in window `w` when `start <= w.end && end >= w.start` (see `EdtfDate`).
 */
export function certainBounds(value: string): DaySpan {
  const d = bounds(value);
  return { start: d.certainStart, end: d.certainEnd };
}

/** The calendar year a date falls in (the year of its earliest day, else of its latest). */
export function yearOf(value: string): number {
  if (/^\d{4}/.test(value)) return Number(value.slice(0, 4));
  const d = readEdtf(value);
  if (!d.ok) return NaN;
  const day = Number.isFinite(d.date.earliest) ? d.date.earliest : d.date.latest;
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** An interval of partial dates; a missing `to` lasts past the dataset's range. */
export interface DateInterval {
  from: string;
  to?: string;
}

/** A closed span of day numbers. `end` is Infinity for open intervals. */
export interface DaySpan {
  start: number;
  end: number;
}

/** The days an interval covers, from the first day of `from` to the last day of `to`. */
export function intervalSpan(interval: DateInterval): DaySpan {
  return {
    start: firstDay(interval.from),
    end: interval.to === undefined ? Infinity : lastDay(interval.to),
  };
}

/** The days a year covers. */
export function yearSpan(year: number): DaySpan {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

/** The days a month covers (month 1..12). */
export function monthSpan(year: number, month: number): DaySpan {
  return {
    start: dayNumber(year, month, 1),
    end: dayNumber(year, month, daysInMonth(year, month)),
  };
}

/** True when two spans share at least one day. */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * True when an interval surely ends before it starts: the latest day `to` may mean is
 * before the earliest day `from` may mean (so `1927` to `1927-03` is fine).
 */
export function endsBeforeStart(interval: DateInterval): boolean {
  return interval.to !== undefined && lastDay(interval.to) < firstDay(interval.from);
}

/** Compares two partial dates by their first day, then by precision (coarser first). */
export function comparePartialDates(a: string, b: string): number {
  return firstDay(a) - firstDay(b) || a.length - b.length;
}

/**
 * Formats a date for people, without padding unknown parts ("Aug 1936", "1936"), and EDTF
 * dates in words ("between 30 Jan and 1 Feb 1937", "about 1922", "the 1930s", "by 1923").
 */
export function formatPartialDate(value: string): string {
  const d = parsePartialDate(value);
  if (!d) return formatEdtf(value);
  if (d.month === undefined) return String(d.year);
  const month = MONTHS[d.month - 1];
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
