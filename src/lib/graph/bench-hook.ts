/**
 * A hook for `npm run bench`, active only when the page's URL has a `bench` parameter: it
 * hands the graph view to the benchmark, which runs its baselines on the same Cytoscape
 * instance, and marks the first frame that shows the graph. Without `?bench` it does nothing.
 */
import type { GraphView } from './view';

/** What the benchmark finds on `window.__factionsBench`. */
export interface BenchHook {
  view: GraphView;
}

declare global {
  interface Window {
    __factionsBench?: BenchHook;
  }
}

/** The name of the performance mark set once the graph is first on screen. */
export const GRAPH_DRAWN_MARK = 'factions:graph-drawn';

/** Exposes `view` to the benchmark when the page was opened with `?bench`. */
export function exposeForBench(view: GraphView): void {
  if (typeof window === 'undefined' || !new URLSearchParams(location.search).has('bench')) return;
  window.__factionsBench = { view };
  // Cytoscape emits `render` after drawing a frame; the next animation frame follows its paint
  view.onNextRender(() => requestAnimationFrame(() => performance.mark(GRAPH_DRAWN_MARK)));
}
