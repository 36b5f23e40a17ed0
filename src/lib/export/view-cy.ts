/** What the exports read from the GraphView: positions, the picture's area and its scale. */
import type { Position } from '$lib/model/schema';
import type { GraphView } from '$lib/graph/view';

/** "Current view" is the viewport as shown; "Whole graph" is everything visible, at zoom 1. */
export type ExportArea = 'view' | 'whole';

/** The largest side, in pixels, of an exported image before its scale is reduced. */
const MAX_SIDE = 8000;
/** Space (CSS pixels) around a whole graph, whose bounding box is cut tight to its labels. */
const WHOLE_MARGIN = 24;

/** Every node's current position (nodes may have been dragged since the layout). */
export function viewPositions(view: GraphView): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const node of view.cy.nodes()) {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  }
  return positions;
}

/**
 * Whether to export the whole graph, at what scale and with what margin: `scale` for the current view (twice
 * the container's size), less for a whole graph too large for a canvas. A hidden container
 * (the table view) has no current view, so the whole graph is exported instead.
 */
export function exportFrame(
  view: GraphView,
  area: ExportArea,
  scale: number,
): { full: boolean; scale: number; margin: number } {
  const full = area === 'whole' || view.cy.width() === 0 || view.cy.height() === 0;
  if (!full) return { full, scale, margin: 0 };
  const box = view.cy.elements(':visible').boundingBox();
  const side = Math.max(box.w, box.h, 1);
  return { full, scale: Math.min(scale, MAX_SIDE / side), margin: WHOLE_MARGIN };
}
