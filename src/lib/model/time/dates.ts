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

/** Day number (days since 1970-01-01) of a calendar day of the proleptic Gregorian calendar. */
export function dayNumber(year: number, month: number, day: number): number {
  return civilDay(year, month, day);
}

/**
 * First day covered by a date: the earliest it may mean (-Infinity: open). Assumes it is
 * valid (throws otherwise). Plain dates take the fast path.
 */
export function firstDay(value: string): number {
  const day = readPlainDay(value, false);
  return Number.isNaN(day) ? bounds(value).earliest : day;
}

/** Last day covered by a date: the latest it may mean (Infinity: open). Assumes it is valid. */
export function lastDay(value: string): number {
  const day = readPlainDay(value, true);
  return Number.isNaN(day) ? bounds(value).latest : day;
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

/**
 * A date short enough for a graph label: a certain date as `formatPartialDate` gives it; an
 * uncertain one by the months or years it may fall in ("Jan–Feb 1937", "1937", "1935–1936"),
 * since the graph draws the uncertainty itself (dashed) and Details says it in words.
 */
export function compactDate(value: string): string {
  if (!isUncertainDate(value)) return formatPartialDate(value);
  const [a, b] = [firstDay(value), lastDay(value)].map((day) => new Date(day * 86_400_000));
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return formatPartialDate(value);
  const [ya, ma, yb, mb] = [
    a.getUTCFullYear(),
    a.getUTCMonth(),
    b.getUTCFullYear(),
    b.getUTCMonth(),
  ];
  if (ya !== yb) return `${ya}–${yb}`;
  if (ma === mb) return `${MONTHS[ma]} ${ya}`;
  if (ma === 0 && mb === 11) return String(ya);
  return `${MONTHS[ma]}–${MONTHS[mb]} ${ya}`;
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

// Reading days fast: indexes read every date of every record, so no regular expressions
// or Date objects here.

const DASH = 45;
const ZERO = 48;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const c = s.charCodeAt(k) - ZERO;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * First day (`last` false) or last day (`last` true) of a partial date `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`, or the earliest / latest day of an EDTF date (`edtf.ts`); NaN unless valid.
 */
export function readDay(s: string, last: boolean): number {
  const day = readPlainDay(s, last);
  if (!Number.isNaN(day)) return day;
  const edtf = readEdtf(s);
  return edtf.ok ? (last ? edtf.date.latest : edtf.date.earliest) : NaN;
}

/** The fast path of `readDay`: plain partial dates only. */
function readPlainDay(s: string, last: boolean): number {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return NaN;
  const year = digits(s, 0, 4);
  if (year < 0) return NaN;
  if (n === 4) return last ? civilDay(year, 12, 31) : civilDay(year, 1, 1);
  const month = s.charCodeAt(4) === DASH ? digits(s, 5, 2) : -1;
  if (month < 1 || month > 12) return NaN;
  const length = daysInMonth(year, month);
  if (n === 7) return civilDay(year, month, last ? length : 1);
  const day = s.charCodeAt(7) === DASH ? digits(s, 8, 2) : -1;
  if (day < 1 || day > length) return NaN;
  return civilDay(year, month, day);
}
