/**
 * A one-pass placement for a dataset without a stored layout: shown at once, and kept for
 * networks too large to refine. A stand-in whose edges cross the canvas (a circle) makes every
 * dashed and dotted line tens of thousands of pixels long, and the canvas draws each dash of
 * them; this one keeps edges short: factions on a grid, each person in a disc around the
 * faction they belong to most, the rest beside the people and factions they deal with.
 */
import { seededRandom } from './random';
import type { DatasetRecords, Position } from '../dataset/schema';

/** Room per person in a faction's disc, px² (a node with a short label). */
const AREA_PER_PERSON = 900;
/** Space kept between two factions' discs, px. */
const GAP = 160;

/**
 * Positions for every person and faction of `data`, in O(records). Deterministic: the same
 * dataset gives the same positions.
 */
export function quickLayout(data: DatasetRecords): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const home = homeFactions(data);
  const members = new Map<string, string[]>(data.factions.map((f) => [f.id, []]));
  for (const p of data.people) {
    const h = home.get(p.id);
    if (h !== undefined) members.get(h)?.push(p.id);
  }
  const radiusOf = (count: number) => Math.sqrt(((count + 4) * AREA_PER_PERSON) / Math.PI);
  // A grid cell fits the typical large faction; larger ones spill into the gap
  const radii = data.factions.map((f) => radiusOf(members.get(f.id)!.length)).sort((a, b) => a - b);
  const cell = 2 * (radii[Math.floor(radii.length * 0.9)] ?? radiusOf(0)) + GAP;
  const columns = Math.max(1, Math.ceil(Math.sqrt(data.factions.length * 1.6)));
  data.factions.forEach((f, i) => {
    const centre = { x: (i % columns) * cell, y: Math.floor(i / columns) * cell };
    positions[f.id] = round(centre);
    members.get(f.id)!.forEach((id, k) => (positions[id] = round(sunflower(centre, k + 4))));
  });
  placeByNeighbours(data, positions);
  // Whoever deals with no one placed: a disc of their own beside the grid
  const rows = Math.ceil(data.factions.length / columns);
  const loose = data.people.filter((p) => positions[p.id] === undefined);
  const centre = {
    x: columns * cell + radiusOf(loose.length),
    y: ((rows - 1) * cell) / 2,
  };
  loose.forEach((p, k) => (positions[p.id] = round(sunflower(centre, k))));
  return positions;
}

/** Each person's faction of most memberships (first listed on a tie). */
function homeFactions(data: DatasetRecords): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of data.memberships) {
    let byFaction = counts.get(m.person);
    if (!byFaction) counts.set(m.person, (byFaction = new Map()));
    byFaction.set(m.faction, (byFaction.get(m.faction) ?? 0) + 1);
  }
  const home = new Map<string, string>();
  for (const [person, byFaction] of counts) {
    let best: [string, number] | undefined;
    for (const entry of byFaction) if (!best || entry[1] > best[1]) best = entry;
    if (best) home.set(person, best[0]);
  }
  return home;
}

/**
 * Places people without a faction breadth-first from those placed: each beside the mean of
 * its placed neighbours (alliances, rivalries, betrayals), a little aside so none stack.
 */
function placeByNeighbours(data: DatasetRecords, positions: Record<string, Position>): void {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  const both = (a: string, b: string) => {
    link(a, b);
    link(b, a);
  };
  for (const r of [...data.alliances, ...data.rivalries]) both(r.a, r.b);
  for (const r of data.betrayals) both(r.by, r.against);
  const random = seededRandom(1);
  const queue = Object.keys(positions);
  for (let head = 0; head < queue.length; head++) {
    for (const next of neighbours.get(queue[head]) ?? []) {
      if (positions[next] !== undefined) continue;
      let x = 0;
      let y = 0;
      let n = 0;
      for (const other of neighbours.get(next) ?? []) {
        const p = positions[other];
        if (!p) continue;
        x += p.x;
        y += p.y;
        n++;
      }
      const angle = random() * 2 * Math.PI;
      const aside = 40 + 40 * random();
      positions[next] = round({
        x: x / n + aside * Math.cos(angle),
        y: y / n + aside * Math.sin(angle),
      });
      queue.push(next);
    }
  }
}

/** The k-th point of a sunflower (golden-angle) disc around `centre`: evenly spread, no overlap. */
function sunflower(centre: Position, k: number): Position {
  const r = Math.sqrt((k * AREA_PER_PERSON) / Math.PI);
  const angle = k * 2.399963229728653;
  return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
}

function round(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
