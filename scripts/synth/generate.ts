/**
 * Deterministic synthetic datasets for benchmarks: a seed, a number of people, factions and
 * relationships give the same records every time, valid for `npm run validate` (no errors, no
 * warnings). Interval lengths follow the bundled dataset's (log-normal, a few years on
 * average), so about a quarter of what is shown changes from one year to the next, as there.
 */
import {
  eventKinds,
  type DatasetEvent,
  type DatasetRecords,
  type Source,
} from '../../src/lib/model/dataset/schema';
import { makeFaction, makePerson, type MonthRange } from './entities';
import { gridLayout } from './layout';
import { placeAlliances, placeBetrayals, placeMemberships, placeRivalries } from './links';
import { anyPrecision, januaryOf } from './months';
import { Random } from './random';
import type { World } from './world';

export interface SynthOptions {
  seed: number;
  people: number;
  factions: number;
  /** Relationships of all kinds; default 5 per person. */
  relations?: number;
  /** First and last year of the range; default 1920..1939. */
  from?: number;
  to?: number;
  /** Write a layout (default true; never for a scattered network); the core benchmark does without. */
  layout?: boolean;
  /**
   * `local` (default): people deal mostly within their home faction, intervals a few years
   * long. `scattered`, the unkind case, built as real prosopographical data often is: partners
   * drawn at random across the whole network, intervals of 1–12 years starting mostly in dense
   * years, 61 years (1900–1960) unless `from`/`to` say otherwise, the default year in the
   * middle of the range, and no stored layout.
   */
  network?: SynthNetwork;
}

export const synthNetworks = ['local', 'scattered'] as const;
export type SynthNetwork = (typeof synthNetworks)[number];

/** How many relationships of each kind make `total`: about the bundled dataset's mix. */
export function relationCounts(total: number) {
  const memberships = Math.round(total * 0.45);
  const alliances = Math.round(total * 0.25);
  const rivalries = Math.round(total * 0.2);
  const betrayals = total - memberships - alliances - rivalries;
  return { memberships, alliances, rivalries, betrayals };
}

const RELATIONSHIP_KINDS = ['memberships', 'alliances', 'rivalries', 'betrayals'] as const;

/** How many relationships of all kinds a dataset has. */
export function relationshipCount(data: DatasetRecords): number {
  return RELATIONSHIP_KINDS.reduce((sum, kind) => sum + data[kind].length, 0);
}

/** How many graph elements a dataset makes: a node per person and faction, an edge per relationship. */
export function elementCount(data: DatasetRecords): number {
  return data.people.length + data.factions.length + relationshipCount(data);
}

/** People, factions and relationships that make exactly `elements` graph elements. */
export function sizeForElements(elements: number): {
  people: number;
  factions: number;
  relations: number;
} {
  const factions = Math.max(3, Math.round(elements / 130));
  const people = Math.max(2, Math.round((elements - factions) / 6));
  return { people, factions, relations: elements - factions - people };
}

/** Generates a dataset. Throws when the sizes cannot work (e.g. fewer than two people). */
export function generateDataset(options: SynthOptions): DatasetRecords {
  const { seed, people: peopleCount, factions: factionCount } = options;
  if (peopleCount < 2 || factionCount < 1)
    throw new RangeError('need at least 2 people and 1 faction');
  const scattered = options.network === 'scattered';
  const fromYear = options.from ?? (scattered ? 1900 : 1920);
  const toYear = options.to ?? (scattered ? 1960 : 1939);
  if (!(fromYear <= toYear)) throw new RangeError('the range ends before it starts');
  const random = new Random(seed);
  const range: MonthRange = { first: januaryOf(fromYear), last: januaryOf(toYear) + 11 };
  const sources = makeSources();
  const citations = sources.map((s) => [{ source: s.id }]);
  const cite = () => random.pick(citations);
  const people = Array.from({ length: peopleCount }, (_, i) =>
    makePerson(i, range, random, cite()),
  );
  const factions = Array.from({ length: factionCount }, (_, i) =>
    makeFaction(i, range, random, cite()),
  );
  const home = Int32Array.from({ length: peopleCount }, () => random.skewed(factionCount));
  const members: number[][] = factions.map(() => []);
  home.forEach((f, p) => members[f].push(p));
  const world: World = { random, range, people, factions, home, members, cite, scattered };

  const counts = relationCounts(options.relations ?? peopleCount * 5);
  const memberships = placeMemberships(world, counts.memberships);
  const { alliances, spans } = placeAlliances(world, counts.alliances);
  const rivalries = placeRivalries(world, counts.rivalries);
  const betrayals = placeBetrayals(world, counts.betrayals, alliances, spans);
  const records: DatasetRecords = {
    dataset: {
      id: `synthetic-${scattered ? 'scattered-' : ''}${seed}`,
      title: `Synthetic ${scattered ? 'scattered ' : ''}network (seed ${seed}, ${peopleCount.toLocaleString('en-US')} people)`,
      description:
        'Generated by npm run synth for benchmarks: made-up people, factions and relationships.',
      range: { from: String(fromYear), to: String(toYear) },
      defaultTime: String(scattered ? Math.floor((fromYear + toYear) / 2) : fromYear),
      license: 'CC0-1.0',
      authors: ['scripts/synth'],
    },
    sources,
    people: people.map((p) => p.record),
    factions: factions.map((f) => f.record),
    memberships,
    alliances,
    rivalries,
    betrayals,
    events: makeEvents(world, fromYear, toYear),
  };
  if (options.layout !== false && !scattered) {
    const ids = (list: { record: { id: string } }[]) => list.map((x) => x.record.id);
    records.layout = gridLayout(ids(people), ids(factions), home, random);
  }
  return records;
}

function makeSources(): Source[] {
  return Array.from({ length: 6 }, (_, i) => ({
    id: `s-${i + 1}`,
    kind: 'reference',
    author: 'Synthetic Author',
    title: `Synthetic source ${i + 1}`,
    year: 2000 + i,
  }));
}

/** Three events a year, each naming one to three people: markers on the time bar. */
function makeEvents(world: World, fromYear: number, toYear: number): DatasetEvent[] {
  const { random, people } = world;
  const events: DatasetEvent[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let k = 0; k < 3; k++) {
      const n = events.length + 1;
      const involved = Array.from({ length: random.int(1, 3) }, () => {
        return people[random.int(0, people.length - 1)].record.id;
      });
      events.push({
        id: `e-${n}`,
        date: anyPrecision(januaryOf(year) + random.int(0, 11), random),
        kind: random.pick(eventKinds),
        title: `Event ${n}`,
        summary: `Synthetic event ${n}.`,
        people: [...new Set(involved)],
        sources: world.cite(),
      });
    }
  }
  return events;
}
