import { describe, expect, it } from 'vitest';
import { compactDate } from './dates';
import { graphFate } from '../timeline/format';
import { yearWindow } from '../timeline/timeline';

describe('compactDate: dates short enough for a graph label', () => {
  it.each([
    ['1936-08-25', '25 Aug 1936'],
    ['1936-08', 'Aug 1936'],
    ['1936', '1936'],
  ])('keeps a certain date as it is written in words: %s is %s', (date, text) => {
    expect(compactDate(date)).toBe(text);
  });

  it.each([
    ['[1937-01-30..1937-02-01]', 'Jan–Feb 1937'],
    ['[1937-02-01..1937-02-03]', 'Feb 1937'],
    ['[1935..1936]', '1935–1936'],
    // An uncertain year may be the year either side (edtf.ts)
    ['1937?', '1936–1938'],
  ])('gives an uncertain date the months or years it may fall in: %s is %s', (date, text) => {
    expect(compactDate(date)).toBe(text);
  });
});

describe('graphFate', () => {
  it('names the death of the period in short: "dies Jan–Feb 1937", not a sentence', () => {
    const status = { alive: false, date: '[1937-01-30..1937-02-01]', year: 1937 } as const;
    expect(graphFate(status, yearWindow(1937))).toBe('dies Jan–Feb 1937');
  });
});
