/** The "This year" panel: the events and changes of one calendar year. */
import { formatPartialDate, isPartialDate, yearOf } from './dates';
import { byDate } from './details-relations';
import { fateText } from './format';
import { recordLabel } from './labels';
import type { Lookup } from './lookup';
import type { DatasetRecords } from './schema';
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
  for (const id of state.betrayals) {
    const ref = lookup.byId.get(id);
    if (ref?.kind === 'betrayal')
      betrayals.push(item(id, ref.record.date, label(id), ref.record.summary));
  }
  const changed = startsAndEnds(data).get(year);
  const changes = (title: ChangeTitle): YearSection => ({
    title,
    items: (changed?.get(title) ?? []).map((c) => item(c.id, c.date, label(c.id))),
  });
  // Events come in the state's order; the index keeps its lists in date order
  const sections: YearSection[] = [
    { title: 'Events', items: events },
    changes('Alliances formed'),
    changes('Alliances ended'),
    { title: 'Betrayals', items: betrayals.sort(inDateOrder) },
    changes('Rivalries begun'),
    changes('Rivalries ended'),
    { title: 'Deaths', items: deaths.sort(inDateOrder) },
    changes('Factions formed'),
    changes('Factions dissolved'),
  ];
  return sections.filter((s) => s.items.length > 0);
}

/** Orders items and index entries by their partial date. */
const inDateOrder = byDate((dated: { date: string }) => dated.date);

/** The sections that list records starting or ending in the year, and where each date is. */
const CHANGES = [
  ['Alliances formed', 'alliances', 'from'],
  ['Alliances ended', 'alliances', 'to'],
  ['Rivalries begun', 'rivalries', 'from'],
  ['Rivalries ended', 'rivalries', 'to'],
  ['Factions formed', 'factions', 'from'],
  ['Factions dissolved', 'factions', 'to'],
] as const;

type ChangeTitle = (typeof CHANGES)[number][0];
type Changes = Map<number, Map<ChangeTitle, { id: string; date: string }[]>>;

const startsAndEndsCache = new WeakMap<DatasetRecords, Changes>();

/**
 * The alliances, rivalries and factions that start or end in each year, by section and in date
 * order, indexed once per dataset: the panel changes with every step of the slider and should
 * neither scan nor sort every record.
 */
function startsAndEnds(data: DatasetRecords): Changes {
  const cached = startsAndEndsCache.get(data);
  if (cached) return cached;
  const index: Changes = new Map();
  for (const [title, collection, end] of CHANGES) {
    for (const record of data[collection]) {
      const date = record[end];
      if (date === undefined || !isPartialDate(date)) continue;
      const year = yearOf(date);
      const byTitle = index.get(year) ?? index.set(year, new Map()).get(year)!;
      const list = byTitle.get(title) ?? byTitle.set(title, []).get(title)!;
      list.push({ id: record.id, date });
    }
  }
  for (const byTitle of index.values()) for (const list of byTitle.values()) list.sort(inDateOrder);
  startsAndEndsCache.set(data, index);
  return index;
}
