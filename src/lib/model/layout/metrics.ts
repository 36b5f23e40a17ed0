/**
 * How well a drawing tells a year's story, in three figures (issue 13's targets): how close
 * allies and co-members sit relative to two random living people, and how far people move
 * from one year to the next.
 */
import type { DatasetRecords, Position } from '../dataset/schema';
import { membershipKey, type TimelineState } from '../timeline/timeline';
import { diesDuring } from '../timeline/format';

export interface YearFigures {
  /** Mean length of active alliances ÷ mean distance between two living people shown. */
  alliance: number;
  /** Mean distance of co-members of factions with 2–12 active members, on the same scale. */
  coMembers: number;
}

const dist = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

function mean(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN;
}

/**
 * The alliance and co-member figures of one state drawn at `positions` (only the living people
 * of the state count, as the default view shows them; ends without a position are skipped).
 */
export function yearFigures(
  data: DatasetRecords,
  state: TimelineState,
  positions: Record<string, Position>,
): YearFigures {
  const alive = (id: string) => {
    const status = state.people.get(id);
    return status !== undefined && (status.alive || diesDuring(status, state.window));
  };
  const living = [...state.people.keys()].filter((id) => alive(id) && positions[id]);
  const pairs: number[] = [];
  for (let i = 0; i < living.length; i++)
    for (let j = i + 1; j < living.length; j++)
      pairs.push(dist(positions[living[i]], positions[living[j]]));
  const baseline = mean(pairs);
  const shown = (id: string) =>
    positions[id] !== undefined && state.people.get(id)?.alive !== false;
  const alliances = data.alliances
    .filter((a) => state.alliances.has(a.id) && shown(a.a) && shown(a.b))
    .map((a) => dist(positions[a.a], positions[a.b]));
  const members = new Map<string, string[]>();
  for (const m of data.memberships) {
    if (!state.memberships.has(membershipKey(m)) || !shown(m.person)) continue;
    members.set(m.faction, [...(members.get(m.faction) ?? []), m.person]);
  }
  const co: number[] = [];
  for (const ids of members.values()) {
    const unique = [...new Set(ids)];
    if (unique.length < 2 || unique.length > 12) continue;
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++)
        co.push(dist(positions[unique[i]], positions[unique[j]]));
  }
  return { alliance: mean(alliances) / baseline, coMembers: mean(co) / baseline };
}

/**
 * The median distance people present in both drawings move between them, as a share of the
 * diagonal of the first drawing's bounding box.
 */
export function medianMove(
  ids: string[],
  before: Record<string, Position>,
  after: Record<string, Position>,
): number {
  const both = ids.filter((id) => before[id] && after[id]);
  if (both.length === 0) return 0;
  const xs = both.map((id) => before[id].x);
  const ys = both.map((id) => before[id].y);
  const diagonal =
    Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
  const moves = both.map((id) => dist(before[id], after[id])).sort((a, b) => a - b);
  const mid = moves.length >> 1;
  const median = moves.length % 2 ? moves[mid] : (moves[mid - 1] + moves[mid]) / 2;
  return median / diagonal;
}
