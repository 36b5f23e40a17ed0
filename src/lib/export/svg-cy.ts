/** Exports the graph as SVG through cytoscape-svg, loaded on first use (it needs `window`). */
import cytoscape from 'cytoscape';
import type { GraphView } from '$lib/graph/view';
import { layoutCaption, type CaptionInfo } from './caption';
import { composeSvg, svgSize } from './svg';
import { exportFrame, type ExportArea } from './view-cy';

let registered: Promise<void> | undefined;

function registerSvg(): Promise<void> {
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
function withRoundPolygonFix<T>(view: GraphView, draw: () => T): T {
  const renderer = (
    view.cy as unknown as { renderer(): Record<string, DrawPath | undefined> }
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

/** The picture the GraphView shows (year, filters, the dead) as an SVG document with its caption. */
export async function exportSvg(
  view: GraphView,
  options: { area: ExportArea; caption: CaptionInfo; background: string },
): Promise<string> {
  await registerSvg();
  view.clearFresh();
  const { full, scale, margin } = exportFrame(view, options.area, 1);
  const cy = view.cy as unknown as { svg(options: object): string };
  const graphSvg = withRoundPolygonFix(view, () => cy.svg({ full, scale, bg: options.background }));
  const caption = layoutCaption(options.caption, svgSize(graphSvg).width + 2 * margin);
  const title = `${options.caption.title}, ${options.caption.period ?? options.caption.year}`;
  return composeSvg({ graphSvg, caption, margin, background: options.background, title });
}
