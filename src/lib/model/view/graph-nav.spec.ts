import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestInDirection, travel, type Direction, type NavNode } from './graph-nav';

const at = (id: string, x: number, y: number): NavNode => ({ id, x, y });
const centre = at('c', 0, 0);
const compass = [at('e', 10, 0), at('w', -10, 0), at('n', 0, -10), at('s', 0, 10)];

describe('nearestInDirection', () => {
  it('goes to the node that lies each way (y grows downwards)', () => {
    expect(nearestInDirection(centre, compass, 'right')).toBe('e');
    expect(nearestInDirection(centre, compass, 'left')).toBe('w');
    expect(nearestInDirection(centre, compass, 'up')).toBe('n');
    expect(nearestInDirection(centre, compass, 'down')).toBe('s');
  });

  it('prefers a node straight ahead to a nearer one far off the direction', () => {
    const nodes = [at('ahead', 20, 0), at('aside', 8, 7)];
    expect(nearestInDirection(centre, nodes, 'right')).toBe('ahead');
  });

  it('prefers the nearer of two nodes in the same direction', () => {
    expect(nearestInDirection(centre, [at('far', 30, 1), at('near', 10, 1)], 'right')).toBe('near');
  });

  it('finds nothing behind or beside, nor itself, nor a node on the same spot', () => {
    const nodes = [at('behind', -10, 0), at('beside', 0, 10), at('c', 5, 0), at('same', 0, 0)];
    expect(nearestInDirection(centre, nodes, 'right')).toBeUndefined();
  });

  it('reaches into a cone of 67.5° each side, no further', () => {
    const inside = at('in', 10, 10 * Math.tan((67 * Math.PI) / 180));
    const outside = at('out', 10, 10 * Math.tan((68 * Math.PI) / 180));
    expect(nearestInDirection(centre, [inside], 'right')).toBe('in');
    expect(nearestInDirection(centre, [outside], 'right')).toBeUndefined();
  });

  it('breaks exact ties by id, whatever the order of the candidates', () => {
    const tied = [at('b', 10, 3), at('a', 10, -3)];
    expect(nearestInDirection(centre, tied, 'right')).toBe('a');
    expect(nearestInDirection(centre, [...tied].reverse(), 'right')).toBe('a');
  });

  it('always answers with a candidate lying on the side it was asked for', () => {
    const node = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      x: fc.integer({ min: -100, max: 100 }),
      y: fc.integer({ min: -100, max: 100 }),
    });
    const direction = fc.constantFrom<Direction>('left', 'right', 'up', 'down');
    fc.assert(
      fc.property(fc.array(node, { maxLength: 12 }), direction, (nodes, dir) => {
        const id = nearestInDirection(centre, nodes, dir);
        if (id === undefined) return;
        const hit = nodes.filter((n) => n.id === id);
        const ahead = (n: NavNode) =>
          dir === 'right' ? n.x > 0 : dir === 'left' ? n.x < 0 : dir === 'up' ? n.y < 0 : n.y > 0;
        expect(hit.some(ahead)).toBe(true);
      }),
    );
  });
});

describe('travel', () => {
  it('goes to a neighbour in that direction before a nearer stranger', () => {
    const neighbour = at('ally', 40, 0);
    const stranger = at('stranger', 10, 0);
    expect(travel(centre, [neighbour], [neighbour, stranger], 'right')).toBe('ally');
  });

  it('goes to the nearest node that way when no neighbour lies that way', () => {
    const neighbour = at('ally', -40, 0);
    const stranger = at('stranger', 10, 0);
    expect(travel(centre, [neighbour], [neighbour, stranger], 'right')).toBe('stranger');
  });

  it('stays put when nothing lies that way', () => {
    expect(travel(centre, [], [at('w', -5, 0)], 'right')).toBeUndefined();
  });
});
