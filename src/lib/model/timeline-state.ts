/**
 * The state of a timeline in a window: everything active, found through the interval trees
 * in time proportional to the result (plus a logarithmic search).
 */
import type { DaySpan } from './dates';
import { statusOf, type KindIndex, type TimelineIndex } from './timeline-index';
import type { PersonStatus, TimelineState } from './timeline-types';

/** Throws on a window that is not a span of days (NaN, or ending before it starts). */
export function checkWindow(window: DaySpan): void {
  if (!(window.start <= window.end)) {
    throw new RangeError(`not a window of days: ${window.start}..${window.end}`);
  }
}

function activeKeys({ keys, index }: KindIndex, window: DaySpan): Set<string> {
  const set = new Set<string>();
  for (const i of index.overlapping(window)) set.add(keys[i]);
  return set;
}

/** Everything active in `window`. */
export function stateAt(ix: TimelineIndex, window: DaySpan): TimelineState {
  checkWindow(window);
  const { kinds } = ix;
  const people = new Map<string, PersonStatus>();
  for (const i of kinds.person.index.overlapping(window)) {
    people.set(kinds.person.keys[i], statusOf(ix.deaths, i, window));
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
    factions: activeKeys(kinds.faction, window),
    memberships: activeKeys(kinds.membership, window),
    alliances: activeKeys(kinds.alliance, window),
    rivalries: activeKeys(kinds.rivalry, window),
    betrayals: activeKeys(kinds.betrayal, window),
    pastBetrayals,
    events: events.map((i) => ix.events.keys[i]),
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
