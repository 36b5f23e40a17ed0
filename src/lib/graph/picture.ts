/**
 * The graph as a picture, for the PNG and SVG exports: Cytoscape's own PNG renderer and
 * cytoscape-svg (loaded on first use: it needs `window`), framed as the export asks. Only
 * `GraphView` calls these; the exports get the pictures through its `png()` and `svg()`.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { Palette } from './palette';

/** "Current view" is the viewport as shown; "Whole graph" is everything visible, at zoom 1. */
export type PictureArea = 'view' | 'whole';

export interface PictureOptions {
  area: PictureArea;
  background: string;
  /** Pixels per CSS pixel (the PNG export draws at 2). */
  scale: number;
  /** The theme to draw in (light for a handout from the dark theme); the screen's if unset. */
  palette?: Palette;
}

/** A picture of the graph, the scale it was drawn at and the margin to leave around it. */
export interface GraphPicture<T> {
  image: T;
  scale: number;
  margin: number;
}

/** The largest side, in pixels, of an exported image before its scale is reduced. */
const MAX_SIDE = 8000;
/** Space (CSS pixels) around a whole graph, whose bounding box is cut tight to its labels. */
const WHOLE_MARGIN = 24;

/**
 * Whether to draw the whole graph, at what scale and with what margin: `scale` for the current
 * view, less for a whole graph too large for a canvas. A hidden container (the table view)
 * has no current view, so the whole graph is drawn instead.
 */
function frame(cy: Core, area: PictureArea, scale: number) {
  const full = area === 'whole' || cy.width() === 0 || cy.height() === 0;
  if (!full) return { full, scale, margin: 0 };
  const box = cy.elements(':visible').boundingBox();
  const side = Math.max(box.w, box.h, 1);
  return { full, scale: Math.min(scale, MAX_SIDE / side), margin: WHOLE_MARGIN };
}

/** The graph as a PNG blob. */
export async function pngPicture(cy: Core, options: PictureOptions): Promise<GraphPicture<Blob>> {
  const { full, scale, margin } = frame(cy, options.area, options.scale);
  const image = await cy.png({ output: 'blob-promise', full, scale, bg: options.background });
  return { image, scale, margin };
}

let registered: Promise<void> | undefined;

/** Loads cytoscape-svg once; `drawSvg` needs it. */
export function registerSvg(): Promise<void> {
  registered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  });
  return registered;
}

type DrawPath = (this: unknown, context: CanvasRenderingContext2D, ...rest: unknown[]) => void;

/**
 * cytoscape-svg draws with Cytoscape's path cache off, and then Cytoscape's round polygons
 * (round-diamond, round-hexagon) skip `beginPath()`, so their fill lands on the previous
 * element (a label). Runs `draw` with a `beginPath()` added in front of them.
 */
function withRoundPolygonFix<T>(cy: Core, draw: () => T): T {
  const renderer = (
    cy as unknown as { renderer(): Record<string, DrawPath | undefined> }
  ).renderer();
  const original = renderer.drawRoundPolygonPath;
  if (typeof original !== 'function') return draw();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath();
    original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete renderer.drawRoundPolygonPath;
  }
}

/** The graph as an SVG document (text stays text), once `registerSvg` has resolved. */
export function drawSvg(cy: Core, options: PictureOptions): GraphPicture<string> {
  const { full, scale, margin } = frame(cy, options.area, options.scale);
  const svg = cy as unknown as { svg(options: object): string };
  const image = withRoundPolygonFix(cy, () => svg.svg({ full, scale, bg: options.background }));
  return { image, scale, margin };
}
