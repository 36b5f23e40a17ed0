/**
 * The PNG and SVG exports of the analysis views: the faction flow and the small multiples,
 * drawn from the model as SVG (flow-svg.ts, multiples-svg.ts) with the graph export's caption
 * band beneath. Loaded on first use, with the views.
 */
import { factionFlow, type GroupKind } from '$lib/model/flow/flow';
import { groupColors } from '$lib/model/flow/colors';
import { PRIMARY_RULE } from '$lib/model/flow/groups';
import { layoutFlow } from '$lib/model/flow/layout';
import { yearScenes } from '$lib/model/multiples/scene';
import { yearOf } from '$lib/model/time/dates';
import type { Position } from '$lib/model/dataset/schema';
import { windowTime, yearWindow } from '$lib/model/timeline/timeline';
import type { Palette } from '$lib/model/view/visual';
import { captionInfo, layoutCaption, type CaptionInfo, type LegendItem } from './caption';
import { flowSvg, measureLabel, RIBBON_OPACITY } from './flow-svg';
import { multiplesSvg } from './multiples-svg';
import { composePng } from './png';
import type { ExportInput } from './run';
import { exportFileName } from './snapshot';
import { composeSvg, svgSize } from './svg';

export type AnalysisView = 'flow' | 'multiples';

/** What the analysis exports need beyond the graph's input. */
export interface AnalysisInput extends ExportInput {
  /** The years of the small multiples. */
  panelYears: number[];
  /** The fixed layout: one position per node for every year. */
  fixed: Record<string, Position>;
}

const SCALE = 2;
const MARGIN = 16;
/** The size the flow is laid out at for export: a landscape page. */
const FLOW_SIZE = { width: 1400, height: 640 };
const PANEL = { width: 440, height: 310 };

/** What each group kind is called in the flow's legend. */
const GROUP_LABELS: Record<GroupKind, string> = {
  leadership: 'Leadership faction',
  opposition: 'Opposition',
  bloc: 'Bloc (dashed: as charged)',
  institution: 'Office holders',
  none: 'No faction',
  dead: 'Dead',
};

/** The picture of a view as SVG markup and its caption. */
function picture(view: AnalysisView, input: AnalysisInput, palette: Palette) {
  const { data, timeline, filters } = input;
  const year = Number(windowTime(input.window).slice(0, 4));
  const base = (state = input.state) => captionInfo({ data, year, state, filters, palette });
  if (view === 'flow') {
    const [from, to] = [yearOf(data.dataset.range.from), yearOf(data.dataset.range.to)];
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const flow = factionFlow(data, timeline, years, filters);
    const layout = layoutFlow(flow, FLOW_SIZE, measureLabel);
    const caption: CaptionInfo = base();
    caption.period = `Faction flow, ${from}–${to} (${year} marked)`;
    const kinds = new Set(flow.groups.map((g) => g.kind));
    caption.legend = [
      ...(Object.keys(GROUP_LABELS) as GroupKind[])
        .filter((k) => kinds.has(k))
        .map((k): LegendItem => {
          const c = groupColors(k, palette);
          const dash = k === 'bloc' ? [4, 2] : [];
          return {
            kind: 'node',
            label: GROUP_LABELS[k],
            shape: 'round-rectangle',
            fill: c.fill,
            stroke: c.stroke,
            dash,
            opacity: 1,
          };
        }),
      {
        kind: 'edge',
        label: 'People who stay or move on',
        color: palette.membership,
        width: 8,
        dash: [],
        arrow: false,
        opacity: RIBBON_OPACITY,
      },
    ];
    caption.notes = [PRIMARY_RULE, ...caption.notes.filter((n) => n.startsWith('Not shown'))];
    return {
      svg: flowSvg(layout, palette, year),
      caption,
      period: `flow-${from}-${to}`,
      title: `${data.dataset.title}, faction flow ${from}–${to}`,
    };
  }
  const scenes = yearScenes({
    data,
    timeline,
    years: input.panelYears,
    filters,
    positions: input.fixed,
    palette,
  });
  const columns = scenes.length <= 4 ? 2 : 3;
  const svg = multiplesSvg(
    scenes.map((s) => ({ title: String(s.year), scene: s.scene })),
    palette,
    { columns, panel: PANEL, gap: 14 },
  );
  // The legend of the latest year: it holds the dead and the earlier betrayals
  const last = input.panelYears.at(-1) ?? year;
  const caption = base(timeline.stateAt(yearWindow(last)));
  caption.period = `Small multiples: ${input.panelYears.join(', ')}`;
  caption.notes = [
    'Every year at the same positions (the fixed layout); people sized by their weight in each year.',
    ...caption.notes.filter((n) => n.startsWith('Not shown')),
  ];
  const first = input.panelYears[0] ?? year;
  return {
    svg,
    caption,
    period: `multiples-${first}-${last}`,
    title: `${data.dataset.title}, ${caption.period}`,
  };
}

/** Draws an SVG document on a canvas at `scale`, as a PNG blob. Needs a browser. */
async function rasterize(svg: string, scale: number): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG or SVG file of an analysis view, with the caption band; throws a readable message. */
export async function buildViewExport(
  view: AnalysisView,
  format: 'png' | 'svg',
  input: AnalysisInput,
  palette: Palette,
): Promise<{ blob: Blob; fileName: string }> {
  const { svg, caption, period, title } = picture(view, input, palette);
  const fileName = exportFileName(input.data.dataset.id, period, format);
  const background = palette.background;
  if (format === 'png') {
    const graph = await rasterize(svg, SCALE);
    const blob = await composePng({ graph, caption, scale: SCALE, margin: MARGIN, background });
    return { blob, fileName };
  }
  const layout = layoutCaption(caption, svgSize(svg).width + 2 * MARGIN);
  const doc = composeSvg({ graphSvg: svg, caption: layout, margin: MARGIN, background, title });
  return { blob: new Blob([doc], { type: 'image/svg+xml' }), fileName };
}
