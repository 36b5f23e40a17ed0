import { describe, expect, it } from 'vitest';
import {
  easeInOutCubic,
  GLIDE_FRAMES,
  parseVideoRange,
  positionsBetween,
  STEP_MS,
  videoFileName,
  videoFrames,
  videoSteps,
} from './video-plan';

const bounds = { from: 1924, to: 1938 };

function range(text: string) {
  const parsed = parseVideoRange(text, bounds);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.range;
}

describe('parseVideoRange', () => {
  it('reads years, months and a single year', () => {
    expect(range('1924..1938')).toEqual({ from: { year: 1924 }, to: { year: 1938 } });
    expect(range(' 1927-03..1928-11 ')).toEqual({
      from: { year: 1927, month: 3 },
      to: { year: 1928, month: 11 },
    });
    expect(range('1929')).toEqual({ from: { year: 1929 }, to: { year: 1929 } });
  });

  it('gives a year alone January at the start and December at the end when the other end has a month', () => {
    expect(range('1927..1928-02')).toEqual({
      from: { year: 1927, month: 1 },
      to: { year: 1928, month: 2 },
    });
    expect(range('1927-11..1928')).toEqual({
      from: { year: 1927, month: 11 },
      to: { year: 1928, month: 12 },
    });
  });

  it('says what is wrong', () => {
    const error = (text: string) => {
      const parsed = parseVideoRange(text, bounds);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(error('1924-1938')).toMatch(/"1924-1938" is not a range \(expected FROM\.\.TO/);
    expect(error('1924..1938..1939')).toMatch(/is not a range/);
    expect(error('1927-13..1928')).toMatch(/is not a range/);
    expect(error('1927-00..1928')).toMatch(/is not a range/);
    expect(error('')).toMatch(/is not a range/);
    expect(error('1920..1930')).toBe("1920 is outside the dataset's range (expected 1924 to 1938)");
    expect(error('1930..1939')).toMatch(/^1939 is outside/);
    expect(error('1930..1929')).toBe('the range ends (1929) before it starts (1930)');
    expect(error('1930-05..1930-04')).toBe('the range ends (1930-04) before it starts (1930-05)');
    expect(error('1938..1938')).toBeUndefined();
  });
});

describe('videoSteps', () => {
  it('lists each year, or each month across the new year', () => {
    expect(videoSteps(range('1924..1926'))).toEqual([
      { year: 1924 },
      { year: 1925 },
      { year: 1926 },
    ]);
    expect(videoSteps(range('1927-11..1928-02'))).toEqual([
      { year: 1927, month: 11 },
      { year: 1927, month: 12 },
      { year: 1928, month: 1 },
      { year: 1928, month: 2 },
    ]);
    expect(videoSteps(range('1924..1938'))).toHaveLength(15);
    expect(videoSteps(range('1924-01..1938-12'))).toHaveLength(180);
  });
});

describe('videoFileName', () => {
  it('names the dataset and both ends', () => {
    expect(videoFileName('soviet-succession', range('1924..1938'))).toBe(
      'soviet-succession-1924-1938.webm',
    );
    expect(videoFileName('soviet-succession', range('1927-03..1928-11'))).toBe(
      'soviet-succession-1927-03-1928-11.webm',
    );
    expect(videoFileName('a b', range('1929'), 'gif')).toBe('a-b-1929-1929.gif');
  });
});

describe('videoFrames', () => {
  it('gives every step STEP_MS, the glide only after the first step of a moving layout', () => {
    const frames = videoFrames(3, true);
    expect(frames).toHaveLength(3);
    for (const step of frames) {
      expect(step.reduce((sum, f) => sum + f.holdMs, 0)).toBeCloseTo(STEP_MS, 6);
      expect(step.at(-1)!.position).toBe(1);
    }
    expect(frames[0]).toEqual([{ position: 1, holdMs: STEP_MS }]);
    expect(frames[1]).toHaveLength(GLIDE_FRAMES);
    const positions = frames[1].map((f) => f.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(0);
    expect(frames[1][0].holdMs).toBe(100);
    expect(videoFrames(2, false)[1]).toEqual([{ position: 1, holdMs: STEP_MS }]);
  });

  it('eases in and out', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(0.5)).toBe(0.5);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.25)).toBeCloseTo(0.0625, 6);
    expect(easeInOutCubic(0.75)).toBeCloseTo(0.9375, 6);
  });
});

describe('positionsBetween', () => {
  it('moves each node part of the way; a node new or gone keeps its place', () => {
    const from = { a: { x: 0, y: 0 }, gone: { x: 5, y: 5 } };
    const to = { a: { x: 10, y: -20 }, fresh: { x: 3, y: 4 } };
    expect(positionsBetween(from, to, 0.25)).toEqual({
      a: { x: 2.5, y: -5 },
      gone: { x: 5, y: 5 },
      fresh: { x: 3, y: 4 },
    });
    expect(positionsBetween(from, to, 1).a).toEqual({ x: 10, y: -20 });
  });
});
