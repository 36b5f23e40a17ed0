/**
 * Builds one export from plain inputs (the dataset, the window on screen and its state, the
 * filters, the positions): the file the way the screen shows it, named after the dataset and
 * the window. Pictures come from the graph through `ExportPicture`; nothing here touches
 * Cytoscape or the explorer's state.
 */
import type { GraphPicture, PictureArea, PictureOptions } from '$lib/graph/picture';
import type { Palette } from '$lib/graph/palette';
import type { Comparison } from '$lib/model/timeline/compare';
import type { DaySpan } from '$lib/model/time/dates';
import type { GraphFilters } from '$lib/model/view/filters';
import { recordLabel } from '$lib/model/dataset/labels';
import type { Lookup } from '$lib/model/dataset/lookup';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import {
  windowLabel,
  windowTime,
  type Timeline,
  type TimelineState,
} from '$lib/model/timeline/timeline';
import { layoutCaption, captionInfo, type CaptionInfo } from './caption';
import { toGexf } from './gexf';
import { composePng } from './png';
import { exportFileName, snapshotBundle } from './snapshot';
import { composeSvg, svgSize } from './svg';

/** Scale of exported PNGs: twice the on-screen size, sharp on slides and in print. */
const PNG_SCALE = 2;

/** The JSON export of a comparison: the diff between the two years and the grouped changes. */
function comparisonJson(datasetId: string, comparison: Comparison) {
  const { from, to, diff, groups } = comparison;
  return {
    dataset: datasetId,
    comparison: { from, to },
    entered: diff.entered,
    exited: diff.exited,
    pastBetrayalsEntered: diff.pastBetrayalsEntered,
    statusChanged: diff.statusChanged,
    changes: groups.map((g) => ({
      title: g.title,
      items: g.items.map(({ id, text, when, detail, sources }) => ({
        id,
        text,
        when,
        detail,
        sources: sources.map((s) => s.id),
      })),
    })),
  };
}

export const exportFormats = ['png', 'svg', 'json', 'gexf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What an export shows: the model's answer for the window on screen, nothing read back from the graph. */
export interface ExportInput {
  data: DatasetRecords;
  lookup: Lookup;
  timeline: Timeline;
  /** The window on screen: a year, or a month in months mode. */
  window: DaySpan;
  /** The timeline's state in `window`. */
  state: TimelineState;
  filters: GraphFilters;
  comparison: Comparison | undefined;
  /** The selected record, named in the caption. */
  selection: string | undefined;
  /** A position for every node (the layout, with any node dragged since). */
  positions: Record<string, Position>;
  /** Emphasis levels of the people shown (level 0 recedes; see model/visibility). */
  levels?: ReadonlyMap<string, number>;
}

/** The graph's pictures, as `GraphView` draws them. */
export interface ExportPicture {
  png(options: PictureOptions): Promise<GraphPicture<Blob>>;
  svg(options: PictureOptions): Promise<GraphPicture<string>>;
}

/** How the pictures are drawn. */
export interface ExportContext {
  /** The graph on screen; undefined until it exists (pictures need it, JSON and GEXF do not). */
  picture: ExportPicture | undefined;
  area: PictureArea;
  palette: Palette;
}

/** The caption band of a picture of the window in `input`: the PNG, the SVG, a video frame. */
export function exportCaption(input: ExportInput, palette: Palette): CaptionInfo {
  const { data, window, comparison } = input;
  const highlighted =
    input.selection === undefined
      ? undefined
      : recordLabel(input.lookup, input.selection, 'phrase');
  const caption = captionInfo({
    data,
    year: Number(windowTime(window).slice(0, 4)),
    state: input.state,
    filters: input.filters,
    palette,
    highlighted,
    compare: comparison !== undefined,
  });
  // A year's caption says "Year 1929"; a month or a comparison names its period
  const label = windowLabel(window);
  if (comparison) caption.period = `${comparison.from} → ${comparison.to}`;
  else if (label !== String(caption.year)) caption.period = label;
  return caption;
}

/** Builds the file of one format; throws with a readable message when it cannot. */
export async function buildExport(
  format: ExportFormat,
  input: ExportInput,
  context: ExportContext,
): Promise<{ blob: Blob; fileName: string }> {
  const { data, window, filters, comparison } = input;
  const period = comparison ? `${comparison.from}-${comparison.to}` : windowTime(window);
  const fileName = exportFileName(data.dataset.id, period, format);
  if (format === 'json' && comparison) {
    const text = `${JSON.stringify(comparisonJson(data.dataset.id, comparison), null, 2)}\n`;
    return { blob: new Blob([text], { type: 'application/json' }), fileName };
  }
  if (format === 'json') {
    const bundle = snapshotBundle(
      data,
      input.timeline,
      window,
      filters,
      input.positions,
      input.levels,
    );
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    return { blob: new Blob([text], { type: 'application/json' }), fileName };
  }
  if (format === 'gexf') {
    const lastModified = new Date().toISOString().slice(0, 10);
    const text = toGexf(data, { filters, lastModified, positions: input.positions });
    return { blob: new Blob([text], { type: 'application/xml' }), fileName };
  }
  const picture = context.picture;
  if (!picture) throw new Error('The graph is not ready yet: try again in a moment.');
  const { palette, area } = context;
  const caption = exportCaption(input, palette);
  const background = palette.background;
  if (format === 'png') {
    const { image, scale, margin } = await picture.png({
      area,
      background,
      scale: PNG_SCALE,
      palette,
    });
    const blob = await composePng({ graph: image, caption, scale, margin, background });
    return { blob, fileName };
  }
  const { image, margin } = await picture.svg({ area, background, scale: 1, palette });
  const layout = layoutCaption(caption, svgSize(image).width + 2 * margin);
  const title = `${caption.title}, ${caption.period ?? caption.year}`;
  const svg = composeSvg({ graphSvg: image, caption: layout, margin, background, title });
  return { blob: new Blob([svg], { type: 'image/svg+xml' }), fileName };
}
