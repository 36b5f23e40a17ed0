/**
 * The state of a timeline in a window: everything active, found through the interval trees
 * in time proportional to the result (plus a logarithmic search).
 */
import type { DaySpan } from '../time/dates';
import {
  certainlyActive,
  possiblyDead,
  statusOf,
  type KindIndex,
  type TimelineIndex,
} from './timeline-index';
import type { ElementKind, PersonStatus, TimelineState } from './timeline-types';

/** Throws on a window that is not a span of days (NaN, or ending before it starts). */
export function checkWindow(window: DaySpan): void {
  if (!(window.start <= window.end)) {
    throw new RangeError(`not a window of days: ${window.start}..${window.end}`);
  }
}

/** Keys of the records active in `window`; those only possibly active go to `uncertain`. */
function activeKeys(kind: KindIndex, window: DaySpan, uncertain: Set<string>): Set<string> {
  const set = new Set<string>();
  for (const i of kind.index.overlapping(window)) {
    set.add(kind.keys[i]);
    if (!certainlyActive(kind, i, window)) uncertain.add(kind.keys[i]);
  }
  return set;
}

function byKind(): Record<ElementKind, Set<string>> {
  return {
    person: new Set(),
    faction: new Set(),
    membership: new Set(),
    alliance: new Set(),
    rivalry: new Set(),
    betrayal: new Set(),
  };
}

/** Everything active in `window`. */
export function stateAt(ix: TimelineIndex, window: DaySpan): TimelineState {
  checkWindow(window);
  const { kinds } = ix;
  const people = new Map<string, PersonStatus>();
  const uncertain = byKind();
  for (const i of kinds.person.index.overlapping(window)) {
    people.set(kinds.person.keys[i], statusOf(ix.deaths, i, window));
    if (possiblyDead(ix.deaths, i, window)) uncertain.person.add(kinds.person.keys[i]);
  }
  const pastBetrayals = new Set<string>();
  for (const i of kinds.betrayal.index.endingBefore(window.start)) {
    pastBetrayals.add(kinds.betrayal.keys[i]);
  }
  const events = ix.events.index
    .overlapping(window)
    .sort((x, y) => ix.eventRank[x] - ix.eventRank[y]);
  return {
    window: { start: window.start, end: window.end },
    people,
    factions: activeKeys(kinds.faction, window, uncertain.faction),
    memberships: activeKeys(kinds.membership, window, uncertain.membership),
    alliances: activeKeys(kinds.alliance, window, uncertain.alliance),
    rivalries: activeKeys(kinds.rivalry, window, uncertain.rivalry),
    betrayals: activeKeys(kinds.betrayal, window, uncertain.betrayal),
    pastBetrayals,
    events: events.map((i) => ix.events.keys[i]),
    uncertain,
  };
}

/** A person's status in a window; undefined when unknown or not yet born. */
export function statusAt(
  ix: TimelineIndex,
  personId: string,
  window: DaySpan,
): PersonStatus | undefined {
  checkWindow(window);
  const i = ix.personIndex.get(personId);
  if (i === undefined || !ix.kinds.person.index.isActive(i, window)) return undefined;
  return statusOf(ix.deaths, i, window);
}
