/**
 * The caption band under an exported picture: the dataset's title, the year, a legend of the
 * kinds shown (edge styles drawn as lines, node shapes) and where the sources are listed.
 * Pure: `layoutCaption` places everything (text widths are estimated, so the SVG and the PNG
 * get the same layout); `caption-svg.ts` writes it as SVG and `png.ts` draws it on a canvas.
 */
import { FILTER_KEYS, FILTER_NAMES, type GraphFilters } from '$lib/model/view/filters';
import type { DatasetRecords } from '$lib/model/dataset/schema';
import {
  DEAD_PERSON,
  EDGE_VISUALS,
  FACTION_KINDS,
  FACTION_VISUALS,
  PAST_BETRAYAL,
  PERSON_SHAPE,
  type EdgeKind,
  type NodeShape,
  type Palette,
} from '$lib/model/view/visual';
import type { TimelineState } from '$lib/model/timeline/timeline';
import { countDisputed } from '$lib/model/panels/describe';
import { textWidth, wrapText, type TextWeight } from './text-wrap';

export const CAPTION_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** One entry of the legend: a line sample for an edge kind, a shape for a node kind. */
export type LegendItem =
  | {
      kind: 'edge';
      label: string;
      color: string;
      width: number;
      dash: number[];
      arrow: boolean;
      opacity: number;
    }
  | {
      kind: 'node';
      label: string;
      shape: NodeShape;
      fill: string;
      stroke: string;
      dash: number[];
      opacity: number;
    };

/** What the caption says, before layout. */
export interface CaptionInfo {
  title: string;
  year: number;
  /** What the picture covers when it is not one year ("1927 → 1934", "Aug 1936"). */
  period?: string;
  legend: LegendItem[];
  /** Lines such as "Not shown: rivalries." */
  notes: string[];
  sources: string;
  colors: { background: string; text: string; muted: string; rule: string };
}

/** A line of text placed in the band; `y` is the alphabetic baseline. */
export interface CaptionText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: TextWeight;
  color: string;
}

