/**
 * How much each person and faction matters in one state: a weighted degree over what is active
 * then. The graph sizes nodes and labels by it, the layout gives their labels room, and people
 * with no weight recede as background.
 */
import type { DatasetRecords } from '../dataset/schema';
import type { TimelineState } from '../timeline/timeline-types';
import { membershipKey } from '../timeline/timeline-records';
import { institutionIds } from '../dataset/kinds';

/** What each active relationship adds to both of its ends (betrayals to the betrayer twice). */
export const EMPHASIS_WEIGHTS = {
  alliance: 2,
  rivalry: 1.5,
  betrayal: 1.5,
  member: 1,
  leader: 1.5,
  institutionMember: 0.75,
  institutionLeader: 1,
} as const;

/** The number of size steps a weight is rounded to, so that a step restyles only what changed. */
export const EMPHASIS_LEVELS = 8;

/**
 * The weighted degree of every person and faction in a state. People and factions that are
 * present but have no active relationship or membership weigh 0.
 */
export function emphasisAt(data: DatasetRecords, state: TimelineState): Map<string, number> {
  const weight = new Map<string, number>();
  const add = (id: string, w: number) => weight.set(id, (weight.get(id) ?? 0) + w);
  const institutions = institutionIds(data);
  const W = EMPHASIS_WEIGHTS;
  for (const m of data.memberships) {
    if (!state.memberships.has(membershipKey(m))) continue;
    const inst = institutions.has(m.faction);
    const lead = m.role === 'leader';
    add(
      m.person,
      inst ? (lead ? W.institutionLeader : W.institutionMember) : lead ? W.leader : W.member,
    );
    add(m.faction, 1);
  }
  const pair = (a: string, b: string, wa: number, wb = wa) => {
    add(a, wa);
    add(b, wb);
  };
  for (const a of data.alliances) if (state.alliances.has(a.id)) pair(a.a, a.b, W.alliance);
  for (const r of data.rivalries) if (state.rivalries.has(r.id)) pair(r.a, r.b, W.rivalry);
  for (const b of data.betrayals)
    if (state.betrayals.has(b.id)) pair(b.by, b.against, W.betrayal * 2, W.betrayal);
  return weight;
}

/**
 * A weight as a level from 0 (background) to EMPHASIS_LEVELS, on a square-root scale relative
 * to the heaviest person of the state, so that a year's protagonists reach the top level.
 */
export function emphasisLevel(weight: number, heaviest: number): number {
  if (weight <= 0 || heaviest <= 0) return 0;
  return Math.max(1, Math.round(EMPHASIS_LEVELS * Math.sqrt(weight / heaviest)));
}

/** Emphasis levels of the people of a state (factions are sized by their members). */
export function personLevels(data: DatasetRecords, state: TimelineState): Map<string, number> {
  const weight = emphasisAt(data, state);
  let heaviest = 0;
  for (const id of state.people.keys()) heaviest = Math.max(heaviest, weight.get(id) ?? 0);
  const levels = new Map<string, number>();
  for (const id of state.people.keys())
    levels.set(id, emphasisLevel(weight.get(id) ?? 0, heaviest));
  return levels;
}

/** Node diameter and label size by level: the stylesheet maps them, the layout makes room. */
export const EMPHASIS_SIZE = {
  background: 10,
  min: 15,
  max: 40,
  fontMin: 10.5,
  fontMax: 17,
} as const;

/** A person's diameter and font size at an emphasis level (0 = background, no label). */
export function emphasisSize(level: number): { size: number; font: number } {
  const S = EMPHASIS_SIZE;
  if (level <= 0) return { size: S.background, font: 0 };
  const t = (Math.min(level, EMPHASIS_LEVELS) - 1) / (EMPHASIS_LEVELS - 1);
  return { size: S.min + t * (S.max - S.min), font: S.fontMin + t * (S.fontMax - S.fontMin) };
}
