import type { Explorer } from './explorer.svelte';

/** One step of playback at normal speed, in milliseconds. */
export const PLAY_STEP_MS = 1500;

/** Playback of the time bar: steps the explorer's cursor until the end, then stops. */
export class PlayTimer {
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly explorer: Explorer) {}

  /** Play from where the cursor is (from the start when at the end), or pause. */
  toggle(): void {
    const explorer = this.explorer;
    if (explorer.playing) return this.stop();
    if (explorer.cursorIndex >= explorer.cursorBounds.max)
      explorer.setCursorIndex(explorer.cursorBounds.min);
    explorer.playing = true;
    this.#timer = setInterval(() => {
      if (!explorer.stepCursor(1)) this.stop();
    }, PLAY_STEP_MS / explorer.speed);
  }

  /** A new speed while playing takes effect at once. */
  setSpeed(speed: number): void {
    this.explorer.speed = speed;
    if (!this.explorer.playing) return;
    clearInterval(this.#timer);
    this.explorer.playing = false;
    this.toggle();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.explorer.playing = false;
  }
}
