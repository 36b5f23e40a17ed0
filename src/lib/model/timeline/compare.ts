/**
 * "What changed between 1927 and 1934": the difference of two states, grouped for people to
 * read, each change with its date and sources. Pure: built from a timeline diff.
 */
import { resolveSources, type ResolvedSource } from '../dataset/citations';
import { formatPartialDate } from '../time/dates';
import { byDate } from '../panels/details-relations';
import { fateText } from './format';
import { recordLabel } from '../dataset/labels';
import type { Lookup } from '../dataset/lookup';
import type { DatasetRecords } from '../dataset/schema';
import type { Timeline, TimelineDiff, TimelineState } from './timeline';
import { membershipKey, yearWindow } from './timeline';

export interface ChangeItem {
  id: string;
  text: string;
  /** When the change happened, as precise as known ("Jul 1928"). */
  when?: string;
  detail?: string;
  sources: ResolvedSource[];
}

export interface ChangeGroup {
  title: string;
  items: ChangeItem[];
}

/** A comparison of two years: both states, the diff and the grouped list. */
export interface Comparison {
  from: number;
  to: number;
  before: TimelineState;
  after: TimelineState;
  diff: TimelineDiff;
  groups: ChangeGroup[];
}

/** Compares the state of year `from` with that of year `to`. */
export function compareYears(
  data: DatasetRecords,
  lookup: Lookup,
  timeline: Timeline,
  from: number,
  to: number,
): Comparison {
  const before = timeline.stateAt(yearWindow(from));
  const after = timeline.stateAt(yearWindow(to));
  const diff = timeline.diff(yearWindow(from), yearWindow(to));
  return { from, to, before, after, diff, groups: changeGroups(data, lookup, before, after, diff) };
}

/** The changes of a diff in groups, empty groups left out. */
export function changeGroups(
  data: DatasetRecords,
  lookup: Lookup,
  before: TimelineState,
  after: TimelineState,
  diff: TimelineDiff,
): ChangeGroup[] {
  const label = (id: string) => recordLabel(lookup, id) ?? id;
  const cite = (id: string): ResolvedSource[] => {
    const ref = lookup.byId.get(id);
    return ref ? resolveSources(ref.record.sources, lookup.sources) : [];
  };
  // The raw date of each item, to list each group in date order
  const dates = new Map<ChangeItem, string>();
  const item = (id: string, when: string | undefined, detail?: string): ChangeItem => {
    const made: ChangeItem = {
      id,
      text: label(id),
      ...(when ? { when: formatPartialDate(when) } : {}),
      ...(detail ? { detail } : {}),
      sources: cite(id),
    };
    if (when) dates.set(made, when);
    return made;
  };
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((r) => [r.id, r]));
  const spans = {
    alliance: byId(data.alliances),
    rivalry: byId(data.rivalries),
    faction: byId(data.factions),
    membership: new Map(data.memberships.map((m) => [membershipKey(m), m])),
  };
  // The records of a kind that began (dated by their start) and those that ended (by their end)
  const begunAndEnded = (kind: keyof typeof spans, begun: string, ended: string): ChangeGroup[] => {
    const span = (id: string): { from: string; to?: string } | undefined => spans[kind].get(id);
    return [
      { title: begun, items: diff.entered[kind].map((id) => item(id, span(id)?.from)) },
      { title: ended, items: diff.exited[kind].map((id) => item(id, span(id)?.to)) },
    ];
  };
  const betrayalsBetween = data.betrayals
    .filter((b) => after.pastBetrayals.has(b.id) || after.betrayals.has(b.id))
    .filter((b) => !before.pastBetrayals.has(b.id))
    .map((b) => item(b.id, b.date, b.summary));
  const deaths = [...after.people]
    .filter(([id, status]) => !status.alive && before.people.get(id)?.alive !== false)
    .map(([id, status]) => item(id, status.alive ? undefined : status.date, fateText(status)));
  const groups: ChangeGroup[] = [
    ...begunAndEnded('alliance', 'Alliances formed', 'Alliances ended'),
    ...begunAndEnded('rivalry', 'Rivalries begun', 'Rivalries ended'),
    { title: 'Betrayals', items: betrayalsBetween },
    ...begunAndEnded('faction', 'Factions formed', 'Factions dissolved'),
    ...begunAndEnded('membership', 'Joined a faction', 'Left a faction'),
    { title: 'Deaths', items: deaths },
  ];
  // By date (undated and unreadable dates last), then by text
  const byDateThenText = (a: ChangeItem, b: ChangeItem) =>
    inDateOrder(a, b) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  const inDateOrder = byDate((i: ChangeItem) => dates.get(i) ?? '');
  for (const group of groups) group.items.sort(byDateThenText);
  return groups.filter((group) => group.items.length > 0);
}

/** Parses `1927..1934` into two years inside the range; undefined when it is not one. */
export function parseCompare(
  value: string,
  range: { from: number; to: number },
): { from: number; to: number } | undefined {
  const match = /^(\d{4})\.\.(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  const inRange = (y: number) => y >= range.from && y <= range.to;
  return inRange(from) && inRange(to) && from !== to ? { from, to } : undefined;
}
