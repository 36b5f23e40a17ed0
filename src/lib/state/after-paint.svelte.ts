/**
 * Work that should wait until a change is on screen: a step of the slider paints the graph
 * first, and what only follows it (the URL, the side panels) comes a frame later.
 */
import { untrack } from 'svelte';

/** Runs `task` once the next frame has been painted; returns a function that cancels it. */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from an animation frame runs after that frame has been painted
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A value that follows `source` once the change has been painted; a newer change cancels an
 * older one, so a held key updates it at most once a frame. Create it in a component's script.
 */
export class AfterPaint<T> {
  current = $state.raw<T>() as T;

  constructor(source: () => T) {
    this.current = untrack(source);
    $effect(() => {
      const next = source();
      return afterPaint(() => (this.current = next));
    });
  }
}
