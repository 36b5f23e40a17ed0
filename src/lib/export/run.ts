/**
 * Runs one export for the explorer: builds the file the way the screen shows it (year,
 * filters, the dead, the selection's highlight) and names it after the dataset and the year.
 */
import type { GraphView } from '$lib/graph/view';
import type { Palette } from '$lib/graph/palette';
import type { Explorer } from '$lib/state/explorer.svelte';
import { captionInfo } from './caption';
import { toGexf } from './gexf';
import { exportPng } from './png-cy';
import { exportFileName, snapshotBundle } from './snapshot';
import { exportSvg } from './svg-cy';
import { viewPositions, type ExportArea } from './view-cy';
import type { Comparison } from '$lib/model/compare';

/** The JSON export of a comparison: the diff between the two years and the grouped changes. */
export function comparisonJson(datasetId: string, comparison: Comparison) {
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

/** What an export needs besides the explorer. */
export interface ExportContext {
  /** The graph on screen; pictures need it, JSON uses its positions when there is one. */
  view: GraphView | undefined;
  area: ExportArea;
  palette: Palette;
}

/** Builds the file of one format; throws with a readable message when it cannot. */
export async function buildExport(
  format: ExportFormat,
  explorer: Explorer,
  context: ExportContext,
): Promise<{ blob: Blob; fileName: string }> {
  const { data, year, filters, comparison } = explorer;
  const period = comparison
    ? `${comparison.from}-${comparison.to}`
    : explorer.months
      ? `${year}-${String(explorer.month).padStart(2, '0')}`
      : year;
  const fileName = exportFileName(data.dataset.id, period, format);
  if (format === 'json' && comparison) {
    const text = `${JSON.stringify(comparisonJson(data.dataset.id, comparison), null, 2)}\n`;
    return { blob: new Blob([text], { type: 'application/json' }), fileName };
  }
  if (format === 'json') {
    const positions = context.view ? viewPositions(context.view) : explorer.dataset.positions;
    const bundle = snapshotBundle(data, explorer.timeline, year, filters, positions);
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    return { blob: new Blob([text], { type: 'application/json' }), fileName };
  }
  if (format === 'gexf') {
    const lastModified = new Date().toISOString().slice(0, 10);
    const text = toGexf(data, { filters, lastModified });
    return { blob: new Blob([text], { type: 'application/xml' }), fileName };
  }
  const view = context.view;
  if (!view) throw new Error('The graph is not ready yet: try again in a moment.');
  const { palette } = context;
  const caption = captionInfo({
    data,
    year,
    state: explorer.current,
    filters,
    palette,
    highlighted: selectionName(explorer),
    compare: comparison !== undefined,
  });
  if (comparison) caption.period = `${comparison.from} → ${comparison.to}`;
  else if (explorer.months) caption.period = explorer.cursorText;
  const options = { area: context.area, caption, background: palette.background };
  if (format === 'png') return { blob: await exportPng(view, options), fileName };
  const svg = await exportSvg(view, options);
  return { blob: new Blob([svg], { type: 'image/svg+xml' }), fileName };
}

/** How the caption names the selected record ("Bukharin", "the alliance of Stalin and Bukharin"). */
export function selectionName(explorer: Explorer): string | undefined {
  const id = explorer.selection;
  const ref = id === undefined ? undefined : explorer.lookup.byId.get(id);
  if (!ref) return undefined;
  const name = (other: string) => explorer.lookup.nameOf(other);
  switch (ref.kind) {
    case 'person':
    case 'faction':
      return ref.record.name;
    case 'membership':
      return `${name(ref.record.person)} in ${name(ref.record.faction)}`;
    case 'alliance':
    case 'rivalry':
      return `the ${ref.kind} of ${name(ref.record.a)} and ${name(ref.record.b)}`;
    case 'betrayal':
      return `${name(ref.record.by)}'s betrayal of ${name(ref.record.against)}`;
    case 'event':
      return ref.record.title;
  }
}
