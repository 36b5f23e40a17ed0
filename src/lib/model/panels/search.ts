/**
 * Search over people and factions (names, full names, native names, aliases), events (titles)
 * and relationships (the names of both ends: "Stalin Bukharin"), ignoring case, diacritics
 * and punctuation, and tolerating transliterations and typos ("Zinovev", "Bucharin").
 */
import { yearOf } from '../time/dates';
import { recordActive, type TimelineState } from '../timeline/timeline';
import { deathOf } from '../timeline/timeline-records';
import type { DatasetRecords } from '../dataset/schema';
import { looselyMatches, spellingKey } from './search-fuzzy';

export type SearchField = 'name' | 'full name' | 'native name' | 'alias';
export type SearchKind = 'person' | 'faction' | 'event' | 'alliance' | 'rivalry' | 'betrayal';

/** Words of a text, normalized, with their spelling keys. */
interface Words {
  words: string[];
  keys: string[];
}

/** One searchable name of a record. */
export interface SearchEntry extends Words {
  id: string;
  kind: SearchKind;
  /** The record's display name. */
  name: string;
  field: SearchField;
  text: string;
  /** `text` normalized. */
  normalized: string;
  /** The years the record is active (born onwards for people); NaN when unreadable. */
  from: number;
  to: number;
  /** For relationships: the words of every name of each end; a query must name both. */
  ends?: [Words, Words];
}

export interface SearchResult {
  id: string;
  kind: SearchKind;
  name: string;
  /** What matched when it is not the name itself ("alias: Koba"). */
  matched?: string;
  /** Whether the record is active in the year searched from (true when no year was given). */
  active: boolean;
  /** For an inactive record: the nearest year in which it is active. */
  year?: number;
}

export interface SearchOptions {
  limit?: number;
  /** The year shown: inactive records say the nearest year they are active in. */
  year?: number;
  /**
   * The period shown (the timeline's state): records active in it come first. Without it,
   * "active" is read from the records' years.
   */
  state?: TimelineState;
}

const FIELD_ORDER: Record<SearchField, number> = {
  name: 0,
  'full name': 1,
  alias: 2,
  'native name': 3,
};
const KIND_ORDER: Record<SearchKind, number> = {
  person: 0,
  faction: 1,
  event: 2,
  alliance: 3,
  rivalry: 3,
  betrayal: 3,
};
const MAX_QUERY = 200;

/**
 * Lower case, no diacritics (NFD, combining marks removed; "ё" becomes "е"), punctuation and
 * runs of spaces turned into single spaces.
 */
export function normalizeSearchText(value: string): string {
  return value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordsOf(normalized: string): Words {
  const words = normalized.split(' ').filter(Boolean);
  return { words, keys: words.map(spellingKey) };
}

function joinWords(list: Words[]): Words {
  return { words: list.flatMap((w) => w.words), keys: list.flatMap((w) => w.keys) };
}

/** Every searchable name of the dataset's records, built once per dataset. */
export function buildSearchIndex(data: DatasetRecords): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const namesOf = new Map<string, Words>();
  const displayName = new Map<string, string>();
  const add = (
    record: Pick<SearchEntry, 'id' | 'kind' | 'name' | 'from' | 'to' | 'ends'>,
    field: SearchField,
    text?: string,
  ) => {
    if (!text) return undefined;
    const normalized = normalizeSearchText(text);
    if (!normalized) return undefined;
    const words = wordsOf(normalized);
    entries.push({ ...record, field, text, normalized, ...words });
    return words;
  };
  const span = (from?: string, to?: string) => ({
    from: from === undefined ? -Infinity : yearOf(from),
    to: to === undefined ? Infinity : yearOf(to),
  });
  for (const p of data.people) {
    // A person is active from birth to death, as the timeline reads the death
    const died = deathOf(p)?.status;
    const record = {
      id: p.id,
      kind: 'person' as const,
      name: p.name,
      ...span(p.born, died && !died.alive ? died.date : undefined),
    };
    const names = [
      add(record, 'name', p.name),
      add(record, 'full name', p.fullName),
      add(record, 'native name', p.nativeName),
      ...(p.aliases ?? []).map((alias) => add(record, 'alias', alias)),
    ];
    namesOf.set(p.id, joinWords(names.filter((w) => w !== undefined)));
    displayName.set(p.id, p.name);
  }
  for (const f of data.factions) {
    const words = add(
      { id: f.id, kind: 'faction', name: f.name, ...span(f.from, f.to) },
      'name',
      f.name,
    );
    if (words) namesOf.set(f.id, words);
    displayName.set(f.id, f.name);
  }
  for (const e of data.events)
    add({ id: e.id, kind: 'event', name: e.title, ...span(e.date, e.date) }, 'name', e.title);
  // A relationship is found by the names of both its ends ("Stalin – Bukharin")
  const relation = (
    kind: 'alliance' | 'rivalry' | 'betrayal',
    id: string,
    [a, b]: [string, string],
    when: { from: number; to: number },
  ) => {
    const [endA, endB] = [namesOf.get(a), namesOf.get(b)];
    if (!endA || !endB) return;
    const name = `${displayName.get(a)} ${kind === 'betrayal' ? '→' : '–'} ${displayName.get(b)}`;
    add({ id, kind, name, ...when, ends: [endA, endB] }, 'name', name);
  };
  for (const r of data.alliances) relation('alliance', r.id, [r.a, r.b], span(r.from, r.to));
  for (const r of data.rivalries) relation('rivalry', r.id, [r.a, r.b], span(r.from, r.to));
  for (const r of data.betrayals)
    relation('betrayal', r.id, [r.by, r.against], span(r.date, r.date));
  return entries;
}

