import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isPartialDate, parsePartialDate, readDay } from './dates';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An independent reckoning of day numbers, through `Date.UTC`, to check the fast reader by. */
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0..99 onto 1900..1999
  return Math.round(date.getTime() / 86_400_000);
}
const firstDay = (s: string) => {
  const d = parsePartialDate(s)!;
  return utcDay(d.year, d.month ?? 1, d.day ?? 1);
};
const lastDay = (s: string) => {
  const d = parsePartialDate(s)!;
  const month = d.month ?? 12;
  return utcDay(d.year, month, d.day ?? daysInMonth(d.year, month));
};

describe('readDay', () => {
  it('agrees with a Date.UTC reckoning on every kind of date', () => {
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.nat(31))
      .map(([y, m, d]) =>
        m === 0
          ? pad(y, 4)
          : d === 0
            ? `${pad(y, 4)}-${pad(m, 2)}`
            : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
      );
    fc.assert(
      fc.property(date, (s) => {
        if (isPartialDate(s)) {
          expect(readDay(s, false)).toBe(firstDay(s));
          expect(readDay(s, true)).toBe(lastDay(s));
        } else {
          expect(readDay(s, false)).toBeNaN();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects what is not a partial date', () => {
    for (const s of [
      '',
      '192',
      '1928-13',
      '1928-00',
      '1927-02-29',
      '1928-1-01',
      '1928/01',
      'abcd',
      '1928-01-1x',
    ]) {
      expect(readDay(s, false)).toBeNaN();
    }
    expect(readDay('1928-02-29', true)).toBe(firstDay('1928-02-29'));
    expect(readDay('1900-02', true)).toBe(lastDay('1900-02'));
  });

  it('matches any string the schema check accepts or rejects', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (s) => {
        expect(Number.isNaN(readDay(s, false))).toBe(!isPartialDate(s));
      }),
    );
  });
});
