/** The "This year" panel: the events and changes of one calendar year. */
import { formatPartialDate, isPartialDate, yearOf } from './dates';
import { byDate } from './details-relations';
import { fateText } from './format';
import { recordLabel } from './labels';
import type { Lookup } from './lookup';
import type { Alliance, DatasetRecords, Faction, Rivalry } from './schema';
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
  const starting = (records: { id: string; from: string }[] = []) =>
    records.map((r) => item(r.id, r.from, label(r.id)));
  const ending = (records: { id: string; to?: string }[] = []) =>
    records.map((r) => item(r.id, r.to ?? '', label(r.id)));
  const byYear = startsAndEnds(data).get(year);
  const sections: YearSection[] = [
    { title: 'Events', items: events },
    { title: 'Alliances formed', items: starting(byYear?.alliancesFormed) },
    { title: 'Alliances ended', items: ending(byYear?.alliancesEnded) },
    { title: 'Betrayals', items: betrayals },
    { title: 'Rivalries begun', items: starting(byYear?.rivalriesBegun) },
    { title: 'Rivalries ended', items: ending(byYear?.rivalriesEnded) },
    { title: 'Deaths', items: deaths },
    { title: 'Factions formed', items: starting(byYear?.factionsFormed) },
    { title: 'Factions dissolved', items: ending(byYear?.factionsDissolved) },
  ];
  return sections
    .filter((s) => s.items.length > 0)
    .map((s) => ({
      title: s.title,
      items: s.title === 'Events' ? s.items : s.items.sort(byDate((i) => i.date)),
    }));
}

interface StartsAndEnds {
  alliancesFormed: Alliance[];
  alliancesEnded: Alliance[];
  rivalriesBegun: Rivalry[];
  rivalriesEnded: Rivalry[];
  factionsFormed: Faction[];
  factionsDissolved: Faction[];
}

const startsAndEndsCache = new WeakMap<DatasetRecords, Map<number, StartsAndEnds>>();

/**
 * The alliances, rivalries and factions that start or end in each year, indexed once per
 * dataset: the panel changes with every step of the slider and should not scan every record.
 */
function startsAndEnds(data: DatasetRecords): Map<number, StartsAndEnds> {
  const cached = startsAndEndsCache.get(data);
  if (cached) return cached;
  const index = new Map<number, StartsAndEnds>();
  const add = <T>(date: string | undefined, key: keyof StartsAndEnds, record: T) => {
    if (date === undefined || !isPartialDate(date)) return;
    const year = yearOf(date);
    let entry = index.get(year);
    if (!entry) {
      entry = {
        alliancesFormed: [],
        alliancesEnded: [],
        rivalriesBegun: [],
        rivalriesEnded: [],
        factionsFormed: [],
        factionsDissolved: [],
      };
      index.set(year, entry);
    }
    (entry[key] as T[]).push(record);
  };
  for (const a of data.alliances) {
    add(a.from, 'alliancesFormed', a);
    add(a.to, 'alliancesEnded', a);
  }
  for (const r of data.rivalries) {
    add(r.from, 'rivalriesBegun', r);
    add(r.to, 'rivalriesEnded', r);
  }
  for (const f of data.factions) {
    add(f.from, 'factionsFormed', f);
    add(f.to, 'factionsDissolved', f);
  }
  startsAndEndsCache.set(data, index);
  return index;
}
