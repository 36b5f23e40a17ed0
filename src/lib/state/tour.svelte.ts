/**
 * The tour being played and the tour being written, shared by the Tours menu, the player and
 * the editor (one page, one of each: a module, like `theme`). Playing a step applies its view
 * to the explorer the way a URL does; the URL then carries `?tour=ID&step=N`.
 */
import { replaceState } from '$app/navigation';
import { afterPaint } from './after-paint.svelte';
import type { Explorer } from './explorer.svelte';
import type { Tour, TourStep } from '$lib/model/dataset/schema';
import {
  stepView,
  tourLink,
  viewStep,
  withTourParams,
  type StepWords,
} from '$lib/model/dataset/tours';

class TourPlayer {
  tour = $state.raw<Tour | undefined>(undefined);
  index = $state(0);
  /** "Present": the graph and the step's words fill the screen. */
  presenting = $state(false);
  step = $derived<TourStep | undefined>(this.tour?.steps[this.index]);
  /** Bumped to ask the player to take the keyboard focus (a tour opened, a step chosen). */
  focusRequest = $state(0);

  /** Opens `tour` at step `index` (from 0) and shows that step. */
  open(explorer: Explorer, tour: Tour, index = 0): void {
    this.tour = tour;
    this.go(explorer, index);
    this.focusRequest++;
  }

  /** Shows step `index`; false when there is no such step. */
  go(explorer: Explorer, index: number): boolean {
    const step = this.tour?.steps[index];
    if (!step) return false;
    this.index = index;
    showStep(explorer, step);
    return true;
  }

  close(): void {
    this.tour = undefined;
    this.index = 0;
    this.presenting = false;
  }
}

export const tourPlayer = new TourPlayer();

/** Applies a step's view to the explorer: its time, focus, filters, comparison or path. */
export function showStep(explorer: Explorer, step: TourStep): void {
  explorer.playing = false;
  explorer.applyUrlState({
    ...stepView(step),
    view: explorer.view,
    fixed: explorer.fixedPositions,
  });
}

/** The explorer's view now, recorded as a step with the author's words. */
export function recordStep(explorer: Explorer, words: StepWords): TourStep {
  const { year, month, focus, ego, path, compare, filters } = explorer.urlState;
  return viewStep(
    { year: year ?? explorer.year, month, focus, ego, path, compare, filters },
    words,
  );
}

/**
 * Keeps `tour=` and `step=` in the URL while a tour plays. Written after the explorer's own
 * write (same frame, queued later), into the entry that write made.
 */
export function syncTourUrl(): void {
  $effect(() => {
    const id = tourPlayer.tour?.id;
    const step = tourPlayer.index + 1;
    return afterPaint(() => {
      if (id === undefined && !/[?&]tour=/.test(location.search)) return;
      const search = withTourParams(location.search, id, step);
      if (search === location.search) return;
      // Shallow routing on the same page, as url-sync does
      // eslint-disable-next-line svelte/no-navigation-without-resolve
      replaceState(`${location.pathname}${search}${location.hash}`, {});
    });
  });
  // Back and forward: the explorer restores the view; the player follows the step
  $effect(() => {
    const onPopState = () => {
      const tour = tourPlayer.tour;
      const link = tourLink(location.search, tour ? [tour] : []);
      if (link?.tour) tourPlayer.index = link.index;
      else tourPlayer.close();
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  });
}
