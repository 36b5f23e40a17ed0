/**
 * A Wikidata SPARQL query's JSON results (the query is in the README) as a dataset: each row
 * is a statement that a person held a position (P39) or belonged to a party (P102), from P580
 * to P582, stated in P248. People and positions/parties keep their Wikidata ids; each
 * statement's "stated in" becomes its source. Problems point into the results file. Never throws.
 */
import { formatProblem, type LocatedProblem, type Problem } from '../../model/dataset/problems';
import { isPartialDate, yearOf } from '../../model/time/dates';
import { slugify } from '../csv/csv-columns';
import { loadBundleValue, type LoadResult } from '../json/load';
import { MAX_RECORDS, tooManyRecordsMessage } from '../json/limits';
import { lineColumn, locate, parseJson } from '../json/positions';
import { crashed } from '../json/results';
import { qid } from './network-records';

/** Where a record was first written in the results, and each of its dated fields. */
interface Origin {
  at: (string | number)[];
  fields: Record<string, (string | number)[]>;
}

type Binding = Record<string, { type?: string; value?: string } | undefined>;

/** The id of the source that cites Wikidata itself (records without "stated in"). */
export const WIKIDATA_SOURCE_ID = 'wikidata';

/** Whether a text looks like SPARQL JSON results (`head.vars` and `results.bindings`). */
export function isWikidataResults(text: string): boolean {
  if (typeof text !== 'string' || !/"bindings"\s*:/.test(text.slice(0, 100_000))) return false;
  try {
    const value = JSON.parse(text) as {
      head?: { vars?: unknown };
      results?: { bindings?: unknown };
    };
    return Array.isArray(value?.head?.vars) && Array.isArray(value?.results?.bindings);
  } catch {
    return false;
  }
}

