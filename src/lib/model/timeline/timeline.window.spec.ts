import { describe, expect, it } from 'vitest';
import { activeIn, daysAround, monthWindow, windowLabel, windowTime, yearWindow } from './timeline';

describe('windowLabel', () => {
  it('names a year, a month or any other span of days', () => {
    expect(windowLabel(yearWindow(1936))).toBe('1936');
    expect(windowLabel(monthWindow(1936, 1))).toBe('Jan 1936');
    expect(windowLabel(monthWindow(1936, 2))).toBe('Feb 1936');
    const span = { start: yearWindow(1936).start + 2, end: monthWindow(1936, 2).start + 8 };
    expect(windowLabel(span)).toBe('3 Jan 1936 – 9 Feb 1936');
  });
});

describe('activeIn', () => {
  it('is true when the interval overlaps the window, by the timeline index rule', () => {
    expect(activeIn({ from: '1925-12' }, yearWindow(1938))).toBe(true);
    expect(activeIn({ from: '1925-12', to: '1926-01' }, yearWindow(1926))).toBe(true);
    expect(activeIn({ from: '1925-12', to: '1925-12' }, yearWindow(1926))).toBe(false);
    expect(activeIn({ from: '1927' }, yearWindow(1926))).toBe(false);
    expect(activeIn({ from: 'bad' }, yearWindow(1926))).toBe(false);
    expect(activeIn({ from: '1927', to: '1926' }, yearWindow(1926))).toBe(false);
    expect(activeIn({ from: '1936-08' }, monthWindow(1936, 1))).toBe(false);
    expect(activeIn({ from: '1936-08' }, monthWindow(1936, 8))).toBe(true);
  });

  it('finds the days just outside a window', () => {
    const { before, after } = daysAround(monthWindow(1936, 1));
    expect(before.end + 1).toBe(monthWindow(1936, 1).start);
    expect(after.start).toBe(monthWindow(1936, 2).start);
  });
});

describe('windowTime', () => {
  it('writes a window as a partial date', () => {
    expect(windowTime(yearWindow(1936))).toBe('1936');
    expect(windowTime(monthWindow(1936, 1))).toBe('1936-01');
    expect(windowTime({ start: yearWindow(1936).start + 2, end: yearWindow(1936).start + 5 })).toBe(
      '1936-01-03',
    );
  });
});
