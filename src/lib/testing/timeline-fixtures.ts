/**
 * Small record builders for specs: only the fields a spec reads matter, the rest get
 * placeholder values.
 */
import { collectionNames } from '$lib/model/dataset/schema';
import type * as S from '$lib/model/dataset/schema';

const sources = [{ source: 'test' }];

/** Every collection of a dataset, empty. */
function emptyCollections(): Pick<S.DatasetRecords, S.CollectionName> {
  const empty: Partial<Record<S.CollectionName, never[]>> = {};
  for (const name of collectionNames) empty[name] = [];
  return empty as Record<S.CollectionName, never[]>;
}

/** What `dataset` takes: any collections, and any fields of the dataset's description. */
export type DatasetParts = Partial<Omit<S.DatasetRecords, 'dataset'>> & {
  dataset?: Partial<S.DatasetInfo>;
};

/** A dataset with the given records; the range is 1924..1938 unless given. */
export function dataset({ dataset: info, ...parts }: DatasetParts): S.DatasetRecords {
  return {
    dataset: {
      id: 'test',
      title: 'Test',
      description: 'Test dataset',
      range: { from: '1924', to: '1938' },
      defaultTime: '1924',
      license: 'CC0',
      authors: ['test'],
      ...info,
    },
    ...emptyCollections(),
    ...parts,
  };
}

/** A person; `extra` adds birth, death, fate… */
export function person(id: string, extra: Partial<S.Person> = {}): S.Person {
  return { id, name: id, aliases: [], roles: [], summary: id, sources, ...extra };
}

/** A faction over an interval. */
export function faction(id: string, from: string, to?: string): S.Faction {
  return { id, name: id, kind: 'bloc', from, ...(to ? { to } : {}), summary: id, sources };
}

/** A plain membership over an interval. */
export function membership(
  person: string,
  faction: string,
  from: string,
  to?: string,
): S.Membership {
  return { person, faction, role: 'member', from, ...(to ? { to } : {}), sources };
}

/** An alliance between `a` and `b` over an interval. */
export function alliance(id: string, a: string, b: string, from: string, to?: string): S.Alliance {
  return { id, a, b, from, ...(to ? { to } : {}), summary: id, sources };
}

/** A rivalry between `a` and `b` over an interval. */
export function rivalry(id: string, a: string, b: string, from: string, to?: string): S.Rivalry {
  return { id, a, b, from, ...(to ? { to } : {}), summary: id, sources };
}

/** A betrayal on a date. */
export function betrayal(id: string, by: string, against: string, date: string): S.Betrayal {
  return { id, by, against, date, summary: id, sources };
}

/** An event on a date. */
export function event(id: string, date: string, people: string[] = []): S.DatasetEvent {
  return { id, date, kind: 'other', title: id, summary: id, people, sources };
}

/** A small hand-made dataset with edges at year, month and day precision. */
export const sample: S.DatasetRecords = dataset({
  people: [
    person('lenin', { born: '1870-04-22', died: '1924-01-21' }),
    person('zinoviev', {
      born: '1883-09-23',
      died: '1936-08-25',
      fate: { kind: 'executed', date: '1936-08-25' },
    }),
    person('trotsky', { born: '1879-11-07' }),
    person('nobody-knows'),
    person('late', { born: '1930-05' }),
    person('died-only', { born: '1890', died: '1935-06' }),
  ],
  factions: [
    faction('troika', '1923', '1925-12'),
    faction('left-opposition', '1923-10-15', '1927-12-31'),
    faction('nkvd', '1934-07-10'),
    faction('from-1928', '1928'),
  ],
  memberships: [membership('trotsky', 'left-opposition', '1923-10-15', '1927-12-31')],
  alliances: [alliance('stalin-bukharin', 'stalin', 'bukharin', '1925', '1928-07')],
  rivalries: [rivalry('open-rivalry', 'stalin', 'trotsky', '1926-03')],
  betrayals: [
    betrayal('notes', 'bukharin', 'stalin', '1928-07-11'),
    betrayal('year-only', 'a', 'b', '1932'),
  ],
  events: [
    event('day', '1936-08-25'),
    event('year', '1936'),
    event('month', '1936-08'),
    event('early', '1936-01-05'),
    event('other-year', '1935-12-31'),
  ],
});
