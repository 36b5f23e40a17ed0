/** Exports the graph as a PNG through Cytoscape's own renderer, then adds the caption. */
import type { GraphView } from '$lib/graph/view';
import type { CaptionInfo } from './caption';
import { composePng } from './png';
import { exportFrame, type ExportArea } from './view-cy';

/** Scale of exported PNGs: twice the on-screen size, sharp on slides and in print. */
export const PNG_SCALE = 2;

/** The picture the GraphView shows (year, filters, the dead) as a PNG with its caption. */
export async function exportPng(
  view: GraphView,
  options: { area: ExportArea; caption: CaptionInfo; background: string },
): Promise<Blob> {
  view.clearFresh();
  const { full, scale, margin } = exportFrame(view, options.area, PNG_SCALE);
  const graph = await view.cy.png({ output: 'blob-promise', full, scale, bg: options.background });
  return composePng({
    graph,
    caption: options.caption,
    scale,
    margin,
    background: options.background,
  });
}
