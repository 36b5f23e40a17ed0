/**
 * How each kind is drawn, in one place: the colours of each theme, and for each kind of
 * edge its colour, width, line style and arrow, for each kind of node its shape. The graph's
 * stylesheet, the legend, the caption of exported pictures and the README's table read this;
 * shapes and line styles carry meaning too, so the graph reads without colour.
 */
import { factionKinds, type FactionKind } from '../dataset/kinds';

/** Colours of the graph in each theme. */
export interface Palette {
  background: string;
  text: string;
  textBackground: string;
  person: string;
  personBorder: string;
  dead: string;
  /** Labels of the dead: muted, still 4.5:1 on the background. */
  deadText: string;
  faction: Record<FactionKind, string>;
  /** Faction labels: the faction's hue, dark enough (or light enough) to read as text. */
  factionText: Record<FactionKind, string>;
  membership: string;
  alliance: string;
  rivalry: string;
  betrayal: string;
  selected: string;
  /** The halo of what a step brought: a cyan, far in hue from the disputed gold. */
  fresh: string;
  disputed: string;
  gained: string;
  lost: string;
}

export const lightPalette: Palette = {
  background: '#fbfaf7',
  text: '#1c1b19',
  textBackground: '#fbfaf7',
  person: '#e8e4da',
  personBorder: '#4a463e',
  dead: '#9a958b',
  deadText: '#5f5b53',
  faction: {
    leadership: '#b3261e',
    opposition: '#1f5f8b',
    institution: '#6b5a2e',
    bloc: '#6a3d9a',
  },
  factionText: {
    leadership: '#8c1d18',
    opposition: '#174a6c',
    institution: '#4f4222',
    bloc: '#552f7c',
  },
  membership: '#8a857b',
  alliance: '#1b7837',
  rivalry: '#d95f02',
  betrayal: '#a50f15',
  selected: '#0b57d0',
  fresh: '#00a3bf',
  disputed: '#c48a00',
  gained: '#0b57d0',
  lost: '#5f5b53',
};

export const darkPalette: Palette = {
  background: '#16171a',
  text: '#ecebe7',
  textBackground: '#16171a',
  person: '#3a3c42',
  personBorder: '#c9c6bd',
  dead: '#6d6a64',
  deadText: '#a8a49b',
  faction: {
    leadership: '#f2766b',
    opposition: '#6cb2e6',
    institution: '#cbb67a',
    bloc: '#b99ae0',
  },
  factionText: {
    leadership: '#f6a39b',
    opposition: '#a3d0f0',
    institution: '#e0d3a6',
    bloc: '#d3c0ee',
  },
  membership: '#8e8b84',
  alliance: '#5fc77f',
  rivalry: '#ff9d4d',
  betrayal: '#ff6b6b',
  selected: '#8ab4f8',
  fresh: '#3fd3e8',
  disputed: '#f2c94c',
  gained: '#8ab4f8',
  lost: '#c9c6bd',
};

export type Theme = 'light' | 'dark';
export const palettes: Record<Theme, Palette> = { light: lightPalette, dark: darkPalette };

/** The palette colours that name an edge kind's colour. */
type EdgeColor = 'membership' | 'alliance' | 'rivalry' | 'betrayal';

/** How an edge kind is drawn. `dash` is the dash pattern, in pixels at width 1 as canvases draw it. */
export interface EdgeVisual {
  label: string;
  color: EdgeColor;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  dash: number[];
  /** An arrow at the target end: betrayals point from the one who betrayed. */
  arrow: boolean;
  opacity: number;
}

export type EdgeKind = 'membership' | 'alliance' | 'rivalry' | 'betrayal';

/**
 * Each kind of edge. Cytoscape draws `dotted` as a [1, 1] dash whatever the width, so the
 * betrayal's dash is that; a rivalry's is its own dash pattern.
 */
export const EDGE_VISUALS: Record<EdgeKind, EdgeVisual> = {
  membership: {
    label: 'Membership',
    color: 'membership',
    width: 1,
    line: 'solid',
    dash: [],
    arrow: false,
    opacity: 0.45,
  },
  alliance: {
    label: 'Alliance',
    color: 'alliance',
    width: 3.5,
    line: 'solid',
    dash: [],
    arrow: false,
    opacity: 0.9,
  },
  rivalry: {
    label: 'Rivalry',
    color: 'rivalry',
    width: 2.5,
    line: 'dashed',
    dash: [8, 5],
    arrow: false,
    opacity: 0.9,
  },
  betrayal: {
    label: 'Betrayal',
    color: 'betrayal',
    width: 3,
    line: 'dotted',
    dash: [1, 1],
    arrow: true,
    opacity: 0.9,
  },
};

