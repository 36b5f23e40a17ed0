/**
 * Search over the names of people and factions: names, full names, native names and aliases,
 * ignoring case and diacritics ("stalin", "Koba", "Сталин", "Dzhugashvili" all find Stalin).
 */
import type { DatasetRecords } from './schema';

export type SearchField = 'name' | 'full name' | 'native name' | 'alias';

/** One searchable name of a record. */
export interface SearchEntry {
  id: string;
  kind: 'person' | 'faction';
  /** The record's display name. */
  name: string;
  field: SearchField;
  text: string;
  /** `text` normalized, and its words. */
  normalized: string;
  words: string[];
}

export interface SearchResult {
  id: string;
  kind: 'person' | 'faction';
  name: string;
  /** What matched when it is not the name itself ("alias: Koba"). */
  matched?: string;
}

const FIELD_ORDER: Record<SearchField, number> = {
  name: 0,
  'full name': 1,
  alias: 2,
  'native name': 3,
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

/** Every searchable name of the dataset's people and factions, built once per dataset. */
export function buildSearchIndex(data: DatasetRecords): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const add = (
    id: string,
    kind: SearchEntry['kind'],
    name: string,
    field: SearchField,
    text?: string,
  ) => {
    if (!text) return;
    const normalized = normalizeSearchText(text);
    if (normalized)
      entries.push({ id, kind, name, field, text, normalized, words: normalized.split(' ') });
  };
  for (const p of data.people) {
    add(p.id, 'person', p.name, 'name', p.name);
    add(p.id, 'person', p.name, 'full name', p.fullName);
    add(p.id, 'person', p.name, 'native name', p.nativeName);
    for (const alias of p.aliases ?? []) add(p.id, 'person', p.name, 'alias', alias);
  }
  for (const f of data.factions) add(f.id, 'faction', f.name, 'name', f.name);
  return entries;
}

/**
 * How well an entry matches a normalized query: 0 the whole text, 1 a prefix of the text or
 * every query word a prefix of some word, 2 a substring; undefined for no match.
 */
export function matchRank(entry: SearchEntry, query: string): number | undefined {
  if (entry.normalized === query) return 0;
  if (entry.normalized.startsWith(query)) return 1;
  const parts = query.split(' ');
  if (parts.every((part) => entry.words.some((word) => word.startsWith(part)))) return 1;
  if (entry.normalized.includes(query)) return 2;
  return undefined;
}

/**
 * The records matching `query`, best first, at most `limit`: by match rank (whole name,
 * then word prefix, then substring), then by field (name, full name, alias, native name),
 * then by name. Each record appears once, with the field of its best match.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 10): SearchResult[] {
  const q = normalizeSearchText(query.slice(0, MAX_QUERY));
  if (!q) return [];
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
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        FIELD_ORDER[a.entry.field] - FIELD_ORDER[b.entry.field] ||
        a.entry.name.localeCompare(b.entry.name),
    )
    .slice(0, Math.max(0, limit))
    .map(({ entry }) => {
      const result: SearchResult = { id: entry.id, kind: entry.kind, name: entry.name };
      if (entry.field !== 'name') result.matched = `${entry.field}: ${entry.text}`;
      return result;
    });
}
