/** The "This year" panel: the events and changes of the window on screen (a year or a month). */
import { firstDay, formatPartialDate } from './dates';
import { byDate } from './details-relations';
import { fateText } from './format';
import { recordLabel } from './labels';
import type { Lookup } from './lookup';
import { daysAround, type Timeline, type TimelineState } from './timeline';

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
  const { before, after } = daysAround(window);
  const starts = timeline.diff(before, window).entered;
  const ends = timeline.diff(window, after).exited;
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

/** Orders items by their partial date. */
const inDateOrder = byDate((dated: { date: string }) => dated.date);
