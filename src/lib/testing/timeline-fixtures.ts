/**
 * Small record builders for timeline specs: only the fields the timeline reads matter, the
 * rest get placeholder values.
 */
import type {
  Alliance,
  Betrayal,
  DatasetEvent,
  DatasetRecords,
  Faction,
  Membership,
  Person,
  Rivalry,
} from '$lib/model/dataset/schema';

const sources = [{ source: 'test' }];

/** A dataset with the given records; the range is 1924..1938 unless given. */
export function dataset(parts: Partial<DatasetRecords>): DatasetRecords {
  return {
    dataset: {
      id: 'test',
      title: 'Test',
      description: 'Test dataset',
      range: { from: '1924', to: '1938' },
      defaultTime: '1924',
      license: 'CC0',
      authors: ['test'],
    },
    sources: [],
    people: [],
    factions: [],
    memberships: [],
    alliances: [],
    rivalries: [],
    betrayals: [],
    events: [],
    ...parts,
  };
}

/** A person; `extra` adds birth, death, fate… */
export function person(id: string, extra: Partial<Person> = {}): Person {
  return { id, name: id, aliases: [], roles: [], summary: id, sources, ...extra };
}

/** A faction over an interval. */
export function faction(id: string, from: string, to?: string): Faction {
  return { id, name: id, kind: 'bloc', from, ...(to ? { to } : {}), summary: id, sources };
}

/** A plain membership over an interval. */
export function membership(person: string, faction: string, from: string, to?: string): Membership {
  return { person, faction, role: 'member', from, ...(to ? { to } : {}), sources };
}

/** An alliance between `a` and `b` over an interval. */
export function alliance(id: string, a: string, b: string, from: string, to?: string): Alliance {
  return { id, a, b, from, ...(to ? { to } : {}), summary: id, sources };
}

/** A rivalry between `a` and `b` over an interval. */
export function rivalry(id: string, a: string, b: string, from: string, to?: string): Rivalry {
  return { id, a, b, from, ...(to ? { to } : {}), summary: id, sources };
}

/** A betrayal on a date. */
export function betrayal(id: string, by: string, against: string, date: string): Betrayal {
  return { id, by, against, date, summary: id, sources };
}

/** An event on a date. */
export function event(id: string, date: string, people: string[] = []): DatasetEvent {
  return { id, date, kind: 'other', title: id, summary: id, people, sources };
}

/** A small hand-made dataset with edges at year, month and day precision. */
export const sample: DatasetRecords = dataset({
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
