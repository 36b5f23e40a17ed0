/**
 * A time-aware layout: one set of positions per year. Each year's drawing is an anchored stress
 * layout of the graph active that year — allies and co-members close, rivals apart — started
 * from the year before and pulled towards it, so that people move only where the politics
 * changed (dynamic graph drawing with anchoring: Brandes & Mader 2011; stress: Gansner,
 * Koren & North 2004). A pass then frees every label of overlaps at that year's sizes.
 */
import { diesDuring, graphFate } from '../timeline/format';
import { graphLabels } from '../view/graph-labels';
import type { DatasetRecords, Position } from '../dataset/schema';
import { buildTimeline, membershipKey, yearWindow, type TimelineState } from '../timeline/timeline';
import { yearOf } from '../time/dates';
import { emphasisSize, personLevels } from '../view/emphasis';
import { labelBox, removeOverlaps, type Box } from './overlaps';
import { shortestPaths, stressMajorize, type Point, type Target } from './stress';
import { institutionIds } from '../dataset/kinds';

/** Positions per year, keyed by the year as text; every year holds every node. */
export type YearPositions = Record<string, Record<string, Position>>;

/** The length of one alliance, in layout pixels; other lengths are multiples of it. */
const UNIT = 90;
const LENGTH = {
  alliance: 0.85,
  membership: 0.7,
  institution: 0.8,
  /** Pairs with no chain of alliances or memberships between them. */
  apart: 4.6,
  /** Rivals and a betrayer and the betrayed: at least this far. */
  rivals: 4,
  /** Nobody closer than this, whatever the targets. */
  personalSpace: 0.75,
};
/**
 * The stress layout is round; screens are wide. Each year is drawn stretched by these factors
 * (the same for every year, so that stretching moves nobody between years).
 */
const STRETCH = { x: 1.35, y: 0.85 };
/** How strongly each node holds to where it stood the year before, relative to its targets. */
const ANCHOR = 0.25;
const DEAD_ANCHOR = 1.5;

interface YearNode {
  id: string;
  kind: 'person' | 'faction';
  /** Living with an active relationship (or a faction), living without, or dead. */
  role: 'active' | 'background' | 'dead';
  level: number;
}

export { canLayoutYears } from './positions-at';

/**
 * Computes positions for every year of the dataset's range, starting from `fixed` (a layout
 * of all years at once, which also places nodes that are absent in a year). Deterministic.
 */
export function computeYearLayouts(
  data: DatasetRecords,
  fixed: Record<string, Position>,
): YearPositions {
  const timeline = buildTimeline(data);
  const from = yearOf(data.dataset.range.from);
  const to = yearOf(data.dataset.range.to);
  const labels = graphLabels(data);
  const allIds = [...data.people, ...data.factions].map((r) => r.id);
  const years: YearPositions = {};
  let previous: Map<string, Position> | undefined;
  const lastSeen = new Map<string, Position>();
  for (let year = from; year <= to; year++) {
    const state = timeline.stateAt(yearWindow(year));
    const nodes = yearNodes(data, state);
    const placed = layoutYear(data, state, nodes, previous, fixed, lastSeen).map((p) => ({
      x: p.x * STRETCH.x,
      y: p.y * STRETCH.y,
    }));
    const boxes = nodes.map((node, i) => {
      const { size, font } =
        node.kind === 'faction' ? { size: 42, font: 11.5 } : emphasisSize(node.level);
      const label = node.role === 'background' ? '' : (labels.get(node.id) ?? node.id);
      const second = graphFate(state.people.get(node.id), state.window) || undefined;
      return labelBox(node.id, label, placed[i], node.kind === 'faction', second, font, size);
    });
    removeOverlaps(boxes, 4, 2000, 1.4);
    const now = new Map<string, Position>();
    for (const box of boxes) now.set(box.id, { x: Math.round(box.x), y: Math.round(box.y) });
    for (const [id, p] of now) lastSeen.set(id, p);
    // The next year starts from this one, in the stress layout's own (unstretched) space.
    previous = new Map([...now].map(([id, p]) => [id, { x: p.x / STRETCH.x, y: p.y / STRETCH.y }]));
    const positions: Record<string, Position> = {};
    for (const id of allIds) {
      const p = now.get(id) ?? lastSeen.get(id);
      if (p) positions[id] = p;
    }
    years[String(year)] = positions;
  }
  // Nodes that appear later wait where they will appear, so that they never fly in.
  for (const id of allIds) {
    const first = Object.values(years).find((positions) => positions[id])?.[id];
    for (const positions of Object.values(years))
      positions[id] ??= first ?? fixed[id] ?? { x: 0, y: 0 };
  }
  return years;
}

/** The people and factions present in a state, with their role and emphasis. */
function yearNodes(data: DatasetRecords, state: TimelineState): YearNode[] {
  const levels = personLevels(data, state);
  const nodes: YearNode[] = [];
  for (const p of data.people) {
    const status = state.people.get(p.id);
    if (!status) continue;
    const level = levels.get(p.id) ?? 0;
    const dead = !status.alive && !diesDuring(status, state.window);
    const role = dead ? 'dead' : level > 0 ? 'active' : 'background';
    nodes.push({ id: p.id, kind: 'person', role, level });
  }
  for (const f of data.factions)
    if (state.factions.has(f.id))
      nodes.push({ id: f.id, kind: 'faction', role: 'active', level: 0 });
  return nodes;
}

