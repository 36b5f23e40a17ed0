/**
 * Keeps the URL and the explorer in step both ways: state changes write the URL (a new history
 * entry for a deliberate change, a replacement while playing), back and forward restore state.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import type { Explorer } from './explorer.svelte';
import { parseUrlState, writeUrlState } from './url';

/** Parses the URL against the explorer's dataset and applies it; returns the notes. */
export function applyUrl(explorer: Explorer, url: URL): string[] {
  const { state, notes } = parseUrlState(url.searchParams, {
    years: explorer.years,
    hasRecord: (id) => explorer.lookup.byId.has(id),
  });
  explorer.applyUrlState(state);
  return notes;
}

/** Starts syncing; call from a component's script so the effects belong to it. */
export function syncUrl(explorer: Explorer): void {
  let written = '';
  $effect(() => {
    const state = explorer.urlState;
    // Only state changes write the URL; URL changes are read by the effect below.
    const current = untrack(() => page.url);
    const params = writeUrlState(current.searchParams, state).toString();
    const search = params ? `?${params}` : '';
    if (search === written || search === current.search) {
      written = search;
      return;
    }
    written = search;
    const href = `${current.pathname}${search}${current.hash}`;
    // Shallow routing on the same page: only the query changes, so there is nothing to resolve.
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    if (untrack(() => explorer.playing)) replaceState(href, {});
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    else pushState(href, {});
  });
  $effect(() => {
    const search = page.url.search;
    if (search === written) return;
    written = search;
    const notes = applyUrl(explorer, page.url);
    if (notes.length) explorer.notes = notes;
  });
}
