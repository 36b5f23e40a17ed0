/**
 * Keyboard travel in the graph: from the node the keyboard is on, an arrow key goes to the
 * node that lies most nearly in that direction, a neighbour first. Pure geometry over the
 * positions the graph draws; the graph adapter supplies the candidates.
 */

/** An arrow key's direction, on screen (y grows downwards). */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** A node that can be travelled to, where it is drawn. */
export interface NavNode {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Directions of the arrow keys, by `KeyboardEvent.key`. */
export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Half the cone an arrow reaches into: 67.5°, so that the four cones overlap a little. */
const MAX_ANGLE = (3 * Math.PI) / 8;

/**
 * The candidate that lies most nearly in `direction` from `from`: within 67.5° of it, the one
 * with the lowest distance weighted by its angle off the direction (straight ahead counts
 * as it is; at the cone's edge three times as far). Undefined when none lies that way.
 */
export function nearestInDirection(
  from: NavNode,
  candidates: readonly NavNode[],
  direction: Direction,
): string | undefined {
  const unit = UNIT[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const node of candidates) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * unit.x + dy * unit.y) / distance)));
    if (angle > MAX_ANGLE) continue;
    const score = distance * (1 + (2 * angle) / MAX_ANGLE);
    if (score < bestScore || (score === bestScore && best !== undefined && node.id < best)) {
      best = node.id;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where an arrow key goes: the neighbour that lies that way, else any node that does, else
 * nowhere (the keyboard stays where it is).
 */
export function travel(
  from: NavNode,
  neighbours: readonly NavNode[],
  everyone: readonly NavNode[],
  direction: Direction,
): string | undefined {
  return (
    nearestInDirection(from, neighbours, direction) ?? nearestInDirection(from, everyone, direction)
  );
}
