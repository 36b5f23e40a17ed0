/**
 * A cheap deterministic layout for synthetic datasets (fCoSE would take minutes at these
 * sizes): factions on a grid, each person in a disc around their home faction.
 */
import type { Layout, Position } from '../../src/lib/model/dataset/schema';
import type { Random } from './random';

/**
 * Positions for `factionIds` and for each person (by index) around `home[person]`, the index
 * of their home faction. Rounded to whole pixels, as `npm run layout` writes them.
 */
export function gridLayout(
  personIds: readonly string[],
  factionIds: readonly string[],
  home: Int32Array,
  random: Random,
): Layout {
  const columns = Math.max(1, Math.ceil(Math.sqrt(factionIds.length * 1.6)));
  const spacing = 90 + 30 * Math.sqrt(personIds.length / Math.max(1, factionIds.length));
  const centres: Position[] = factionIds.map((_, i) => ({
    x: (i % columns) * spacing,
    y: Math.floor(i / columns) * spacing,
  }));
  const positions: Record<string, Position> = {};
  factionIds.forEach((id, i) => (positions[id] = centres[i]));
  personIds.forEach((id, i) => {
    const centre = centres[home[i]];
    const angle = random.next() * 2 * Math.PI;
    const radius = spacing * (0.15 + 0.3 * Math.sqrt(random.next()));
    positions[id] = {
      x: Math.round(centre.x + radius * Math.cos(angle)),
      y: Math.round(centre.y + radius * Math.sin(angle)),
    };
  });
  return { positions };
}
