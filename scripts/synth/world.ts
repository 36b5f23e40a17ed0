/**
 * What the relationship generators share: the random source, the range, the people and
 * factions with their spans, each person's home faction, and the citations.
 */
import type { SourceRef } from '../../src/lib/model/dataset/schema';
import type { makeFaction, makePerson, MonthRange, Span } from './entities';
import type { Random } from './random';

export interface World {
  random: Random;
  range: MonthRange;
  people: ReturnType<typeof makePerson>[];
  factions: ReturnType<typeof makeFaction>[];
  /** Each person's home faction (an index into `factions`). */
  home: Int32Array;
  /** The people of each faction, by home. */
  members: number[][];
  /** A citation, shared between records so that a million records hold six arrays. */
  cite: () => SourceRef[];
  /**
   * Built as prosopographical data often is (see `SynthOptions.network`): partners drawn
   * across the whole network, intervals of 1–12 years, dense and sparse years.
   */
  scattered: boolean;
}

/** A person's span, by index. */
export function personSpan(world: World, i: number): Span {
  return world.people[i].span;
}

/**
 * Someone for person `p` to deal with: mostly a member of the same home faction, sometimes
 * anyone, now and then a faction (the bundled dataset has person–faction alliances too).
 */
export function partner(world: World, p: number): Span {
  const { random, members, home, people, factions } = world;
  const roll = random.next();
  const mates = members[home[p]];
  if (roll < (world.scattered ? 0.05 : 0.7) && mates.length > 1)
    return people[random.pick(mates)].span;
  if (roll < 0.92) return people[random.int(0, people.length - 1)].span;
  return factions[random.skewed(factions.length)].span;
}

/** Two different ends for a relationship, or undefined when the draw picked one twice. */
export function pair(world: World): [Span, Span] | undefined {
  const p = world.random.int(0, world.people.length - 1);
  const other = partner(world, p);
  return other.id === personSpan(world, p).id ? undefined : [personSpan(world, p), other];
}

/** Calls `attempt` until it has made `count` records; throws when that seems impossible. */
export function place<T>(count: number, what: string, attempt: () => T | undefined): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < count; tries++) {
    if (tries > count * 60 + 1000) throw new Error(`could not place ${count} ${what}`);
    const item = attempt();
    if (item !== undefined) out.push(item);
  }
  return out;
}
