import type { Explorer } from '$lib/state/explorer.svelte';
import { isTextEntry } from '../keys';

/** What the page's keyboard shortcuts act on. */
export interface ShortcutTargets {
  explorer: Explorer;
  togglePlay: () => void;
  focusSearch: () => void;
  fit: () => void;
}

/**
 * The page's keyboard shortcuts (DESIGN §5): ←/→ step the year, Space plays, `/` searches,
 * Esc clears the selection, F fits the graph. Keys typed into text stay text.
 */
export function pageShortcut(event: KeyboardEvent, targets: ShortcutTargets): void {
  const { explorer } = targets;
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (event.key === 'Escape') {
    explorer.select(undefined);
    return;
  }
  if (isTextEntry(target)) return;
  const onSlider = target instanceof HTMLInputElement && target.type === 'range';
  const onControl = target?.closest('button, a, input, select, summary, [role="button"]');
  // Arrows step the year from the page or the graph; a focused control keeps them
  const onPage =
    !target ||
    target === document.body ||
    target.matches('#timeline, #stage, #details') ||
    target.closest('.stage') !== null;
  if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && onPage && !onControl) {
    explorer.stepCursor(event.key === 'ArrowLeft' ? -1 : 1);
    event.preventDefault();
  } else if (event.key === ' ' && (!onControl || onSlider)) {
    targets.togglePlay();
    event.preventDefault();
  } else if (event.key === '/') {
    targets.focusSearch();
    event.preventDefault();
  } else if (event.key === 'f' || event.key === 'F') {
    targets.fit();
  }
}
