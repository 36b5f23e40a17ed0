/**
 * Keeps the URL and the explorer in step both ways: state changes write the URL (a new history
 * entry for a deliberate change, a replacement while playing), back and forward restore state.
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { afterPaint } from './after-paint.svelte';
import type { Explorer } from './explorer.svelte';
import { parseUrlState, writeUrlState } from './url';

/** Parses the URL against the explorer's dataset and applies it; returns the notes. */
export function applyUrl(explorer: Explorer, search: string): string[] {
  const { state, notes } = parseUrlState(search, {
    years: explorer.years,
    hasRecord: (id) => explorer.lookup.byId.has(id),
  });
  explorer.applyUrlState(state);
  return notes;
}

/** Writes `state` into the URL: a new history entry, or a replacement while playing or recording. */
function writeUrl(state: Explorer['urlState'], playing: boolean): void {
  const params = writeUrlState(location.search, state).toString();
  const search = params ? `?${params}` : '';
  if (search === location.search) return;
  const href = `${location.pathname}${search}${location.hash}`;
  // Shallow routing on the same page: only the query changes, so there is nothing to resolve.
  // eslint-disable-next-line svelte/no-navigation-without-resolve
  if (playing) replaceState(href, {});
  // eslint-disable-next-line svelte/no-navigation-without-resolve
  else pushState(href, {});
}

/** Starts syncing; call from a component's script so the effect and listener belong to it. */
export function syncUrl(explorer: Explorer): void {
  // The router accepts shallow entries only once its first navigation is done.
  let routerReady = $state(false);
  afterNavigate(() => (routerReady = true));
  $effect(() => {
    const state = explorer.urlState;
    if (!routerReady) return;
    // Written once the change is painted: the router reads the scroll position, which forces
    // a layout, and a step of the slider should not wait for that. A newer state cancels it.
    // (The task runs outside the effect, so reading `playing` there tracks nothing.)
    return afterPaint(() => writeUrl(state, explorer.playing || explorer.recording));
  });
  // Shallow history entries do not navigate, so back and forward are read from the location.
  $effect(() => {
    const onPopState = () => {
      const notes = applyUrl(explorer, location.search);
      if (notes.length) explorer.notes = notes;
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  });
}
