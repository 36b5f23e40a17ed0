import { describe, expect, it } from 'vitest';
import { firstDay, formatPartialDate, lastDay } from './dates';
import { readDay } from './dates';
import { EDTF_PATTERN, parseEdtf } from './edtf';

const iso = (day: number) =>
  Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : String(day);

function span(value: string): string {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(result.expected);
  return `${iso(result.date.earliest)}..${iso(result.date.latest)}`;
}

describe('the EDTF subset', () => {
  it.each([
    ['1937', '1937-01-01..1937-12-31', '1937'],
    ['1937-01', '1937-01-01..1937-01-31', 'Jan 1937'],
    ['1937-01-30', '1937-01-30..1937-01-30', '30 Jan 1937'],
    ['1936-08-19/1936-08-24', '1936-08-19..1936-08-24', '19 – 24 Aug 1936'],
    ['1922-05?', '1922-04-01..1922-06-30', 'perhaps May 1922'],
    ['1922~', '1921-01-01..1923-12-31', 'about 1922'],
    ['1922%', '1920-01-01..1924-12-31', 'perhaps about 1922'],
    ['1922-05-03~', '1922-05-02..1922-05-04', 'about 3 May 1922'],
    ['193X', '1930-01-01..1939-12-31', 'the 1930s'],
    ['1937-XX', '1937-01-01..1937-12-31', '1937 (month unknown)'],
    ['1937-02-XX', '1937-02-01..1937-02-28', 'Feb 1937 (day unknown)'],
    ['1925/..', '1925-01-01..Infinity', '1925 or later'],
    ['../1925', '-Infinity..1925-12-31', '1925 or earlier'],
    ['[1937-01-30..1937-02-01]', '1937-01-30..1937-02-01', 'between 30 Jan and 1 Feb 1937'],
    ['[..1923]', '-Infinity..1923-12-31', 'by 1923'],
    ['[1925..]', '1925-01-01..Infinity', '1925 or later'],
    ['[1936-08-24,1936-08-25]', '1936-08-24..1936-08-25', '24 or 25 Aug 1936'],
    ['[1931,1932-05]', '1931-01-01..1932-05-31', '1931 or May 1932'],
    ['1922-05?/1925-12', '1922-04-01..1925-12-31', 'perhaps May 1922 – Dec 1925'],
  ])('%s spans %s and reads "%s"', (value, days, words) => {
    expect(EDTF_PATTERN.test(value)).toBe(true);
    expect(span(value)).toBe(days);
    expect(formatPartialDate(value)).toBe(words);
    const [first, last] = days.split('..');
    expect(iso(firstDay(value))).toBe(first);
    expect(iso(lastDay(value))).toBe(last);
    expect(iso(readDay(value, false))).toBe(first);
    expect(iso(readDay(value, true))).toBe(last);
  });

  it('knows a one-of set and an open end as uncertain, a plain interval as certain', () => {
    const dates = ['[1937-01-30..1937-02-01]', '1925/..', '1922~', '1936-08-19/1936-08-24'];
    const uncertain = dates.map((d) => {
      const r = parseEdtf(d);
      return r.ok && r.date.uncertain;
    });
    expect(uncertain).toEqual([true, true, true, false]);
  });

  it('gives the certain bounds of a dated record', () => {
    const r = parseEdtf('[1937-01-30..1937-02-01]');
    const interval = parseEdtf('1936-08-19/1936-08-24');
    if (!r.ok || !interval.ok) throw new Error('unreadable');
    expect([iso(r.date.certainStart), iso(r.date.certainEnd)]).toEqual([
      '1937-02-01',
      '1937-01-30',
    ]);
    const i = interval.date;
    expect([iso(i.certainStart), iso(i.certainEnd)]).toEqual(['1936-08-19', '1936-08-24']);
  });

  it.each([
    ['1937-13?', 'month 13 is not 01 to 12'],
    [
      '[1937-02-01..1937-01-30]',
      'a range [a..b] whose end 1937-01-30 is not before its start 1937-02-01',
    ],
    [
      '1937-02-01/1937-01-30',
      'an interval a/b whose end 1937-01-30 is not before its start 1937-02-01',
    ],
    ['1937-02-30~', 'day 30 of 1937-02 is not 01 to 28'],
    ['../..', 'a date on at least one side of /'],
    ['[]', 'at least one date in [ ]'],
    ['1925-13', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['1937~~', 'optionally ending in ?'],
  ])('refuses %s, saying what it expected', (value, expected) => {
    const result = parseEdtf(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.expected).toContain(expected);
  });
});