/** Loads people, positions and parties, and memberships from SPARQL JSON results. */
export function loadWikidata(
  file: { name: string; text: string },
  options: { year?: number } = {},
): LoadResult {
  const name = file?.name ?? 'query.json';
  try {
    const parsed = parseJson(file.text);
    const at = (path: (string | number)[]) => locate(parsed, path);
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      return fail([problem(name, lineColumn(parsed, first.offset), first.message)]);
    }
    const rows = (parsed.value as { results?: { bindings?: unknown } }).results?.bindings;
    if (!Array.isArray(rows))
      return fail([
        problem(
          name,
          { line: 1, column: 1 },
          'has no results.bindings (expected SPARQL JSON results)',
        ),
      ]);
    if (rows.length > MAX_RECORDS)
      return fail([problem(name, { line: 1, column: 1 }, tooManyRecordsMessage(rows.length))]);
    const year = options.year ?? new Date().getFullYear();
    const problems: LocatedProblem[] = [];
    const people = new Map<string, Record<string, unknown>>();
    const groups = new Map<string, Record<string, unknown>>();
    const sources = new Map<string, Record<string, unknown>>();
    const ids = new Set<string>();
    const memberships = new Map<string, Record<string, unknown>>();
    // Where each record was first written: collection → paths in record order
    const origins: Record<string, Origin[]> = {
      people: [],
      factions: [],
      memberships: [],
    };
    const idFor = (label: string, item: string) => {
      let id = slugify(label) || item.toLowerCase();
      if (ids.has(id)) id = `${id}-${item.toLowerCase()}`;
      ids.add(id);
      return id;
    };
    rows.forEach((raw, index) => {
      const row = (raw ?? {}) as Binding;
      const path = (v: string) => ['results', 'bindings', index, v, 'value'];
      const get = (...names: string[]) =>
        names
          .map((n) => ({ n, v: row[n]?.value }))
          .find((x) => typeof x.v === 'string' && x.v !== '');
      const person = get('person', 'item');
      const group = get('group', 'position', 'party', 'org');
      const personId = qid(person?.v);
      const groupId = qid(group?.v);
      if (!person || !personId || !group || !groupId) {
        const missing = !person || !personId ? 'person' : 'group';
        const message = `has no Wikidata item in "${missing}" (expected an entity URL such as http://www.wikidata.org/entity/Q855 in ?person and ?position or ?party)`;
        problems.push(problem(name, at(['results', 'bindings', index]), message));
        return;
      }
      const label = (n: string, fallback: string) => row[`${n}Label`]?.value || fallback;
      if (!people.has(personId)) {
        const record: Record<string, unknown> = {
          id: idFor(label(person.n, personId), personId),
          name: label(person.n, personId),
          wikidata: personId,
          summary: row[`${person.n}Description`]?.value || `Imported from Wikidata (${personId}).`,
          sources: [{ source: WIKIDATA_SOURCE_ID, note: personId }],
        };
        for (const [field, variable] of [
          ['born', 'born'],
          ['died', 'died'],
        ] as const) {
          const value = wikidataDate(row[variable]?.value, row[`${variable}Precision`]?.value);
          if (value) record[field] = value;
        }
        people.set(personId, record);
        origins.people.push({
          at: path(person.n),
          fields: { born: path('born'), died: path('died') },
        });
      }
      if (!groups.has(groupId)) {
        groups.set(groupId, {
          id: idFor(label(group.n, groupId), groupId),
          name: label(group.n, groupId),
          kind: 'institution',
          wikidata: groupId,
          summary: `${group.n === 'party' ? 'A party' : 'A position'} imported from Wikidata (${groupId}).`,
          sources: [{ source: WIKIDATA_SOURCE_ID, note: groupId }],
        });
        origins.factions.push({ at: path(group.n), fields: {} });
      }
      const from = wikidataDate(row.start?.value, row.startPrecision?.value);
      const to = wikidataDate(row.end?.value, row.endPrecision?.value);
      const statedIn = qid(row.statedIn?.value ?? row.ref?.value);
      let source = WIKIDATA_SOURCE_ID;
      if (statedIn) {
        const title = row.statedInLabel?.value || statedIn;
        if (!sources.has(statedIn)) {
          sources.set(statedIn, {
            id: idFor(title, statedIn),
            kind: 'reference',
            author: 'Wikidata (stated in)',
            title,
            year,
            url: `https://www.wikidata.org/wiki/${statedIn}`,
          });
        }
        source = sources.get(statedIn)?.id as string;
      }
      const key = row.statement?.value ?? [personId, groupId, from, to].join('|');
      const existing = memberships.get(key);
      const cite = { source, note: statedIn ? undefined : `statement of ${personId}` };
      if (existing) {
        const list = existing.sources as { source: string }[];
        if (!list.some((s) => s.source === source)) list.push(cite);
        return;
      }
      origins.memberships.push({
        at: path(person.n),
        fields: { from: path('start'), to: path('end') },
      });
      memberships.set(key, {
        person: people.get(personId)?.id,
        faction: groups.get(groupId)?.id,
        role: 'member',
        from,
        to,
        sources: [cite],
      });
    });
    const dates = [...memberships.values()].flatMap((m) => [m.from, m.to]).filter(isPartialDate);
    const years = dates.map(yearOf);
    if (years.length === 0) years.push(year);
    const pad = (y: number) => String(y).padStart(4, '0');
    const range = { from: pad(Math.min(...years)), to: pad(Math.max(...years)) };
    const list = [...memberships.values()].map((m): Record<string, unknown> => ({
      ...m,
      from: m.from ?? range.from,
    }));
    // A position or party spans its holders' terms
    for (const group of groups.values()) {
      const held = list.filter((m) => m.faction === group.id);
      const starts = held.map((m) => m.from as string).sort();
      group.from = starts[0] ?? range.from;
      const ends = held.map((m) => m.to as string | undefined);
      if (ends.every((e) => e !== undefined)) group.to = (ends as string[]).sort().at(-1);
    }
    const bundle = {
      dataset: {
        id: slugify(name.replace(/\.json$/i, '')) || 'wikidata-import',
        title: `Wikidata import (${name})`,
        description: `People, positions and parties from a Wikidata query (${name}).`,
        range,
        defaultTime: range.from,
        license: 'CC0 (Wikidata)',
        authors: ['Wikidata contributors'],
      },
      sources: [
        {
          id: WIKIDATA_SOURCE_ID,
          kind: 'reference',
          author: 'Wikidata contributors',
          title: 'Wikidata',
          year,
          url: 'https://www.wikidata.org/',
        },
        ...sources.values(),
      ],
      people: [...people.values()],
      factions: [...groups.values()],
      memberships: list,
      alliances: [],
      rivalries: [],
      betrayals: [],
      events: [],
    };
    const result = loadBundleValue(bundle, name);
    const place = (p: LocatedProblem): LocatedProblem => {
      const [collection, index, field] = p.path;
      const origin = typeof index === 'number' ? origins[String(collection)]?.[index] : undefined;
      const where = (typeof field === 'string' && origin?.fields[field]) || origin?.at;
      const position = where ? at(where) : { line: 1, column: 1 };
      const moved: Problem = { ...p, file: name, ...position };
      return { ...moved, ...position, text: formatProblem(moved) };
    };
    const warnings = result.warnings.map(place);
    const errors = [...problems, ...(result.ok ? [] : result.errors.map(place))];
    if (result.ok && errors.length === 0) return { ok: true, data: result.data, warnings };
    return { ok: false, errors, warnings };
  } catch (error) {
    return crashed(name, error);
  }
}

/**
 * A Wikidata time (`1922-04-03T00:00:00Z`) as a dataset date, cut to its precision when the
 * query asks for it (9 year, 10 month, 11 day); Wikidata writes year-precise dates as `…-01-01`.
 */
export function wikidataDate(value: string | undefined, precision?: string): string | undefined {
  const found = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  if (!found) return value?.trim() || undefined;
  const [, y, m, d] = found;
  if (precision === '9') return y;
  if (precision === '10') return `${y}-${m}`;
  return `${y}-${m}-${d}`;
}

function problem(
  file: string,
  at: { line: number; column: number },
  message: string,
): LocatedProblem {
  const p = { severity: 'error' as const, file, path: [], message, ...at };
  return { ...p, text: formatProblem(p) };
}

function fail(errors: LocatedProblem[]): LoadResult {
  return { ok: false, errors, warnings: [] };
}
