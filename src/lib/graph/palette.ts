/**
 * The graph's colours per theme live in `model/view/visual.ts` with the rest of how each kind is
 * drawn; this module keeps the graph's imports short.
 */
export { darkPalette, lightPalette, palettes, type Palette } from '$lib/model/view/visual';
