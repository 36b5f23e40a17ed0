/**
 * People and factions of a synthetic dataset, with the months in which relationships may
 * involve them (a life from a year after birth to a month before death; a faction's span).
 */
import type {
  Faction,
  FactionKind,
  FateKind,
  Person,
  SourceRef,
} from '../../src/lib/model/dataset/schema';
import { dayText, januaryOf, monthText } from './months';
import { factionName, personName } from './names';
import type { Random } from './random';

/** Months in which a record may take part in relationships; `end` is Infinity when open. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** The range of a dataset in months, first and last month included. */
export interface MonthRange {
  first: number;
  last: number;
}

const FATES: FateKind[] = [
  'natural',
  'natural',
  'executed',
  'executed',
  'suicide',
  'killed-in-prison',
];
const KINDS: FactionKind[] = ['leadership', 'opposition', 'opposition', 'institution', 'bloc'];

/** One person: most were born before the range, some during it; two in five die in it. */
export function makePerson(
  index: number,
  range: MonthRange,
  random: Random,
  sources: SourceRef[],
): { record: Person; span: Span } {
  const id = `p-${index + 1}`;
  const rangeYears = Math.max(1, Math.round((range.last - range.first) / 12));
  const bornYear = random.chance(0.9)
    ? Math.floor(range.first / 12) - random.int(20, 70)
    : Math.floor(range.first / 12) + random.int(0, rangeYears - 1);
  const born = januaryOf(bornYear) + random.int(0, 11);
  const record: Person = {
    id,
    name: personName(random),
    aliases: [],
    roles: [],
    born: dayText(born, random),
    summary: `Synthetic person ${index + 1}.`,
    sources,
  };
  const earliestDeath = Math.max(born + 24, range.first);
  let end = Infinity;
  if (random.chance(0.4) && earliestDeath < range.last) {
    const death = random.int(earliestDeath, range.last);
    const date = dayText(death, random);
    record.died = date;
    record.fate = { kind: random.pick(FATES), date };
    end = death - 1;
  }
  return { record, span: { id, start: born + 12, end } };
}

/** One faction: half were founded before the range; about a third never end. */
export function makeFaction(
  index: number,
  range: MonthRange,
  random: Random,
  sources: SourceRef[],
): { record: Faction; span: Span } {
  const id = `f-${index + 1}`;
  const start = random.chance(0.5)
    ? range.first - random.int(0, 120)
    : random.int(range.first, Math.max(range.first, range.last - 12));
  const record: Faction = {
    id,
    name: factionName(random, index),
    kind: random.pick(KINDS),
    from: monthText(start),
    summary: `Synthetic faction ${index + 1}.`,
    sources,
  };
  if (random.chance(0.03)) record.fabricated = true;
  let end = Infinity;
  if (!random.chance(0.35)) {
    end = Math.max(start + 12, start + random.duration(120, 0.7));
    // A faction that ended before the range would never show: keep it until the range starts.
    end = Math.max(end, range.first + 12);
    record.to = monthText(end);
  }
  return { record, span: { id, start, end } };
}
