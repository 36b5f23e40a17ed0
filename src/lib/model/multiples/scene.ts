/**
 * The graph of one year as plain shapes, for the small multiples: what the graph shows under
 * the same filters (the timeline's state, emphasis levels, the dead and the inactive), drawn
 * as `model/view/visual.ts` says, at the layout's positions. Pure; export/multiples-svg.ts draws it.
 */
import { emphasisSize, personLevels } from '../view/emphasis';
import { graphLabels } from '../view/graph-labels';
import { canLayoutYears } from '../layout/positions-at';
import { yearWindow } from '../timeline/timeline';
import type { GraphFilters } from '../view/filters';
import { betrayalShown, kindShown, personShown } from '../view/visibility';
import { diesDuring, graphFate } from '../timeline/format';
import type { DatasetRecords, Position } from '../dataset/schema';
import { membershipKey } from '../timeline/timeline-records';
import type { Timeline, TimelineState } from '../timeline/timeline-types';
import {
  DEAD_PERSON,
  EDGE_VISUALS,
  FACTION_SIZE,
  FACTION_VISUALS,
  INSTITUTIONAL_MEMBERSHIP,
  LEADER_MEMBERSHIP,
  PAST_BETRAYAL,
  PERSON_SHAPE,
  type EdgeKind,
  type NodeShape,
  type Palette,
} from '../view/visual';
import { institutionIds } from '../dataset/kinds';

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Size in pixels at zoom 1, as the graph draws it. */
  width: number;
  height: number;
  shape: NodeShape;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  /** Opacity of the whole node (background people recede). */
  opacity: number;
  /** The label drawn, when the node is one of the important ones; the fate beneath it. */
  label?: {
    text: string;
    fate: string;
    size: number;
    color: string;
    bold: boolean;
    italic: boolean;
  };
}

export interface SceneEdge {
  id: string;
  from: Position;
  to: Position;
  color: string;
  width: number;
  dash: number[];
  opacity: number;
  arrow: boolean;
  /** Half the target's width: where an arrow's tip sits. */
  toRadius: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** How many people a panel names at most: the year's most connected (the graph's larger labels). */
export const LABELLED_PEOPLE = 8;
/** The least emphasis level of a person named in a panel. */
const LABEL_LEVEL = 3;

/**
 * The scene of one state. `levels` are the people's emphasis levels (empty: everyone the same,
 * as the graph does for large datasets); `labels` the graph's short names.
 */
