/**
 * The date grammar: a subset of EDTF (ISO 8601-2, Library of Congress Extended Date/Time
 * Format) that a historian needs, read into day numbers (see README "Data format").
 *
 * - level 0: `1937`, `1937-01`, `1937-01-30`, intervals `1936-08-19/1936-08-24`;
 * - level 1: uncertain `1922-05?`, approximate `1922~`, both `1922%`; unspecified digits
 *   `193X`, `1937-XX`; open or unknown interval ends `1925/..`, `../1925`, `1925/`;
 * - level 2: one-of sets `[1937-01-30..1937-02-01]`, `[1935-01-25,1935-01-26]`, `[..1923]`
 *   (on or before), `[1925..]` (on or after).
 *
 * Every date has an earliest and a latest day it may mean. `?` and `~` widen a date by one
 * unit of its precision on each side (a year for `1922~`, a month for `1922-05?`, a day for
 * `1922-05-03~`); `%` by two. An open end is -Infinity or Infinity.
 */
import { civilDay, daysInMonth } from './dates';

/** How a date was written: one day (or span) of a calendar, an interval, or a one-of set. */
export type EdtfForm = 'single' | 'interval' | 'set';
export type EdtfQualifier = 'uncertain' | 'approximate' | 'both';

/** A parsed date: the days it may mean and how it was written. */
export interface EdtfDate {
  form: EdtfForm;
  /** The earliest day the date may mean (days since 1970-01-01); -Infinity when open. */
  earliest: number;
  /** The latest day the date may mean; Infinity when open. */
  latest: number;
  /**
   * The certain bounds of a dated record: it certainly has a day in a window `w` when
   * `certainStart <= w.end && certainEnd >= w.start`. For an interval `a/b` they are the
   * latest start and the earliest end; for one day known only within earliest..latest they
   * are `latest` and `earliest` (the window must hold every day it may be).
   */
  certainStart: number;
  certainEnd: number;
  /** True unless the date is plain level 0 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `a/b`). */
  uncertain: boolean;
}

/** A single calendar value such as `1937-01`, `193X~` (no interval, no set). */
export interface EdtfPart {
  text: string;
  precision: 'year' | 'month' | 'day';
  /** The digits as written, with X for unspecified ones. */
  year: string;
  month?: string;
  day?: string;
  qualifier?: EdtfQualifier;
  earliest: number;
  latest: number;
}

export type EdtfResult = { ok: true; date: EdtfDate } | { ok: false; expected: string };

const SHAPE = '[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?[?~%]?';
const ITEM = `(?:${SHAPE}(?:\\.\\.(?:${SHAPE})?)?|\\.\\.${SHAPE})`;
const END = `(?:${SHAPE}|\\.\\.)?`;
/** The shape of every date of the grammar (not the calendar): the JSON Schemas' pattern. */
export const EDTF_PATTERN = new RegExp(`^(?:${SHAPE}|${END}/${END}|\\[${ITEM}(?:,${ITEM})*\\])$`);
const PART = /^([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([?~%])?$/;
const QUALIFIERS: Record<string, EdtfQualifier> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'both',
};
const PLAIN = 'YYYY, YYYY-MM or YYYY-MM-DD';
/** What a date may look like, for messages. */
export const EDTF_EXPECTED =
  `${PLAIN}, optionally ending in ? (uncertain), ~ (about) or % (both), with X for unknown ` +
  'digits (193X), an interval a/b (.. for an open end), or a set [a..b], [a,b], [..a]';

/** The lowest (or highest) number in lo..hi whose two digits match `pattern` (X: any). */
function pick(pattern: string, lo: number, hi: number, highest: boolean): number | undefined {
  for (let k = 0; k <= hi - lo; k++) {
    const n = highest ? hi - k : lo + k;
    const text = String(n).padStart(2, '0');
    if ([...pattern].every((c, i) => c === 'X' || c === text[i])) return n;
  }
  return undefined;
}

function shift(day: number, part: EdtfPart, units: number, sign: 1 | -1): number {
  if (units === 0) return day;
  const d = new Date(day * 86_400_000);
  if (part.precision === 'day') d.setUTCDate(d.getUTCDate() + sign * units);
  else if (part.precision === 'month') {
    // the first (or last) day of the month `units` months away
    const first = sign === 1 ? 1 : 0;
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + sign * units + first);
    if (sign === 1) d.setUTCDate(0);
  } else d.setUTCFullYear(d.getUTCFullYear() + sign * units);
  return Math.round(d.getTime() / 86_400_000);
}

/** One bound of a part: the earliest (`highest` false) or latest day its digits allow. */
function bound(
  year: string,
  month: string | undefined,
  day: string | undefined,
  highest: boolean,
): { error: string; day?: undefined } | { day: number; error?: undefined } {
  const y = Number(year.replaceAll('X', highest ? '9' : '0'));
  const m = month === undefined ? (highest ? 12 : 1) : pick(month, 1, 12, highest);
  if (m === undefined) return { error: `month ${month} is not 01 to 12` };
  const length = daysInMonth(y, m);
  const d = day === undefined ? (highest ? length : 1) : pick(day, 1, length, highest);
  if (d === undefined) return { error: `day ${day} of ${year}-${month} is not 01 to ${length}` };
  return { day: civilDay(y, m, d) };
}

