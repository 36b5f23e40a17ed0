import { describe, expect, it } from 'vitest';
import { defaultPanelYears, MAX_PANELS, parsePanelYears } from './years';

const range = { from: 1924, to: 1938 };

describe('panel years', () => {
  it('defaults to the milestones when the range holds them', () => {
    expect(defaultPanelYears(range, [])).toEqual([1924, 1926, 1928, 1930, 1934, 1937]);
  });

  it('otherwise picks the first year and the years of most change, two years apart', () => {
    const changes = [
      { year: 1510, count: 1 },
      { year: 1511, count: 9 },
      { year: 1512, count: 8 },
      { year: 1515, count: 7 },
      { year: 1520, count: 5 },
    ];
    // 1511 is too close to 1510; the rest of the six come from the range's first years
    expect(defaultPanelYears({ from: 1510, to: 1521 }, changes)).toEqual([
      1510, 1511, 1512, 1513, 1515, 1520,
    ]);
  });

  it('fills a short range with its years', () => {
    expect(defaultPanelYears({ from: 2000, to: 2002 }, [])).toEqual([2000, 2001, 2002]);
  });

  it('reads lists and ranges, drops what is outside, keeps order and at most twelve', () => {
    expect(parsePanelYears('1930, 1924 1926-1928;1926', range)).toEqual({
      years: [1924, 1926, 1927, 1928, 1930],
      bad: [],
    });
    expect(parsePanelYears('1900, x, 1930-1925, 1937', range)).toEqual({
      years: [1937],
      bad: ['1900', 'x', '1930-1925'],
    });
    expect(parsePanelYears('1924-1938', range).years).toHaveLength(MAX_PANELS);
  });
});
