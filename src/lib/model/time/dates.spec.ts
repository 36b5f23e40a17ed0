import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dayNumber,
  daysInMonth,
  endsBeforeStart,
  firstDay,
  formatPartialDate,
  intervalSpan,
  isPartialDate,
  lastDay,
  monthSpan,
  parsePartialDate,
  spansOverlap,
  yearOf,
  yearSpan,
} from './dates';

describe('parsePartialDate', () => {
  it('parses the three precisions', () => {
    expect(parsePartialDate('1927')).toEqual({ year: 1927, precision: 'year' });
    expect(parsePartialDate('1927-11')).toEqual({ year: 1927, month: 11, precision: 'month' });
    expect(parsePartialDate('1927-11-14')).toEqual({
      year: 1927,
      month: 11,
      day: 14,
      precision: 'day',
    });
  });

  it('rejects dates that are not on the calendar', () => {
    for (const bad of [
      '1927-02-30',
      '1927-04-31',
      '1928-13',
      '1928-00',
      '1928-01-00',
      '1928-01-32',
    ]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });

  it('rejects other shapes and non-strings', () => {
    for (const bad of [
      '',
      '27',
      '1927-1',
      '1927-01-1',
      '1927/01/01',
      ' 1927',
      '1927 ',
      '19270',
      'abcd',
    ]) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    for (const bad of [1927, null, undefined, {}, ['1927']]) expect(isPartialDate(bad)).toBe(false);
  });

  it('knows leap years, including the century rules', () => {
    expect(isPartialDate('1928-02-29')).toBe(true);
    expect(isPartialDate('1927-02-29')).toBe(false);
    expect(isPartialDate('1900-02-29')).toBe(false);
    expect(isPartialDate('2000-02-29')).toBe(true);
    expect(daysInMonth(1928, 2)).toBe(29);
    expect(daysInMonth(1927, 2)).toBe(28);
    expect(daysInMonth(1927, 4)).toBe(30);
    expect(daysInMonth(1927, 12)).toBe(31);
  });
});

describe('days and spans', () => {
  it('counts days from 1970-01-01, also for early years', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(1929, 1, 1) - dayNumber(1928, 1, 1)).toBe(366);
    // Date.UTC would map year 50 to 1950
    expect(dayNumber(51, 1, 1) - dayNumber(50, 1, 1)).toBe(365);
  });

  it('makes a partial date cover its whole year or month', () => {
    expect(firstDay('1927')).toBe(dayNumber(1927, 1, 1));
    expect(lastDay('1927')).toBe(dayNumber(1927, 12, 31));
    expect(firstDay('1928-02')).toBe(dayNumber(1928, 2, 1));
    expect(lastDay('1928-02')).toBe(dayNumber(1928, 2, 29));
    expect(firstDay('1928-02-10')).toBe(lastDay('1928-02-10'));
    expect(yearSpan(1927)).toEqual({ start: firstDay('1927'), end: lastDay('1927') });
    expect(monthSpan(1927, 2)).toEqual({ start: firstDay('1927-02'), end: lastDay('1927-02') });
    expect(yearOf('1936-08-25')).toBe(1936);
  });

  it('throws on invalid dates in firstDay and lastDay (callers validate first)', () => {
    expect(() => firstDay('1927-02-30')).toThrow();
    expect(() => lastDay('nope')).toThrow();
  });

  it('spans intervals, open ones to Infinity', () => {
    expect(intervalSpan({ from: '1926', to: '1927-03' })).toEqual({
      start: dayNumber(1926, 1, 1),
      end: dayNumber(1927, 3, 31),
    });
    expect(intervalSpan({ from: '1926' }).end).toBe(Infinity);
  });

  it('overlaps spans that share a day, including a single shared day', () => {
    const a = intervalSpan({ from: '1925', to: '1926-06-30' });
    expect(spansOverlap(a, intervalSpan({ from: '1926-06-30' }))).toBe(true);
    expect(spansOverlap(a, intervalSpan({ from: '1926-07-01' }))).toBe(false);
    expect(spansOverlap(intervalSpan({ from: '1926-07-01' }), a)).toBe(false);
  });

  it('says an interval ends before it starts only when it surely does', () => {
    expect(endsBeforeStart({ from: '1927', to: '1926' })).toBe(true);
    expect(endsBeforeStart({ from: '1927-05', to: '1927-04-30' })).toBe(true);
    expect(endsBeforeStart({ from: '1927', to: '1927-03' })).toBe(false);
    expect(endsBeforeStart({ from: '1927-03', to: '1927' })).toBe(false);
    expect(endsBeforeStart({ from: '1927-03-01', to: '1927-03-01' })).toBe(false);
    expect(endsBeforeStart({ from: '1927' })).toBe(false);
  });

  it('orders dates by first day, coarser first', () => {
    const sorted = ['1927-03-01', '1927-03', '1926', '1927'].sort(comparePartialDates);
    expect(sorted).toEqual(['1926', '1927', '1927-03', '1927-03-01']);
  });
});

describe('formatPartialDate', () => {
  it('writes only the parts that are known', () => {
    expect(formatPartialDate('1936')).toBe('1936');
    expect(formatPartialDate('1936-08')).toBe('Aug 1936');
    expect(formatPartialDate('1936-08-25')).toBe('25 Aug 1936');
    expect(formatPartialDate('1924-01-21')).toBe('21 Jan 1924');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatPartialDate('1936-13')).toBe('1936-13');
    expect(formatPartialDate('soon')).toBe('soon');
  });
});
