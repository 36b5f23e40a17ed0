/**
 * Which group each person is counted in, in one year, for the faction flow: their primary
 * faction, "No faction" or "Dead". Every person present is counted once, so the counts of a
 * year add up to the people shown that year.
 */
import { intervalSpan, type DaySpan } from '../time/dates';
import type { GraphFilters } from '../view/filters';
import { diesDuring } from '../timeline/format';
import type { DatasetRecords, Membership } from '../dataset/schema';
import { membershipKey } from '../timeline/timeline-records';
import type { TimelineState } from '../timeline/timeline-types';

/** The group of people with no active membership shown. */
export const NO_FACTION = ':none';
/** The group of people whose only memberships shown are offices in institutions. */
export const OFFICE = ':office';
/** The group of people dead before the year (those who die during it are counted alive). */
export const DEAD = ':dead';

/** How the flow explains its counting rule (the view's caption and the export's notes). */
export const PRIMARY_RULE =
  'Each person counts once a year, in their primary faction: a leader’s place before a ' +
  'member’s, then the membership held longest that year, then the newer one. People whose only ' +
  'memberships are offices in institutions count together as “Office holders”. ' +
  'Someone who dies during a year counts in their group that year and among the dead from the next.';

/** Days of `window` the membership covers. */
function daysIn(m: Membership, window: DaySpan): number {
  const span = intervalSpan(m);
  return Math.max(0, Math.min(span.end, window.end) - Math.max(span.start, window.start) + 1);
}

/**
 * The group of every person shown in `state`: the faction of their primary membership (see
 * PRIMARY_RULE), OFFICE, NO_FACTION or DEAD. Left out, as on the graph: the dead when `filters.dead`
 * is off, people with no relationship that year (`active` says who has one) when
 * `filters.inactive` is off. Memberships count when the filters show them (memberships on;
 * offices in institutions only with `filters.institutions`).
 */
export function primaryGroups(
  data: DatasetRecords,
  state: TimelineState,
  filters: GraphFilters,
  active: (id: string) => boolean,
): Map<string, string> {
  const kind = new Map(data.factions.map((f) => [f.id, f.kind]));
  const order = new Map(data.memberships.map((m, i) => [m, i]));
  const best = new Map<string, { m: Membership; rank: number[] }>();
  if (filters.memberships) {
    for (const m of data.memberships) {
      if (!state.memberships.has(membershipKey(m)) || !state.factions.has(m.faction)) continue;
      const institution = kind.get(m.faction) === 'institution';
      if (institution && !filters.institutions) continue;
      // Smaller is better, compared in order
      const rank = [
        institution ? 1 : 0,
        m.role === 'leader' ? 0 : 1,
        -daysIn(m, state.window),
        -intervalSpan(m).start,
        order.get(m) ?? 0,
      ];
      const held = best.get(m.person);
      if (!held || lexLess(rank, held.rank)) best.set(m.person, { m, rank });
    }
  }
  const groups = new Map<string, string>();
  for (const [id, status] of state.people) {
    const dead = !status.alive && !diesDuring(status, state.window);
    if (dead) {
      if (filters.dead) groups.set(id, DEAD);
      continue;
    }
    const held = best.get(id);
    if (held) groups.set(id, held.rank[0] === 1 ? OFFICE : held.m.faction);
    else if (filters.inactive || active(id)) groups.set(id, NO_FACTION);
  }
  return groups;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
