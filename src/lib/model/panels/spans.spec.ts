import { describe, expect, it } from 'vitest';
import { formatLife, formatSpan, rangeYears } from './spans';

describe('formatting', () => {
  it('formats spans and lives as precisely as known', () => {
    expect(formatSpan({ from: '1936-08', to: '1938-03-15' })).toBe('Aug 1936 – 15 Mar 1938');
    expect(formatSpan({ from: '1924' })).toBe('since 1924');
    expect(formatSpan({ from: '1927', to: '1927' })).toBe('1927');
    expect(formatLife('1888-10-09', '1938')).toBe('9 Oct 1888 – 1938');
    expect(formatLife(undefined, '1936-08')).toBe('died Aug 1936');
    expect(formatLife(undefined, undefined)).toBeUndefined();
  });

  it('lists the years of a range', () => {
    expect(rangeYears({ from: '1924-05', to: '1926' })).toEqual([1924, 1925, 1926]);
    expect(rangeYears({ from: 'x', to: '1926' })).toEqual([]);
  });
});
