/** The "This year" panel: the events and changes of the window on screen (a year or a month). */
import { firstDay, formatPartialDate } from '../time/dates';
import { byDate } from './details-relations';
import { fateText } from '../timeline/format';
import { recordLabel } from '../dataset/labels';
import type { Lookup } from '../dataset/lookup';
import type { DaySpan } from '../time/dates';
import type { Person } from '../dataset/schema';
import {
  activeIn,
  daysAround,
  type ElementKind,
  type Timeline,
  type TimelineState,
} from '../timeline/timeline';

/** One line of the panel: selecting it selects `id`. */
export interface YearItem {
  id: string;
  /** The raw partial date, for ordering. */
  date: string;
  /** The date as precise as known ("Dec 1934"). */
  dateText: string;
  text: string;
  detail?: string;
}

export interface YearSection {
  title: string;
  items: YearItem[];
}

/**
 * The sections of the panel for the state's window (a year or a month), each in date order,
 * empty sections left out: events, alliances formed and ended, betrayals, rivalries begun and
 * ended, deaths (with their fate) and factions formed and dissolved. Everything comes from the
 * timeline: what the state holds, and what the timeline's diffs say starts or ends in the
 * window (active in it but not on the day before, or not on the day after).
 */
export function windowSections(
  lookup: Lookup,
  timeline: Pick<Timeline, 'diff'>,
  state: Pick<TimelineState, 'window' | 'events' | 'betrayals' | 'people'>,
): YearSection[] {
  const item = (id: string, date: string, text: string, detail?: string): YearItem =>
    detail
      ? { id, date, dateText: formatPartialDate(date), text, detail }
      : { id, date, dateText: formatPartialDate(date), text };
  const label = (id: string) => recordLabel(lookup, id) ?? id;
  const { window } = state;
  const events: YearItem[] = [];
  for (const id of state.events) {
    const ref = lookup.byId.get(id);
    if (ref?.kind === 'event') events.push(item(id, ref.record.date, ref.record.title));
  }
  const deaths: YearItem[] = [];
  for (const [id, status] of state.people) {
    if (!status.alive && firstDay(status.date) >= window.start)
      deaths.push(item(id, status.date, label(id), fateText(status)));
  }
  const betrayals: YearItem[] = [];
  for (const id of state.betrayals) {
    const ref = lookup.byId.get(id);
    if (ref?.kind === 'betrayal')
      betrayals.push(item(id, ref.record.date, label(id), ref.record.summary));
  }
  const { starts, ends } = startsAndEnds(timeline, window);
  const changes = (title: string, ids: string[], end: 'from' | 'to'): YearSection => {
    const items: YearItem[] = [];
    for (const id of ids) {
      const ref = lookup.byId.get(id);
      const date = ref && 'from' in ref.record ? ref.record[end] : undefined;
      if (date !== undefined) items.push(item(id, date, label(id)));
    }
    return { title, items: items.sort(inDateOrder) };
  };
  // Events come in the state's (the timeline's) order
  const sections: YearSection[] = [
    { title: 'Events', items: events },
    changes('Alliances formed', starts.alliance, 'from'),
    changes('Alliances ended', ends.alliance, 'to'),
    { title: 'Betrayals', items: betrayals.sort(inDateOrder) },
    changes('Rivalries begun', starts.rivalry, 'from'),
    changes('Rivalries ended', ends.rivalry, 'to'),
    { title: 'Deaths', items: deaths.sort(inDateOrder) },
    changes('Factions formed', starts.faction, 'from'),
    changes('Factions dissolved', ends.faction, 'to'),
  ];
  return sections.filter((s) => s.items.length > 0);
}

/**
 * What starts and what ends in a window, per kind, as the timeline's diffs say: active in it
 * but not on the day before, or not on the day after.
 */
function startsAndEnds(
  timeline: Pick<Timeline, 'diff'>,
  window: DaySpan,
): { starts: Record<ElementKind, string[]>; ends: Record<ElementKind, string[]> } {
  const { before, after } = daysAround(window);
  return {
    starts: timeline.diff(before, window).entered,
    ends: timeline.diff(window, after).exited,
  };
}

