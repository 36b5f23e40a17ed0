import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness, degrees, simpleGraph } from './brandes';

const of = (n: number, edges: [number, number][]) => simpleGraph(n, edges);

describe('degrees', () => {
  it('counts distinct neighbours: parallel edges once, loops never', () => {
    const g = of(3, [
      [0, 1],
      [1, 0],
      [0, 1],
      [2, 2],
    ]);
    expect([...degrees(g)]).toEqual([1, 1, 0]);
  });
});

/** Edges written "0-1 1-2". */
const pairs = (edges: string) =>
  edges.split(' ').map((e) => e.split('-').map(Number) as [number, number]);
/** Betweenness of `n` nodes joined by `edges`. */
const between = (n: number, edges: string) => [...betweenness(of(n, pairs(edges)))];

describe('betweenness (hand-computed)', () => {
  it('a path 0-1-2-3: the inner nodes lie on two pairs each', () => {
    expect(between(4, '0-1 1-2 2-3')).toEqual([0, 2, 2, 0]);
  });
  it('a star: the centre lies on every pair of leaves (4 choose 2)', () => {
    expect(between(5, '0-1 0-2 0-3 0-4')).toEqual([6, 0, 0, 0, 0]);
  });
  it('a square: each opposite pair has two paths, so each node gets a half', () => {
    expect(between(4, '0-1 1-2 2-3 3-0')).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
  it('two components and an isolated node: no path, no share', () => {
    expect(between(6, '0-1 1-2 3-4')).toEqual([0, 1, 0, 0, 0, 0]);
  });
});

/** Every simple path between every pair, by depth-first search: the shortest ones, counted. */
function bruteForce(n: number, edges: [number, number][]): number[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges)
    if (a !== b) {
      adj[a].add(b);
      adj[b].add(a);
    }
  const score = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const paths: number[][] = [];
      const walk = (path: number[]) => {
        const last = path[path.length - 1];
        if (last === t) return void paths.push(path);
        for (const next of adj[last]) if (!path.includes(next)) walk([...path, next]);
      };
      walk([s]);
      if (paths.length === 0) continue;
      const shortest = Math.min(...paths.map((p) => p.length));
      const best = paths.filter((p) => p.length === shortest);
      for (const p of best) for (const v of p.slice(1, -1)) score[v] += 1 / best.length;
    }
  return score;
}

describe('betweenness (oracle)', () => {
  it('matches every shortest path enumerated on random small graphs', () => {
    const graph = fc
      .integer({ min: 1, max: 7 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 14 }),
        ),
      );
    fc.assert(
      fc.property(graph, ([n, edges]) => {
        const got = [...betweenness(of(n, edges))];
        const want = bruteForce(n, edges);
        got.forEach((value, i) => expect(value).toBeCloseTo(want[i], 9));
      }),
      { numRuns: 300 },
    );
  });
});