/** Reads one calendar value (`1937-01-30`, `1922-05?`, `193X`); an error says what is wrong. */
export function parsePart(text: string): EdtfPart | { error: string } {
  const match = PART.exec(text);
  if (!match) return { error: `${text} is not a calendar value` };
  const [, year, month, day, mark] = match;
  const low = bound(year, month, day, false);
  if (low.error !== undefined) return { error: low.error };
  const high = bound(year, month, day, true);
  if (high.error !== undefined) return { error: high.error };
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const qualifier = mark ? QUALIFIERS[mark] : undefined;
  const part: EdtfPart = {
    text,
    precision,
    year,
    month,
    day,
    qualifier,
    earliest: low.day,
    latest: high.day,
  };
  const units = qualifier === undefined ? 0 : qualifier === 'both' ? 2 : 1;
  part.earliest = shift(low.day, part, units, -1);
  part.latest = shift(high.day, part, units, 1);
  return part;
}

function isPlain(part: EdtfPart): boolean {
  return part.qualifier === undefined && !part.text.includes('X');
}

function fail(expected: string): EdtfResult {
  return { ok: false, expected };
}

/** `a/b` with `..` (open) or nothing (unknown) for either end, not both. */
function parseInterval(text: string): EdtfResult {
  const [a, b, ...rest] = text.split('/');
  if (rest.length > 0) return fail(`one / in an interval (${EDTF_EXPECTED})`);
  const open = (s: string) => s === '..' || s === '';
  if (open(a) && open(b)) return fail(`a date on at least one side of / (${EDTF_EXPECTED})`);
  const start = open(a) ? undefined : parsePart(a);
  const end = open(b) ? undefined : parsePart(b);
  for (const p of [start, end])
    if (p && 'error' in p) return fail(`${PLAIN} on each side of /; ${p.error}`);
  const s = start as EdtfPart | undefined;
  const e = end as EdtfPart | undefined;
  if (s && e && e.latest < s.earliest)
    return fail(`an interval a/b whose end ${b} is not before its start ${a}`);
  const plain = (s === undefined || isPlain(s)) && (e === undefined || isPlain(e));
  return {
    ok: true,
    date: {
      form: 'interval',
      earliest: s ? s.earliest : -Infinity,
      latest: e ? e.latest : Infinity,
      certainStart: s && e ? s.latest : e ? e.latest : Infinity,
      certainEnd: s && e ? e.earliest : s ? s.earliest : -Infinity,
      uncertain: !plain || !s || !e,
    },
  };
}

/** `[a,b,c]` (one of these), `[a..b]` (one day in the range), `[..a]`, `[a..]`, mixed. */
function parseSet(text: string): EdtfResult {
  const body = text.slice(1, -1);
  if (body.trim() === '') return fail(`at least one date in [ ] (${EDTF_EXPECTED})`);
  let earliest = Infinity;
  let latest = -Infinity;
  for (const item of body.split(',')) {
    const range = item.split('..');
    if (range.length > 2) return fail(`one .. in a range of a set (${EDTF_EXPECTED})`);
    const [a, b] = range;
    if (range.length === 2 && a === '' && b === '') return fail(`a date beside .. in ${text}`);
    const start = a === '' ? undefined : parsePart(a);
    const end = range.length === 1 ? start : b === '' ? undefined : parsePart(b);
    for (const p of [start, end])
      if (p && 'error' in p) return fail(`${PLAIN} in a set [a..b] or [a,b]; ${p.error}`);
    const s = start as EdtfPart | undefined;
    const e = end as EdtfPart | undefined;
    if (s && e && e.latest < s.earliest)
      return fail(`a range [a..b] whose end ${b} is not before its start ${a}`);
    earliest = Math.min(earliest, s ? s.earliest : -Infinity);
    latest = Math.max(latest, e ? e.latest : Infinity);
  }
  const date = { earliest, latest, certainStart: latest, certainEnd: earliest };
  return { ok: true, date: { form: 'set', ...date, uncertain: true } };
}

/** Parses a date of the grammar; on failure says what was expected. */
export function parseEdtf(value: unknown): EdtfResult {
  if (typeof value !== 'string') return fail(PLAIN);
  if (value.length > 200) return fail(`a date of at most 200 characters (${EDTF_EXPECTED})`);
  if (value.startsWith('[') && value.endsWith(']')) return parseSet(value);
  if (value.includes('/')) return parseInterval(value);
  const part = parsePart(value);
  if ('error' in part) {
    // plain-looking values keep the plain message; EDTF-looking ones hear the whole grammar
    const plain = /^[\d-]*$/.test(value);
    if (plain) return fail(PLAIN);
    return fail(
      part.error.endsWith('is not a calendar value')
        ? EDTF_EXPECTED
        : `${EDTF_EXPECTED}; ${part.error}`,
    );
  }
  return {
    ok: true,
    date: {
      form: 'single',
      earliest: part.earliest,
      latest: part.latest,
      certainStart: part.latest,
      certainEnd: part.earliest,
      uncertain: !isPlain(part),
    },
  };
}

const cache = new Map<string, EdtfResult>();

/** `parseEdtf`, remembered: datasets repeat the same dates many times. */
export function readEdtf(value: string): EdtfResult {
  let result = cache.get(value);
  if (result === undefined) {
    result = parseEdtf(value);
    if (cache.size > 50_000) cache.clear();
    cache.set(value, result);
  }
  return result;
}
