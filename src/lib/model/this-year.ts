/** The "This year" panel: the events and changes of one calendar year. */
import { formatPartialDate } from './dates';
import { byDate } from './details-relations';
import { fateText } from './format';
import { recordLabel } from './labels';
import type { Lookup } from './lookup';
import type { DatasetRecords } from './schema';
import { dateInYear } from './spans';
import type { TimelineState } from './timeline';

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
 * The sections of the panel for `year`, each in date order, empty sections left out: events
 * (from the state), alliances formed and ended, rivalries begun and ended, betrayals, deaths
 * (with their fate) and factions formed and dissolved.
 */
export function yearSections(
  data: DatasetRecords,
  lookup: Lookup,
  state: Pick<TimelineState, 'events' | 'betrayals' | 'people'>,
  year: number,
): YearSection[] {
  const item = (id: string, date: string, text: string, detail?: string): YearItem =>
    detail
      ? { id, date, dateText: formatPartialDate(date), text, detail }
      : { id, date, dateText: formatPartialDate(date), text };
  const label = (id: string) => recordLabel(lookup, id) ?? id;
  const events: YearItem[] = [];
  for (const id of state.events) {
    const ref = lookup.byId.get(id);
    if (ref?.kind === 'event') events.push(item(id, ref.record.date, ref.record.title));
  }
  const deaths: YearItem[] = [];
  for (const [id, status] of state.people) {
    if (!status.alive && status.year === year)
      deaths.push(item(id, status.date, label(id), fateText(status)));
  }
  const betrayals: YearItem[] = [];
  for (const b of data.betrayals) {
    if (state.betrayals.has(b.id)) betrayals.push(item(b.id, b.date, label(b.id), b.summary));
  }
  const starting = <T extends { id: string; from: string }>(records: T[]) =>
    records.filter((r) => dateInYear(r.from, year)).map((r) => item(r.id, r.from, label(r.id)));
  const ending = <T extends { id: string; to?: string }>(records: T[]) =>
    records.filter((r) => dateInYear(r.to, year)).map((r) => item(r.id, r.to ?? '', label(r.id)));
  const sections: YearSection[] = [
    { title: 'Events', items: events },
    { title: 'Alliances formed', items: starting(data.alliances) },
    { title: 'Alliances ended', items: ending(data.alliances) },
    { title: 'Betrayals', items: betrayals },
    { title: 'Rivalries begun', items: starting(data.rivalries) },
    { title: 'Rivalries ended', items: ending(data.rivalries) },
    { title: 'Deaths', items: deaths },
    { title: 'Factions formed', items: starting(data.factions) },
    { title: 'Factions dissolved', items: ending(data.factions) },
  ];
  return sections
    .filter((s) => s.items.length > 0)
    .map((s) => ({
      title: s.title,
      items: s.title === 'Events' ? s.items : s.items.sort(byDate((i) => i.date)),
    }));
}
