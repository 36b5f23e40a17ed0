import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Explorer } from './explorer.svelte';
import { PLAY_STEP_MS, PlayTimer } from './play-timer.svelte';

/** The part of the explorer that playback drives: a cursor over years 0..max. */
function fakeExplorer(max: number, at = 0) {
  const state = {
    playing: false,
    speed: 1,
    cursorIndex: at,
    cursorBounds: { min: 0, max },
    setCursorIndex(index: number) {
      state.cursorIndex = Math.min(Math.max(index, 0), max);
    },
    stepCursor(delta: number) {
      const before = state.cursorIndex;
      state.setCursorIndex(before + delta);
      return state.cursorIndex !== before;
    },
  };
  return state;
}

describe('PlayTimer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('steps once per step time and stops at the end', () => {
    const explorer = fakeExplorer(2);
    const timer = new PlayTimer(explorer as unknown as Explorer);
    timer.toggle();
    expect(explorer.playing).toBe(true);
    vi.advanceTimersByTime(PLAY_STEP_MS - 1);
    expect(explorer.cursorIndex).toBe(0);
    vi.advanceTimersByTime(1);
    expect(explorer.cursorIndex).toBe(1);
    vi.advanceTimersByTime(PLAY_STEP_MS * 3);
    expect(explorer.cursorIndex).toBe(2);
    expect(explorer.playing).toBe(false);
  });

  it('starts again from the beginning when played at the end, and pauses', () => {
    const explorer = fakeExplorer(3, 3);
    const timer = new PlayTimer(explorer as unknown as Explorer);
    timer.toggle();
    expect(explorer.cursorIndex).toBe(0);
    timer.toggle();
    expect(explorer.playing).toBe(false);
    vi.advanceTimersByTime(PLAY_STEP_MS * 2);
    expect(explorer.cursorIndex).toBe(0);
  });

  it('a new speed while playing takes effect at once', () => {
    const explorer = fakeExplorer(10);
    const timer = new PlayTimer(explorer as unknown as Explorer);
    timer.toggle();
    timer.setSpeed(2);
    expect(explorer.playing).toBe(true);
    vi.advanceTimersByTime(PLAY_STEP_MS / 2);
    expect(explorer.cursorIndex).toBe(1);
    timer.stop();
    timer.setSpeed(1);
    expect(explorer.playing).toBe(false);
  });
});