/**
 * The changes of one person or faction in the state's window, in date order, for the top of
 * the details panel ("joined Right Opposition", "broke with Stalin", "no longer Editor of
 * Pravda", "executed 1938"): the same diffs as the panel's sections, kept to the records that
 * involve `id`, with its events, betrayals and death. A person's roles, which the timeline does
 * not index, start or end by the rule the details use (`activeIn`). Empty for other records.
 */
export function selectionChanges(
  lookup: Lookup,
  timeline: Pick<Timeline, 'diff'>,
  state: Pick<TimelineState, 'window' | 'events' | 'betrayals' | 'people'>,
  id: string,
): YearItem[] {
  const selected = lookup.byId.get(id);
  if (selected?.kind !== 'person' && selected?.kind !== 'faction') return [];
  const { window } = state;
  const { starts, ends } = startsAndEnds(timeline, window);
  const name = (other: string) => lookup.nameOf(other);
  const items: YearItem[] = [];
  const push = (key: string, date: string | undefined, text: string) => {
    if (date !== undefined) items.push({ id: key, date, dateText: formatPartialDate(date), text });
  };
  const person = selected.kind === 'person';
  // a faction's formation comes before the members who join it on the same date
  if (!person && starts.faction.includes(id)) push(id, selected.record.from, 'formed');
  for (const [keys, began] of [
    [starts.membership, true],
    [ends.membership, false],
  ] as const) {
    for (const key of keys) {
      const ref = lookup.byId.get(key);
      if (ref?.kind !== 'membership') continue;
      const m = ref.record;
      if ((person ? m.person : m.faction) !== id) continue;
      const date = began ? m.from : m.to;
      if (person) {
        const joined =
          m.role === 'leader'
            ? 'became leader of'
            : m.role === 'candidate'
              ? 'became candidate of'
              : 'joined';
        push(key, date, `${began ? joined : 'left'} ${name(m.faction)}`);
      } else push(key, date, `${name(m.person)} ${began ? 'joined' : 'left'}`);
    }
  }
  for (const [kind, began, ended] of [
    ['alliance', 'allied with', 'broke with'],
    ['rivalry', 'rivalry with', 'rivalry ended with'],
  ] as const) {
    for (const [keys, text, end] of [
      [starts[kind], began, 'from'],
      [ends[kind], ended, 'to'],
    ] as const) {
      for (const key of keys) {
        const ref = lookup.byId.get(key);
        if (ref?.kind !== kind) continue;
        const { a, b } = ref.record;
        if (a === id || b === id) push(key, ref.record[end], `${text} ${name(a === id ? b : a)}`);
      }
    }
  }
  for (const key of state.betrayals) {
    const ref = lookup.byId.get(key);
    if (ref?.kind !== 'betrayal') continue;
    const { by, against, date } = ref.record;
    if (by === id) push(key, date, `betrayed ${name(against)}`);
    else if (against === id) push(key, date, `betrayed by ${name(by)}`);
  }
  if (person) {
    for (const line of roleChanges(selected.record, window)) push(id, line.date, line.text);
    const status = state.people.get(id);
    if (status && !status.alive && firstDay(status.date) >= window.start)
      push(id, status.date, fateText(status));
  } else if (ends.faction.includes(id)) push(id, selected.record.to, 'dissolved');
  for (const key of state.events) {
    const ref = lookup.byId.get(key);
    if (ref?.kind === 'event' && ref.record.people.includes(id))
      push(key, ref.record.date, ref.record.title);
  }
  return items.sort(inDateOrder);
}

/** A person's roles that begin or end in a window ("became …", "no longer …"). */
function roleChanges(p: Person, window: DaySpan): { date: string | undefined; text: string }[] {
  const { before, after } = daysAround(window);
  const out: { date: string | undefined; text: string }[] = [];
  for (const role of p.roles) {
    if (!activeIn(role, window)) continue;
    if (!activeIn(role, before)) out.push({ date: role.from, text: `became ${role.title}` });
    if (!activeIn(role, after)) out.push({ date: role.to, text: `no longer ${role.title}` });
  }
  return out;
}

/** Orders items by their partial date. */
const inDateOrder = byDate((dated: { date: string }) => dated.date);
