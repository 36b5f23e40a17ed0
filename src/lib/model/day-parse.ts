/**
 * Fast reading of partial dates into day numbers, for building indexes over many records.
 * Same results as `firstDay` / `lastDay` in `dates.ts` (a spec checks it), without regular
 * expressions or `Date` objects: NaN stands for an unreadable date.
 */
import { daysInMonth } from './dates';
import { readEdtf } from './edtf';

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
