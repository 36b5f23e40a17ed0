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
  const intervals = (kind: 'alliances' | 'rivalries') => new Map(data[kind].map((r) => [r.id, r]));
  const alliances = intervals('alliances');
  const rivalries = intervals('rivalries');
  const factions = new Map(data.factions.map((f) => [f.id, f]));
  const memberships = new Map(data.memberships.map((m) => [membershipKey(m), m]));
  const betrayalsBetween = data.betrayals
    .filter((b) => after.pastBetrayals.has(b.id) || after.betrayals.has(b.id))
    .filter((b) => !before.pastBetrayals.has(b.id))
    .map((b) => item(b.id, b.date, b.summary));
  const deaths = [...after.people]
    .filter(([id, status]) => !status.alive && before.people.get(id)?.alive !== false)
    .map(([id, status]) => item(id, status.alive ? undefined : status.date, fateText(status)));
  const groups: ChangeGroup[] = [
    {
      title: 'Alliances formed',
      items: diff.entered.alliance.map((id) => item(id, alliances.get(id)?.from)),
    },
    {
      title: 'Alliances ended',
      items: diff.exited.alliance.map((id) => item(id, alliances.get(id)?.to)),
    },
    {
      title: 'Rivalries begun',
      items: diff.entered.rivalry.map((id) => item(id, rivalries.get(id)?.from)),
    },
    {
      title: 'Rivalries ended',
      items: diff.exited.rivalry.map((id) => item(id, rivalries.get(id)?.to)),
    },
    { title: 'Betrayals', items: betrayalsBetween },
    {
      title: 'Factions formed',
      items: diff.entered.faction.map((id) => item(id, factions.get(id)?.from)),
    },
    {
      title: 'Factions dissolved',
      items: diff.exited.faction.map((id) => item(id, factions.get(id)?.to)),
    },
    {
      title: 'Joined a faction',
      items: diff.entered.membership.map((key) => item(key, memberships.get(key)?.from)),
    },
    {
      title: 'Left a faction',
      items: diff.exited.membership.map((key) => item(key, memberships.get(key)?.to)),
    },
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
