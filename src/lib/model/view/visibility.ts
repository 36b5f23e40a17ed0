/**
 * What is shown at a time, decided in one place (as sigma's reducers do): the graph, the
 * table, the small multiples, the JSON snapshot and the GEXF export all ask here, so that a
 * filter hides the same things everywhere. A relationship is shown when its kind is, it is
 * active (a betrayal: of the period, or earlier when past betrayals are shown) and both of
 * its ends are shown.
 */
import type { DaySpan } from '../time/dates';
import { EDGE_FILTER, membershipShown, type GraphFilters } from './filters';
import { diesDuring } from '../timeline/format';
import type { DatasetRecords } from '../dataset/schema';
import { institutionIds } from '../dataset/kinds';
import { membershipKey } from '../timeline/timeline-records';
import type { PersonStatus, TimelineState } from '../timeline/timeline-types';
import type { EdgeKind } from './visual';

/** How a shown person is drawn: dead before the period, dying in it, or with no tie in it. */
export interface PersonLook {
  dead: boolean;
  dying: boolean;
  background: boolean;
}

/**
 * Whether a person is shown, and how: absent from the state, not shown; the dead of earlier
 * periods only with the dead shown (the period's own dead are drawn alive, "dies …");
 * people of emphasis level 0 (no tie in the period) only with inactive people shown. `level`
 * is undefined for a dataset without emphasis: no one is background there.
 */
export function personShown(
  status: PersonStatus | undefined,
  window: DaySpan,
  filters: GraphFilters,
  level: number | undefined,
): PersonLook | undefined {
  if (!status) return undefined;
  const dying = diesDuring(status, window);
  const dead = !status.alive && !dying;
  const background = !dead && level === 0;
  if ((dead && !filters.dead) || (background && !filters.inactive)) return undefined;
  // One shared look per combination: the graph asks for every node at every step
  return dead ? LOOKS.dead : LOOKS[dying ? 'dying' : 'alive'][background ? 1 : 0];
}

const look = (dead: boolean, dying: boolean, background: boolean): PersonLook =>
  Object.freeze({ dead, dying, background });
const LOOKS = {
  dead: look(true, false, false),
  dying: [look(false, true, false), look(false, true, true)],
  alive: [look(false, false, false), look(false, false, true)],
} as const;

/** Whether the filters show a kind of edge; a membership also by whether it is an office. */
export function kindShown(filters: GraphFilters, kind: EdgeKind, institutional = false): boolean {
  return kind === 'membership'
    ? membershipShown(filters, institutional)
    : filters[EDGE_FILTER[kind]];
}

/** How a betrayal is shown: of the period, earlier (`past`), or not at all. */
export function betrayalShown(
  state: Pick<TimelineState, 'betrayals' | 'pastBetrayals'>,
  filters: GraphFilters,
  id: string,
): 'current' | 'past' | undefined {
  if (!filters.betrayals) return undefined;
  if (state.betrayals.has(id)) return 'current';
  return filters.pastBetrayals && state.pastBetrayals.has(id) ? 'past' : undefined;
}

/** Everything shown in a state, by record: node ids, membership keys, relationship ids. */
export interface Shown {
  people: Map<string, PersonLook>;
  factions: Set<string>;
  memberships: Set<string>;
  alliances: Set<string>;
  rivalries: Set<string>;
  betrayals: Map<string, 'current' | 'past'>;
}

/**
 * What `state` shows with `filters`. `levels`: the emphasis level of each person (see
 * model/emphasis); without it, or empty (a dataset too large for emphasis), no one recedes.
 */
export function shownAt(
  data: DatasetRecords,
  state: TimelineState,
  filters: GraphFilters,
  levels?: ReadonlyMap<string, number>,
): Shown {
  const people = new Map<string, PersonLook>();
  for (const [id, status] of state.people) {
    const level = levels && levels.size > 0 ? (levels.get(id) ?? 0) : undefined;
    const look = personShown(status, state.window, filters, level);
    if (look) people.set(id, look);
  }
  const factions = new Set(state.factions);
  const node = (id: string) => people.has(id) || factions.has(id);
  const ends = (a: string, b: string) => node(a) && node(b);
  const institutions = institutionIds(data);
  const shown: Shown = {
    people,
    factions,
    memberships: new Set(),
    alliances: new Set(),
    rivalries: new Set(),
    betrayals: new Map(),
  };
  for (const m of data.memberships) {
    const key = membershipKey(m);
    if (!state.memberships.has(key) || !ends(m.person, m.faction)) continue;
    if (kindShown(filters, 'membership', institutions.has(m.faction))) shown.memberships.add(key);
  }
  if (filters.alliances)
    for (const r of data.alliances)
      if (state.alliances.has(r.id) && ends(r.a, r.b)) shown.alliances.add(r.id);
  if (filters.rivalries)
    for (const r of data.rivalries)
      if (state.rivalries.has(r.id) && ends(r.a, r.b)) shown.rivalries.add(r.id);
  for (const b of data.betrayals) {
    const look = betrayalShown(state, filters, b.id);
    if (look && ends(b.by, b.against)) shown.betrayals.set(b.id, look);
  }
  return shown;
}
