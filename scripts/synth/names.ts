/** Made-up names built from syllables: pronounceable, deterministic, many distinct. */
import type { Random } from './random';

const FIRST = ['Ivan', 'Pavel', 'Olga', 'Anna', 'Boris', 'Vera', 'Lev', 'Nina', 'Yakov', 'Irina'];
const ONSETS = ['B', 'D', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Kr', 'St', 'Br'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ya'];
const MIDDLES = ['l', 'm', 'n', 'r', 's', 'v', 'k', 'd', 'sh', 'ch'];
const ENDINGS = ['ov', 'ev', 'in', 'sky', 'enko', 'ich', 'ova', 'ina'];

/** A surname such as "Kradenko"; collisions are fine, labels then use the full name. */
export function surname(random: Random): string {
  const syllables = random.int(1, 2);
  let name = random.pick(ONSETS) + random.pick(VOWELS);
  for (let i = 1; i < syllables; i++) name += random.pick(MIDDLES) + random.pick(VOWELS);
  return name + random.pick(MIDDLES) + random.pick(ENDINGS);
}

/** A person's display name: a first name and a surname. */
export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${surname(random)}`;
}

const GROUPS = ['Circle', 'Bloc', 'Group', 'Platform', 'Committee', 'Opposition', 'Union'];
const ADJECTIVES = ['Northern', 'Workers’', 'Left', 'Right', 'United', 'New', 'Old', 'Central'];

/** A faction name such as "Northern Platform 12"; the number keeps names apart. */
export function factionName(random: Random, index: number): string {
  return `${random.pick(ADJECTIVES)} ${random.pick(GROUPS)} ${index + 1}`;
}
