import { describe, expect, it } from 'vitest';
import { civilDay, yearSpan } from '../time/dates';
import type { LifelineBar } from './lanes';
import { barShape, cursorShape, dayX, markShape, yearTicks, type TimeScale } from './geometry';

// 1924..1933: ten years over 100 px, about 10 px a year
const scale: TimeScale = {
  start: civilDay(1924, 1, 1),
  end: civilDay(1933, 12, 31),
  x0: 0,
  x1: 100,
};
const day = (y: number, m = 1, d = 1) => civilDay(y, m, d);
const certain = (from: number, to?: number): LifelineBar => ({
  kind: 'alliance',
  id: 'x',
  date: '1926',
  name: 'x',
  start: { earliest: from, latest: from, uncertain: false },
  ...(to === undefined ? {} : { end: { earliest: to, latest: to, uncertain: false } }),
});

describe('dayX', () => {
  it('maps the range onto x0..x1 and clamps outside it', () => {
    expect(dayX(scale, scale.start)).toBe(0);
    expect(dayX(scale, scale.end + 1)).toBe(100);
    expect(dayX(scale, day(1929))).toBeCloseTo(50, 0);
    expect(dayX(scale, -Infinity)).toBe(0);
    expect(dayX(scale, Infinity)).toBe(100);
  });
});

describe('barShape', () => {
  it('draws a certain record from its first to its last day, with no fade', () => {
    const s = barShape(certain(day(1926), day(1927, 12, 31)), scale)!;
    expect(s.x).toBeCloseTo(20, 0);
    expect(s.width).toBeCloseTo(20, 0);
    expect([s.fadeIn, s.fadeOut, s.clippedStart, s.clippedEnd]).toEqual([0, 0, false, false]);
  });
  it('clips a record that began before the range or lasts past it', () => {
    const s = barShape(certain(day(1919)), scale)!;
    expect([s.x, s.width, s.clippedStart, s.clippedEnd]).toEqual([0, 100, true, true]);
  });
  it('leaves out a record wholly outside the range', () => {
    expect(barShape(certain(day(1918), day(1922)), scale)).toBeUndefined();
    expect(barShape(certain(day(1935)), scale)).toBeUndefined();
  });
  it('fades an uncertain start over the days it may mean, and an uncertain end', () => {
    const bar: LifelineBar = {
      ...certain(0),
      start: { earliest: day(1925), latest: day(1926, 12, 31), uncertain: true },
      end: { earliest: day(1930), latest: day(1930, 12, 31), uncertain: true },
    };
    const s = barShape(bar, scale)!;
    expect(s.x).toBeCloseTo(10, 0);
    expect(s.fadeIn).toBeCloseTo(20, 0);
    expect(s.fadeOut).toBeCloseTo(10, 0);
    expect(s.width).toBeCloseTo(60, 0);
  });
  it('never lets the fades cross on a loosely known record', () => {
    const loose: LifelineBar = {
      ...certain(0),
      start: { earliest: day(1925), latest: day(1929), uncertain: true },
      end: { earliest: day(1926), latest: day(1930), uncertain: true },
    };
    const s = barShape(loose, scale)!;
    expect(s.fadeIn + s.fadeOut).toBeLessThanOrEqual(s.width + 1e-9);
  });
});

describe('marks, cursor and ticks', () => {
  it('centres a mark on its days, with a spread when uncertain', () => {
    const m = { kind: 'event' as const, id: 'e', date: '1929', name: 'e' };
    expect(
      markShape({ ...m, earliest: day(1929), latest: day(1929, 12, 31), uncertain: false }, scale),
    ).toEqual({ x: expect.closeTo(55, 0), spread: 0 });
    expect(
      markShape({ ...m, earliest: day(1929), latest: day(1930, 12, 31), uncertain: true }, scale)
        ?.spread,
    ).toBeCloseTo(20, 0);
    expect(
      markShape({ ...m, earliest: day(1940), latest: day(1940), uncertain: false }, scale),
    ).toBeUndefined();
  });
  it('draws the cursor over the window shown', () => {
    const c = cursorShape(yearSpan(1929), scale);
    expect(c.x).toBeCloseTo(50, 0);
    expect(c.width).toBeCloseTo(10, 0);
  });
  it('labels ticks far enough apart', () => {
    const years = Array.from({ length: 10 }, (_, i) => 1924 + i);
    const ticks = yearTicks(years, (y) => day(y), scale, 18);
    expect(ticks).toHaveLength(10);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).toEqual([1924, 1926, 1928, 1930, 1932]);
  });
});