/** A legend sample placed in the band: its box (`x`, `y` top left, `width`, `height`). */
export interface PlacedSample {
  item: LegendItem;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything the caption draws, in band coordinates (origin at its top left). */
export interface CaptionLayout {
  width: number;
  height: number;
  colors: CaptionInfo['colors'];
  texts: CaptionText[];
  samples: PlacedSample[];
}

const PAD = 16;
const NBSP = '\u00a0';
const SAMPLE = { edge: 34, node: 18 };

/**
 * The caption of a picture of `year`: the legend lists the kinds the filters show and, for
 * nodes and earlier betrayals, only those present in `state` (the year's state).
 */
export function captionInfo(input: {
  data: DatasetRecords;
  year: number;
  state: TimelineState;
  filters: GraphFilters;
  palette: Palette;
  /** Name of the highlighted record, when something is selected. */
  highlighted?: string;
  /** A comparison of two years: the legend explains gained, lost and held. */
  compare?: boolean;
}): CaptionInfo {
  const { data, year, state, filters, palette: p } = input;
  // Each kind as the graph draws it (model/view/visual.ts); `faded` is the past betrayal's look
  const edge = (kind: EdgeKind, label: string, faded?: { width: number; opacity: number }) => {
    const v = EDGE_VISUALS[kind];
    const { width, opacity } = faded ?? v;
    return {
      kind: 'edge',
      label,
      color: p[v.color],
      width,
      dash: v.dash,
      arrow: v.arrow,
      opacity,
    } as const;
  };
  const node = (
    label: string,
    shape: NodeShape,
    fill: string,
    stroke: string,
    dash: number[] = [],
    opacity = 1,
  ) => ({ kind: 'node', label, shape, fill, stroke, dash, opacity }) as const;
  const legend: LegendItem[] = [];
  if (filters.memberships) legend.push(edge('membership', 'Membership'));
  if (filters.alliances) legend.push(edge('alliance', 'Alliance'));
  if (filters.rivalries) legend.push(edge('rivalry', 'Rivalry'));
  if (filters.betrayals) legend.push(edge('betrayal', 'Betrayal (arrow: by → against)'));
  if (filters.betrayals && filters.pastBetrayals && state.pastBetrayals.size > 0) {
    legend.push(edge('betrayal', 'Earlier betrayal', PAST_BETRAYAL));
  }
  legend.push(node('Person', PERSON_SHAPE, p.person, p.personBorder));
  const anyDead = [...state.people.values()].some((status) => !status.alive);
  if (filters.dead && anyDead) {
    const dotted = EDGE_VISUALS.betrayal.dash;
    const dead = node('Dead (fate and year)', PERSON_SHAPE, p.dead, p.personBorder, dotted);
    legend.push({ ...dead, opacity: DEAD_PERSON.opacity });
  }
  const active = data.factions.filter((f) => state.factions.has(f.id));
  const kinds = new Set(active.map((f) => f.kind));
  for (const kind of FACTION_KINDS) {
    if (kinds.has(kind))
      legend.push(
        node(FACTION_VISUALS[kind].label, FACTION_VISUALS[kind].shape, p.faction[kind], p.text),
      );
  }
  if (active.some((f) => f.fabricated)) {
    legend.push(
      node('Fabricated (a charge, not a group)', 'round-hexagon', p.background, p.text, [4, 2]),
    );
  }
  if (countDisputed(data, state) > 0) {
    // As the graph marks them (stylesheet.ts): a dashed gold ring, a gold casing
    legend.push(node('Disputed (see notes)', 'ellipse', p.person, p.disputed, [3, 2]));
  }
  if (input.compare) {
    // As the graph draws them (stylesheet.ts): a halo in each colour, held ones faded
    legend.push(node('Gained', 'ellipse', p.gained, p.gained, [], 0.35));
    legend.push(node('Lost', 'ellipse', p.lost, p.lost, [], 0.35));
    legend.push(edge('membership', 'Held (dimmed)', { width: 2, opacity: 0.3 }));
  }
  const hidden = FILTER_KEYS.filter((key) => !filters[key]).map((key) => FILTER_NAMES[key].text);
  const notes: string[] = [];
  if (hidden.length) notes.push(`Not shown: ${hidden.join(', ')}.`);
  if (input.highlighted) notes.push(`Highlighted: ${input.highlighted} and direct connections.`);
  const info = data.dataset;
  const works = data.sources.length;
  return {
    title: info.title,
    year,
    legend,
    notes,
    sources:
      `Sources: every record cites its sources, listed in the Details panel of Factions and in` +
      ` ${info.id} sources.json (${works} ${works === 1 ? 'work' : 'works'}).` +
      ` Data licence: ${info.license.replace(/ /g, NBSP)}.`,
    colors: { background: p.background, text: p.text, muted: p.membership, rule: p.membership },
  };
}

/** Whether the picture shows a disputed record: a person, faction or relationship. */
/** Places the caption in a band `width` pixels wide; the height follows from the content. */
export function layoutCaption(info: CaptionInfo, width: number): CaptionLayout {
  const texts: CaptionText[] = [];
  const samples: PlacedSample[] = [];
  const inner = Math.max(120, width - 2 * PAD);
  let y = PAD;
  const lines = (
    text: string,
    size: number,
    weight: CaptionText['weight'],
    color: string,
    gap = 1.35,
  ) => {
    for (const line of wrapText(text, inner, size, weight)) {
      y += size;
      texts.push({ text: line, x: PAD, y, size, weight, color });
      y += size * (gap - 1);
    }
  };
  lines(info.title, 18, 'bold', info.colors.text);
  y += 2;
  lines(info.period ?? `Year ${info.year}`, 16, 'bold', info.colors.text);
  y += 6;
  // Legend: samples and labels flow left to right, wrapping to new rows
  const rowHeight = 20;
  let x = PAD;
  let rowTop = y;
  for (const item of info.legend) {
    const sample = SAMPLE[item.kind];
    const itemWidth = sample + 6 + textWidth(item.label, 12, 'normal');
    if (x > PAD && x + itemWidth > PAD + inner) {
      x = PAD;
      rowTop += rowHeight;
    }
    const height = item.kind === 'edge' ? 12 : 14;
    samples.push({ item, x, y: rowTop + (rowHeight - height) / 2, width: sample, height });
    texts.push({
      text: item.label,
      x: x + sample + 6,
      y: rowTop + 14,
      size: 12,
      weight: 'normal',
      color: info.colors.text,
    });
    x += itemWidth + 16;
  }
  y = rowTop + rowHeight + 6;
  for (const note of info.notes) lines(note, 12, 'normal', info.colors.text);
  lines(info.sources, 12, 'normal', info.colors.text);
  return { width, height: Math.ceil(y + PAD - 6), colors: info.colors, texts, samples };
}