/** How well one query word matches some word: 0 equal, 1 a prefix, 3 loosely; else undefined. */
function wordRank(part: string, partKey: string, { words, keys }: Words): number | undefined {
  let rank: number | undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === part) return 0;
    if (words[i].startsWith(part)) rank = 1;
    else if (rank === undefined && looselyMatches(part, partKey, keys[i])) rank = 3;
  }
  return rank;
}

/**
 * How well an entry matches a normalized query: 0 the whole text, or every query word a whole
 * word (a surname, "Kirov"); 1 a prefix of the text or every query word a prefix of a word;
 * 2 a substring; 3 every word loosely (transliteration or typo); undefined for no match.
 * A relationship matches only a query that names both its ends.
 */
export function matchRank(entry: SearchEntry, query: string): number | undefined {
  const parts = query.split(' ');
  const keys = parts.map(spellingKey);
  if (entry.ends) {
    if (parts.length < 2) return undefined;
    let worst = 0;
    const named = [false, false];
    for (let i = 0; i < parts.length; i++) {
      const ranks = entry.ends.map((end) => wordRank(parts[i], keys[i], end));
      const best = Math.min(...ranks.map((r) => r ?? Infinity));
      if (best === Infinity) return undefined;
      ranks.forEach((r, end) => (named[end] ||= r === best));
      worst = Math.max(worst, best);
    }
    return named[0] && named[1] ? worst : undefined;
  }
  if (entry.normalized === query) return 0;
  let worst: number | undefined = 0;
  for (let i = 0; i < parts.length; i++) {
    const rank = wordRank(parts[i], keys[i], entry);
    if (rank === undefined) {
      worst = undefined;
      break;
    }
    worst = Math.max(worst, rank);
  }
  if (worst === 0) return 0;
  if (entry.normalized.startsWith(query) || worst === 1) return 1;
  if (entry.normalized.includes(query)) return 2;
  return worst;
}

/**
 * The records matching `query`, best first, at most `limit` (10): by match rank, then people,
 * factions, events and relationships, then those active in `year`, then by field (name, full
 * name, alias, native name), then by name without quotes. Each record appears once.
 */
export function search(
  index: readonly SearchEntry[],
  query: string,
  { limit = 10, year, state }: SearchOptions = {},
): SearchResult[] {
  const q = normalizeSearchText(query.slice(0, MAX_QUERY));
  if (!q) return [];
  const isActive = (e: SearchEntry) =>
    state
      ? recordActive(state, e.kind, e.id)
      : year === undefined || !(year < e.from || year > e.to);
  const best = new Map<string, { entry: SearchEntry; rank: number }>();
  for (const entry of index) {
    const rank = matchRank(entry, q);
    if (rank === undefined) continue;
    const seen = best.get(entry.id);
    if (
      !seen ||
      rank < seen.rank ||
      (rank === seen.rank && FIELD_ORDER[entry.field] < FIELD_ORDER[seen.entry.field])
    ) {
      best.set(entry.id, { entry, rank });
    }
  }
  const sortName = (e: SearchEntry) => normalizeSearchText(e.name);
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        Number(isActive(b.entry)) - Number(isActive(a.entry)) ||
        FIELD_ORDER[a.entry.field] - FIELD_ORDER[b.entry.field] ||
        sortName(a.entry).localeCompare(sortName(b.entry)),
    )
    .slice(0, Math.max(0, limit))
    .map(({ entry }) => {
      const active = isActive(entry);
      const result: SearchResult = { id: entry.id, kind: entry.kind, name: entry.name, active };
      if (entry.field !== 'name') result.matched = `${entry.field}: ${entry.text}`;
      const nearest = year === undefined ? undefined : year < entry.from ? entry.from : entry.to;
      if (!active && nearest !== undefined && Number.isFinite(nearest) && nearest !== year)
        result.year = nearest;
      return result;
    });
}
