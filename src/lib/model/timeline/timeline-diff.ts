/**
 * Changes between two windows. Only records whose start or end falls between the windows
 * can change, so each kind is searched by its sorted starts and ends and only those
 * candidates are checked: the cost follows the number of changes, not the dataset's size.
 */
import type { DaySpan } from '../time/dates';
import { checkWindow } from './timeline-state';
import type { KindIndex, TimelineIndex } from './timeline-index';
import { elementKinds, type ElementKind, type TimelineDiff } from './timeline-types';

function byKind(): Record<ElementKind, string[]> {
  return { person: [], faction: [], membership: [], alliance: [], rivalry: [], betrayal: [] };
}

function diffKind(
  { keys, index }: KindIndex,
  from: DaySpan,
  to: DaySpan,
  entered: string[],
  exited: string[],
): void {
  for (const i of index.candidates(from, to)) {
    const before = index.isActive(i, from);
    if (before !== index.isActive(i, to)) (before ? exited : entered).push(keys[i]);
  }
}

/** What changes from window `from` to window `to`. */
export function diff(ix: TimelineIndex, from: DaySpan, to: DaySpan): TimelineDiff {
  checkWindow(from);
  checkWindow(to);
  const result: TimelineDiff = {
    from: { start: from.start, end: from.end },
    to: { start: to.start, end: to.end },
    entered: byKind(),
    exited: byKind(),
    pastBetrayalsEntered: [],
    pastBetrayalsExited: [],
    statusChanged: [],
  };
  for (const kind of elementKinds) {
    diffKind(ix.kinds[kind], from, to, result.entered[kind], result.exited[kind]);
  }
  // A betrayal is past when it ends before the window starts.
  const betrayals = ix.kinds.betrayal;
  for (const i of betrayals.index.endingBetween(from.start, to.start)) {
    const end = betrayals.index.ends[i];
    const before = end < from.start;
    if (before !== end < to.start) {
      (before ? result.pastBetrayalsExited : result.pastBetrayalsEntered).push(betrayals.keys[i]);
    }
  }
  // A person is dead once the first day of their death is on or before the window's end.
  const { sorted } = ix.deaths;
  const people = ix.kinds.person;
  const d0 = sorted.upperBound(Math.min(from.end, to.end));
  const d1 = sorted.upperBound(Math.max(from.end, to.end));
  for (let k = d0; k < d1; k++) {
    const i = sorted.order[k];
    if (people.index.isActive(i, from) && people.index.isActive(i, to)) {
      result.statusChanged.push(people.keys[i]);
    }
  }
  return result;
}
