/** The relationships of a synthetic dataset: memberships, alliances, rivalries, betrayals. */
import type { Alliance, Betrayal, Membership, Rivalry } from '../../src/lib/model/dataset/schema';
import type { Span } from './entities';
import * as make from './relations';
import { pair, personSpan, place, type World } from './world';

/** Memberships, mostly in the person's home faction; never two with one key. */
export function placeMemberships(world: World, count: number): Membership[] {
  const { random, factions, home, range } = world;
  const keys = new Set<string>();
  return place(count, 'memberships', () => {
    const p = random.int(0, world.people.length - 1);
    const f = random.chance(0.7) ? home[p] : random.skewed(factions.length);
    const [person, faction] = [personSpan(world, p), factions[f].span];
    const interval = make.drawInterval(
      person,
      faction,
      range,
      make.MEAN_MONTHS.membership,
      random,
      world.scattered,
    );
    if (!interval) return undefined;
    const record = make.membership(person, faction, interval, random, world.cite());
    const key = `${record.person}--${record.faction}--${record.from}`;
    if (keys.has(key)) return undefined;
    keys.add(key);
    return record;
  });
}

/** An alliance's ends and months, for the betrayals that end it. */
export interface AllianceSpan {
  end: number | undefined;
  ends: [Span, Span];
}

/** Alliances, one per pair (two of one pair would overlap and draw a warning). */
export function placeAlliances(
  world: World,
  count: number,
): { alliances: Alliance[]; spans: AllianceSpan[] } {
  const pairs = new Set<string>();
  const spans: AllianceSpan[] = [];
  const alliances = place(count, 'alliances', () => {
    const ends = pair(world);
    if (!ends) return undefined;
    const key = [ends[0].id, ends[1].id].sort().join(' ');
    if (pairs.has(key)) return undefined;
    const mean = make.MEAN_MONTHS.alliance;
    const interval = make.drawInterval(
      ends[0],
      ends[1],
      world.range,
      mean,
      world.random,
      world.scattered,
    );
    if (!interval) return undefined;
    pairs.add(key);
    spans.push({ end: interval.end, ends });
    return make.alliance(`a-${spans.length}`, ends, interval, world.random, world.cite());
  });
  return { alliances, spans };
}

export function placeRivalries(world: World, count: number): Rivalry[] {
  let n = 0;
  return place(count, 'rivalries', () => {
    const ends = pair(world);
    const mean = make.MEAN_MONTHS.rivalry;
    const interval =
      ends && make.drawInterval(ends[0], ends[1], world.range, mean, world.random, world.scattered);
    if (!ends || !interval) return undefined;
    return make.rivalry(`r-${++n}`, ends, interval, world.random, world.cite());
  });
}

/** Betrayals: half end an alliance (in its last month), the rest fall inside both lives. */
export function placeBetrayals(
  world: World,
  count: number,
  alliances: Alliance[],
  spans: AllianceSpan[],
): Betrayal[] {
  const { random, range } = world;
  let n = 0;
  let nextAlliance = 0;
  return place(count, 'betrayals', () => {
    const id = `b-${n + 1}`;
    const endsAlliance = random.chance(0.5);
    while (endsAlliance && nextAlliance < alliances.length) {
      const k = nextAlliance++;
      const { end, ends } = spans[k];
      if (end === undefined || end < range.first || end > range.last) continue;
      const by: [Span, Span] = random.chance(0.5) ? ends : [ends[1], ends[0]];
      const record = make.betrayal(id, by, end, random, world.cite());
      record.ends = alliances[k].id;
      alliances[k].endedBy = id;
      n++;
      return record;
    }
    const ends = pair(world);
    if (!ends) return undefined;
    const earliest = Math.max(ends[0].start, ends[1].start, range.first);
    const latest = Math.min(ends[0].end, ends[1].end, range.last);
    if (earliest > latest) return undefined;
    n++;
    return make.betrayal(id, ends, random.int(earliest, latest), random, world.cite());
  });
}