/** One year's stress layout; returns a position per node, in the nodes' order. */
function layoutYear(
  data: DatasetRecords,
  state: TimelineState,
  nodes: YearNode[],
  previous: Map<string, Position> | undefined,
  fixed: Record<string, Position>,
  lastSeen: Map<string, Position>,
): Point[] {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const adjacency: { j: number; length: number }[][] = Array.from({ length: n }, () => []);
  const link = (a: string, b: string, length: number) => {
    const [i, j] = [index.get(a), index.get(b)];
    if (i === undefined || j === undefined || i === j) return;
    adjacency[i].push({ j, length });
    adjacency[j].push({ j: i, length });
  };
  const institutions = institutionIds(data);
  const targets: Target[] = [];
  for (const m of data.memberships) {
    if (!state.memberships.has(membershipKey(m))) continue;
    // Permanent institutions are context: they sit among their members without binding them.
    link(m.person, m.faction, institutions.has(m.faction) ? LENGTH.institution : LENGTH.membership);
  }
  for (const a of data.alliances) if (state.alliances.has(a.id)) link(a.a, a.b, LENGTH.alliance);
  const apart = new Set<string>();
  const pairKey = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
  const markApart = (a: string, b: string) => {
    const [i, j] = [index.get(a), index.get(b)];
    if (i !== undefined && j !== undefined && i !== j) apart.add(pairKey(i, j));
  };
  for (const r of data.rivalries) if (state.rivalries.has(r.id)) markApart(r.a, r.b);
  for (const b of data.betrayals) if (state.betrayals.has(b.id)) markApart(b.by, b.against);

  const structural = nodes.map((node) => node.role === 'active');
  for (let i = 0; i < n; i++) {
    if (!structural[i]) continue;
    const dist = shortestPaths(n, adjacency, i);
    for (let j = i + 1; j < n; j++) {
      if (!structural[j]) continue;
      const path = dist[j];
      const rivals = apart.has(pairKey(i, j));
      let length = Number.isFinite(path) ? Math.min(path, LENGTH.apart) : LENGTH.apart;
      let weight = Number.isFinite(path) ? 1 : 0.25;
      if (rivals) {
        length = Math.max(length, LENGTH.rivals);
        weight = 1.5;
      }
      targets.push({ i, j, distance: length * UNIT, weight: weight / (length * UNIT) ** 2 });
    }
  }
  // Background people and the dead keep their distance from everyone, lightly.
  for (let i = 0; i < n; i++) {
    if (structural[i]) continue;
    for (let j = 0; j < n; j++) {
      if (i === j || (!structural[j] && j < i)) continue;
      const length = LENGTH.apart * 0.8;
      targets.push({ i, j, distance: length * UNIT, weight: 0.05 / (length * UNIT) ** 2 });
    }
  }
  const separations: Target[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = LENGTH.personalSpace * UNIT;
      separations.push({ i, j, distance: d, weight: 1 / d ** 2 });
    }

  const points = nodes.map((node) =>
    startPoint(node.id, adjacency[index.get(node.id) ?? 0], nodes, previous, fixed, lastSeen),
  );
  const weightOf = new Float64Array(n);
  for (const t of targets) {
    weightOf[t.i] += t.weight;
    weightOf[t.j] += t.weight;
  }
  const anchors = nodes.map((node) => previous?.get(node.id));
  const anchorWeights = nodes.map((node, i) =>
    anchors[i] ? weightOf[i] * (node.role === 'dead' ? DEAD_ANCHOR : ANCHOR) : 0,
  );
  stressMajorize({ points, targets, separations, anchors, anchorWeights, iterations: 400 });
  // A faction stands at the centre of its members of the year, so membership reads as place
  const members = new Map<number, number[]>();
  for (const m of data.memberships) {
    const [f, p] = [index.get(m.faction), index.get(m.person)];
    if (f === undefined || p === undefined || institutions.has(m.faction)) continue;
    if (!state.memberships.has(membershipKey(m)) || nodes[p].role === 'dead') continue;
    members.set(f, [...(members.get(f) ?? []), p]);
  }
  for (const [f, ids] of members) {
    if (ids.length < 2) continue;
    points[f] = {
      x: ids.reduce((sum, i) => sum + points[i].x, 0) / ids.length,
      y: ids.reduce((sum, i) => sum + points[i].y, 0) / ids.length,
    };
  }
  return points;
}

/**
 * Where a node starts: where it stood last year; else among last year's positions of its
 * neighbours; else where it was last seen or stands in the fixed layout.
 */
function startPoint(
  id: string,
  neighbours: { j: number }[],
  nodes: YearNode[],
  previous: Map<string, Position> | undefined,
  fixed: Record<string, Position>,
  lastSeen: Map<string, Position>,
): Point {
  const before = previous?.get(id);
  if (before) return { ...before };
  const near = neighbours.map(({ j }) => previous?.get(nodes[j].id)).filter((p) => p !== undefined);
  const jitter = hashJitter(id);
  if (near.length) {
    const x = near.reduce((s, p) => s + p.x, 0) / near.length;
    const y = near.reduce((s, p) => s + p.y, 0) / near.length;
    return { x: x + jitter.x, y: y + jitter.y };
  }
  const seen = lastSeen.get(id) ?? fixed[id] ?? { x: 0, y: 0 };
  return { x: seen.x / STRETCH.x + jitter.x, y: seen.y / STRETCH.y + jitter.y };
}

/** A small offset from an id's hash, so that nodes that start together can separate. */
function hashJitter(id: string): Point {
  let h = 2166136261;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 16777619);
  const angle = ((h >>> 0) / 4294967296) * 2 * Math.PI;
  return { x: 20 * Math.cos(angle), y: 20 * Math.sin(angle) };
}

export type { Box };
