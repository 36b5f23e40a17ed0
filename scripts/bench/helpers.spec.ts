import { describe, expect, it } from 'vitest';
import { summarize } from './stats';
import { checkTargets } from './targets';
import { pingPong } from './years';
import { roundTripSteps, type ScrubResult } from './scrub';

describe('summarize', () => {
  it('gives the median and the nearest-rank 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ n: 100, median: 50.5, p95: 95 });
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3 });
  });
});

describe('pingPong', () => {
  it('scrubs to the end of the range and back', () => {
    expect(pingPong(1920, 1922, 6)).toEqual([1921, 1922, 1921, 1920, 1921, 1922]);
    expect(pingPong(1920, 1920, 3)).toEqual([]);
  });
});

describe('roundTripSteps', () => {
  it('rounds up to whole round trips, so that the heap is read twice at the same year', () => {
    expect(roundTripSteps(1920, 1939, 200)).toBe(228);
    expect(roundTripSteps(1920, 1921, 3)).toBe(4);
    expect(roundTripSteps(1920, 1920, 200)).toBe(0);
    const years = pingPong(1920, 1939, roundTripSteps(1920, 1939, 200));
    expect(years.at(-1)).toBe(1920);
  });
});

describe('checkTargets', () => {
  const s = (median: number) => ({ n: 30, median, p95: median });
  const scrub = (elements: number, app: number, rebuild: number, floor: number): ScrubResult => ({
    elements,
    visible: { first: 0, last: 0 },
    years: { from: 1920, to: 1939 },
    app: { step: s(app), jump: s(app), held: s(app), panel: s(app) },
    rebuild: { step: s(rebuild), jump: s(rebuild) },
    floor: s(floor),
    cached: s(floor),
    heap: { steps: 200, beforeBytes: 0, afterBytes: 10, growthBytes: 10 },
    problems: [],
  });

  it('compares the app with the rebuild and the floor of the same run', () => {
    const checks = checkTargets([], [scrub(5_000, 30, 100, 25)], undefined);
    expect(checks.map((c) => [c.target, c.pass])).toEqual([
      ['step at 5,000: app ≤ 1/3 of rebuild', true],
      ['step at 5,000: app ≤ 1.3 × floor', true],
      ['heap growth over 200 steps at 5,000 < 1 MB', true],
    ]);
    expect(checkTargets([], [scrub(20_000, 50, 100, 25)], undefined).some((c) => c.pass)).toBe(
      true,
    );
    expect(checkTargets([], [scrub(20_000, 50, 100, 25)], undefined)[0].pass).toBe(false);
  });
});
