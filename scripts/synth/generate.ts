/**
 * Deterministic synthetic datasets for benchmarks: a seed, a number of people, factions and
 * relationships give the same records every time, valid for `npm run validate`.
 */
import {
  eventKinds,
  type DatasetEvent,
  type DatasetRecords,
  type Source,
} from '../../src/lib/model/schema';
import { makeFaction, makePerson, type MonthRange, type Span } from './entities';
import { gridLayout } from './layout';
import { anyPrecision, januaryOf } from './months';
import { Random } from './random';
import * as make from './relations';

export interface SynthOptions {
  seed: number;
  people: number;
  factions: number;
  /** Relationships of all kinds (memberships, alliances, rivalries, betrayals); default 5 per person. */
  relations?: number;
  /** First and last year of the range; default 1920..1939. */
  from?: number;
  to?: number;
  /** Write a layout (default true); the core benchmark does without. */
  layout?: boolean;
}

/** How many relationships of each kind make `total`: the bundled dataset's proportions. */
export function relationCounts(total: number) {
  const memberships = Math.round(total * 0.45);
  const alliances = Math.round(total * 0.25);
  const rivalries = Math.round(total * 0.2);
  return {
    memberships,
    alliances,
    rivalries,
    betrayals: total - memberships - alliances - rivalries,
  };
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

const SOURCE_COUNT = 6;

/** Generates a dataset. Throws when the sizes cannot work (e.g. fewer than two people). */
export function generateDataset(options: SynthOptions): DatasetRecords {
  const { seed, people: peopleCount, factions: factionCount } = options;
  if (peopleCount < 2 || factionCount < 1)
    throw new RangeError('need at least 2 people and 1 faction');
  const fromYear = options.from ?? 1920;
  const toYear = options.to ?? 1939;
  const random = new Random(seed);
  const range: MonthRange = { first: januaryOf(fromYear), last: januaryOf(toYear) + 11 };
  const sources: Source[] = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: `s-${i + 1}`,
    kind: 'reference',
    author: 'Synthetic Author',
    title: `Synthetic source ${i + 1}`,
    year: 2000 + i,
  }));
  // Shared citation arrays: a million records need not carry a million copies.
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

  const counts = relationCounts(options.relations ?? peopleCount * 5);
  const personSpan = (i: number) => people[i].span;
  const partner = (p: number): Span => {
    const roll = random.next();
    const mates = members[home[p]];
    if (roll < 0.7 && mates.length > 1) return personSpan(random.pick(mates));
    if (roll < 0.92) return personSpan(random.int(0, peopleCount - 1));
    return factions[random.skewed(factionCount)].span;
  };
  const place = <T>(count: number, what: string, attempt: () => T | undefined): T[] => {
    const out: T[] = [];
    for (let tries = 0; out.length < count; tries++) {
      if (tries > count * 60 + 1000) throw new Error(`could not place ${count} ${what}`);
      const item = attempt();
      if (item !== undefined) out.push(item);
    }
    return out;
  };

  const membershipKeys = new Set<string>();
  const memberships = place(counts.memberships, 'memberships', () => {
    const p = random.int(0, peopleCount - 1);
    const f = random.chance(0.7) ? home[p] : random.skewed(factionCount);
    const interval = make.drawInterval(
      personSpan(p),
      factions[f].span,
      range,
      make.MEAN_MONTHS.membership,
      random,
    );
    if (!interval) return undefined;
    const record = make.membership(personSpan(p), factions[f].span, interval, random, cite());
    const key = `${record.person}--${record.faction}--${record.from}`;
    if (membershipKeys.has(key)) return undefined;
    membershipKeys.add(key);
    return record;
  });

  const pair = (): [Span, Span] | undefined => {
    const p = random.int(0, peopleCount - 1);
    const other = partner(p);
    return other.id === personSpan(p).id ? undefined : [personSpan(p), other];
  };
  const alliancePairs = new Set<string>();
  const allianceMonths: { start: number; end: number | undefined; ends: [Span, Span] }[] = [];
  const alliances = place(counts.alliances, 'alliances', () => {
    const ends = pair();
    if (!ends) return undefined;
    const key = [ends[0].id, ends[1].id].sort().join(' ');
    // One alliance per pair: two of one pair would overlap and draw a warning
    if (alliancePairs.has(key)) return undefined;
    const interval = make.drawInterval(ends[0], ends[1], range, make.MEAN_MONTHS.alliance, random);
    if (!interval) return undefined;
    alliancePairs.add(key);
    allianceMonths.push({ ...interval, ends });
    return make.alliance(`a-${allianceMonths.length}`, ends, interval, random, cite());
  });

  let rivalryCount = 0;
  const rivalries = place(counts.rivalries, 'rivalries', () => {
    const ends = pair();
    const interval =
      ends && make.drawInterval(ends[0], ends[1], range, make.MEAN_MONTHS.rivalry, random);
    if (!ends || !interval) return undefined;
    return make.rivalry(`r-${++rivalryCount}`, ends, interval, random, cite());
  });

  // Half the betrayals end an alliance (in its last month); the rest fall inside both lives.
  let betrayalCount = 0;
  let nextAlliance = 0;
  const betrayals = place(counts.betrayals, 'betrayals', () => {
    const id = `b-${betrayalCount + 1}`;
    if (random.chance(0.5)) {
      while (nextAlliance < alliances.length) {
        const k = nextAlliance++;
        const { end, ends } = allianceMonths[k];
        if (end === undefined || end < range.first || end > range.last) continue;
        const by = random.chance(0.5) ? ends : ([ends[1], ends[0]] as [Span, Span]);
        const record = make.betrayal(id, by, end, random, cite());
        record.ends = alliances[k].id;
        alliances[k].endedBy = id;
        betrayalCount++;
        return record;
      }
    }
    const ends = pair();
    if (!ends) return undefined;
    const earliest = Math.max(ends[0].start, ends[1].start, range.first);
    const latest = Math.min(ends[0].end, ends[1].end, range.last);
    if (earliest > latest) return undefined;
    betrayalCount++;
    return make.betrayal(id, ends, random.int(earliest, latest), random, cite());
  });

  const events: DatasetEvent[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let k = 0; k < 3; k++) {
      const n = events.length + 1;
      const involved = Array.from(
        { length: random.int(1, 3) },
        () => people[random.int(0, peopleCount - 1)].record.id,
      );
      events.push({
        id: `e-${n}`,
        date: anyPrecision(januaryOf(year) + random.int(0, 11), random),
        kind: random.pick(eventKinds),
        title: `Event ${n}`,
        summary: `Synthetic event ${n}.`,
        people: [...new Set(involved)],
        sources: cite(),
      });
    }
  }

  const records: DatasetRecords = {
    dataset: {
      id: `synthetic-${seed}`,
      title: `Synthetic network (seed ${seed}, ${peopleCount.toLocaleString('en-US')} people)`,
      description:
        'Generated by npm run synth for benchmarks: made-up people, factions and relationships.',
      range: { from: String(fromYear), to: String(toYear) },
      defaultTime: String(fromYear),
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
    events,
  };
  if (options.layout !== false) {
    const ids = (list: { record: { id: string } }[]) => list.map((x) => x.record.id);
    records.layout = gridLayout(ids(people), ids(factions), home, random);
  }
  return records;
}