export function graphScene(input: {
  data: DatasetRecords;
  state: TimelineState;
  filters: GraphFilters;
  positions: Record<string, Position>;
  levels: Map<string, number>;
  labels: Map<string, string>;
  palette: Palette;
}): Scene {
  const { data, state, filters, positions, levels, labels, palette: p } = input;
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const nodes: SceneNode[] = [];
  // The year's most connected living people are named (every one, without emphasis levels)
  const named = new Set(
    data.people
      .filter(
        (x) =>
          state.people.get(x.id)?.alive !== false ||
          diesDuring(state.people.get(x.id), state.window),
      )
      .map((x) => ({ id: x.id, level: levels.get(x.id) ?? 0 }))
      .filter((x) => levels.size === 0 || x.level >= LABEL_LEVEL)
      .sort((a, b) => b.level - a.level)
      .slice(0, levels.size === 0 ? Infinity : LABELLED_PEOPLE)
      .map((x) => x.id),
  );
  const members = new Map<string, number>();
  for (const m of data.memberships)
    if (state.memberships.has(membershipKey(m)))
      members.set(m.faction, (members.get(m.faction) ?? 0) + 1);
  const institutions = institutionIds(data);
  for (const f of data.factions) {
    if (!state.factions.has(f.id)) continue;
    const t = Math.min(members.get(f.id) ?? 0, FACTION_SIZE.fullMembers) / FACTION_SIZE.fullMembers;
    const [w0, w1] = FACTION_SIZE.width;
    const [h0, h1] = FACTION_SIZE.height;
    nodes.push({
      id: f.id,
      ...at(f.id),
      width: w0 + t * (w1 - w0),
      height: h0 + t * (h1 - h0),
      shape: FACTION_VISUALS[f.kind].shape,
      fill: p.faction[f.kind],
      fillOpacity: 0.9,
      stroke: p.text,
      strokeWidth: f.fabricated ? 3 : 1,
      dash: f.fabricated ? [6, 3] : [],
      opacity: 1,
      label: institutions.has(f.id)
        ? undefined
        : {
            text: f.name,
            fate: '',
            size: 11.5,
            color: p.factionText[f.kind],
            bold: true,
            italic: false,
          },
    });
  }
  for (const person of data.people) {
    const status = state.people.get(person.id);
    const level = levels.size > 0 ? (levels.get(person.id) ?? 0) : 1;
    const look = personShown(status, state.window, filters, levels.size > 0 ? level : undefined);
    if (!status || !look) continue;
    const { dead, dying, background } = look;
    const { size, font } = emphasisSize(level);
    nodes.push({
      id: person.id,
      ...at(person.id),
      width: size,
      height: size,
      shape: PERSON_SHAPE,
      fill: dead ? p.dead : p.person,
      fillOpacity: dead ? DEAD_PERSON.opacity : 1,
      stroke: p.personBorder,
      strokeWidth: background ? 1 : dying ? 3 : 2,
      dash: dead || dying ? [2, 2] : [],
      opacity: background ? 0.5 : 1,
      label: named.has(person.id)
        ? {
            text: labels.get(person.id) ?? person.name,
            fate: graphFate(status, state.window),
            size: font,
            color: dead ? p.deadText : p.text,
            bold: false,
            italic: dead,
          }
        : undefined,
    });
  }
  const shown = new Map(nodes.map((n) => [n.id, n]));
  const edges: SceneEdge[] = [];
  const edge = (
    id: string,
    kind: EdgeKind,
    a: string,
    b: string,
    look: { width?: number; opacity?: number } = {},
  ) => {
    if (!shown.has(a) || !shown.has(b)) return;
    const v = EDGE_VISUALS[kind];
    edges.push({
      id,
      from: at(a),
      to: at(b),
      color: p[v.color],
      width: look.width ?? v.width,
      dash: kind === 'betrayal' ? [2, 3] : v.dash,
      opacity: look.opacity ?? v.opacity,
      arrow: v.arrow,
      toRadius: shown.get(b)!.width / 2,
    });
  };
  for (const m of data.memberships) {
    const key = membershipKey(m);
    const inst = institutions.has(m.faction);
    if (!state.memberships.has(key) || !kindShown(filters, 'membership', inst)) continue;
    const look = m.role === 'leader' ? { ...LEADER_MEMBERSHIP } : {};
    edge(
      `m:${key}`,
      'membership',
      m.person,
      m.faction,
      inst ? { ...look, ...INSTITUTIONAL_MEMBERSHIP } : look,
    );
  }
  if (kindShown(filters, 'alliance'))
    for (const a of data.alliances)
      if (state.alliances.has(a.id)) edge(`a:${a.id}`, 'alliance', a.a, a.b);
  if (kindShown(filters, 'rivalry'))
    for (const r of data.rivalries)
      if (state.rivalries.has(r.id)) edge(`r:${r.id}`, 'rivalry', r.a, r.b);
  for (const b of data.betrayals) {
    const look = betrayalShown(state, filters, b.id);
    if (look === 'current') edge(`b:${b.id}`, 'betrayal', b.by, b.against);
    else if (look === 'past') edge(`b:${b.id}`, 'betrayal', b.by, b.against, PAST_BETRAYAL);
  }
  return { nodes, edges };
}

/**
 * The scenes of several years at one set of positions (the fixed layout, so that the eye can
 * compare), each with the emphasis of its own year.
 */
export function yearScenes(input: {
  data: DatasetRecords;
  timeline: Timeline;
  years: number[];
  filters: GraphFilters;
  positions: Record<string, Position>;
  palette: Palette;
}): { year: number; state: TimelineState; scene: Scene }[] {
  const { data, timeline, years } = input;
  const labels = graphLabels(data);
  const emphasis = canLayoutYears(data);
  return years.map((year) => {
    const state = timeline.stateAt(yearWindow(year));
    const levels = emphasis ? personLevels(data, state) : new Map<string, number>();
    return { year, state, scene: graphScene({ ...input, state, levels, labels }) };
  });
}