/**
 * Zoomed out on a large network (the overview, see `OVERVIEW`), where a dot is below a pixel
 * and the canvas would still stroke every dot of every line: lines straight, betrayals solid
 * with their arrow, rivalries in dashes three times as long, memberships fainter. Kinds still
 * differ by colour, width, dash and arrow.
 */
export const OVERVIEW_EDGES = {
  rivalryDash: EDGE_VISUALS.rivalry.dash.map((d) => d * 3),
  betrayalLine: 'solid' as const,
  membershipOpacity: 0.25,
};

/**
 * The overview's rule: networks of at least `minElements` elements switch to the overview's
 * lines below zoom `enter` and back above `leave` (apart, so that a zoom near the threshold
 * does not restyle at every wheel step); labels below `minZoomedFontSize` are not drawn.
 */
export const OVERVIEW = { minElements: 2_000, enter: 0.45, leave: 0.55 } as const;

/**
 * A large network names its leading actors at any zoom: the people with the most
 * relationships and the factions with the most memberships over the whole range, their labels
 * kept `fontPx` on screen (the rest appear on zoom, as on small networks).
 */
export const LEADING = { people: 25, factions: 10, fontPx: 13, maxFont: 160 } as const;

/** A leader's membership: wider and stronger than a member's. */
export const LEADER_MEMBERSHIP = { width: 2.5, opacity: 0.7 };
/** A candidate (non-voting) member's membership: thinner and fainter than a member's. */
export const CANDIDATE_MEMBERSHIP = { width: 0.6, opacity: 0.3 };
/** A betrayal of an earlier year, when past betrayals are shown: thin and faint. */
export const PAST_BETRAYAL = { width: 1.5, opacity: 0.25 };
/** An office in a permanent institution: a membership drawn quieter than a faction's. */
export const INSTITUTIONAL_MEMBERSHIP = { opacity: 0.22 };
/** Factions grow with their active members up to `fullMembers`: width and height in pixels. */
export const FACTION_SIZE = { fullMembers: 12, width: [26, 60], height: [18, 40] } as const;
/** The dead: faded, with a dotted border. */
export const DEAD_PERSON = { opacity: 0.55, border: 'dotted' as const };

/** Node shapes, in Cytoscape's names. */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-diamond' | 'round-hexagon';

export const PERSON_SHAPE: NodeShape = 'ellipse';

/** Each kind of faction: its shape and what the legend calls it. */
export const FACTION_VISUALS: Record<FactionKind, { label: string; shape: NodeShape }> = {
  leadership: { label: 'Leadership', shape: 'round-rectangle' },
  opposition: { label: 'Opposition', shape: 'round-diamond' },
  institution: { label: 'Institution', shape: 'round-rectangle' },
  bloc: { label: 'Bloc', shape: 'round-hexagon' },
};

/** Faction kinds in the legend's order. */
export const FACTION_KINDS: readonly FactionKind[] = factionKinds;

/** How a lifeline draws a bar: a palette colour (or its faction kind's), a width and a line style. */
export interface LifelineBarVisual {
  color: 'faction' | Exclude<keyof Palette, 'faction' | 'factionText'>;
  width: number;
  dash: number[];
}

/**
 * Each kind of lifeline bar. Alliances and rivalries take the colour and line style of their
 * edges (EDGE_VISUALS), memberships their faction kind's colour, so a lane reads like the graph.
 */
export const LIFELINE_BARS: Record<
  'life' | 'role' | 'membership' | 'alliance' | 'rivalry',
  LifelineBarVisual
> = {
  life: { color: 'personBorder', width: 2, dash: [] },
  role: { color: 'personBorder', width: 6, dash: [] },
  membership: { color: 'faction', width: 6, dash: [] },
  alliance: { color: 'alliance', width: 6, dash: EDGE_VISUALS.alliance.dash },
  rivalry: { color: 'rivalry', width: 6, dash: EDGE_VISUALS.rivalry.dash },
};

/** Each kind of lifeline mark: its colour and shape (a betrayal points down, as its arrow). */
export const LIFELINE_MARKS: Record<
  'betrayal' | 'event' | 'death',
  {
    color: Exclude<keyof Palette, 'faction' | 'factionText'>;
    shape: 'triangle' | 'diamond' | 'cross';
  }
> = {
  betrayal: { color: 'betrayal', shape: 'triangle' },
  event: { color: 'text', shape: 'diamond' },
  death: { color: 'text', shape: 'cross' },
};
