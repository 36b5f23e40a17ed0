/**
 * Labels on a small screen: at the zoom that fits the whole graph into a phone, every label is
 * below Cytoscape's `min-zoomed-font-size` and none is drawn. There the selection, its
 * neighbours and the leading actors get labels scaled up to stay legible (stylesheet.ts).
 */

/** Narrower than this, in CSS pixels, a graph's labels may be boosted. */
export const BOOST_BELOW_WIDTH = 600;
/** The on-screen size, in CSS pixels, that a boosted label reaches. */
export const LEGIBLE_PX = 11;
/** The base label size of the stylesheet, in graph units. */
const BASE_FONT = 12;

/** How much the boosted labels are scaled at a zoom in a container this wide (1: no boost). */
export function labelBoost(zoom: number, width: number): number {
  if (width <= 0 || width >= BOOST_BELOW_WIDTH || zoom <= 0) return 1;
  const scale = LEGIBLE_PX / (BASE_FONT * zoom);
  // In quarter steps, so a pinch restyles the graph a few times, not at every frame
  return scale <= 1 ? 1 : Math.ceil(scale * 4) / 4;
}
