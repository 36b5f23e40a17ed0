import { describe, expect, it } from 'vitest';
import { compactDate } from './dates';
import { graphFate } from '../timeline/format';
import { yearWindow } from '../timeline/timeline';

describe('compactDate: dates short enough for a graph label', () => {
  it('keeps a certain date as it is written in words', () => {
    expect(compactDate('1936-08-25')).toBe('25 Aug 1936');
    expect(compactDate('1936-08')).toBe('Aug 1936');
    expect(compactDate('1936')).toBe('1936');
  });

  it('gives an uncertain date the months or years it may fall in', () => {
    expect(compactDate('[1937-01-30..1937-02-01]')).toBe('Jan–Feb 1937');
    expect(compactDate('[1937-02-01..1937-02-03]')).toBe('Feb 1937');
    expect(compactDate('[1935..1936]')).toBe('1935–1936');
    // An uncertain year may be the year either side (edtf.ts)
    expect(compactDate('1937?')).toBe('1936–1938');
  });
});

describe('graphFate', () => {
  it('names the death of the period in short: "dies Jan–Feb 1937", not a sentence', () => {
    const status = { alive: false, date: '[1937-01-30..1937-02-01]', year: 1937 } as const;
    expect(graphFate(status, yearWindow(1937))).toBe('dies Jan–Feb 1937');
  });
});
