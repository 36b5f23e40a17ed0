/**
 * Anchored stress majorization (Gansner, Koren and North's SMACOF update with Brandes and
 * Mader's anchoring term): positions whose distances match target distances, each node pulled
 * towards an anchor (where it stood the year before) so that the picture changes only where
 * the targets changed.
 */

export interface Point {
  x: number;
  y: number;
}

/** One pair's wish: sit `distance` apart, with `weight` (usually distance⁻²). */
export interface Target {
  i: number;
  j: number;
  distance: number;
  weight: number;
}

export interface StressInput {
  /** Starting positions, one per node; mutated into the result. */
  points: Point[];
  targets: Target[];
  /** Where each node is pulled to, with how much strength (0 or undefined: free). */
  anchors?: (Point | undefined)[];
  anchorWeights?: number[];
  /** Pairs that only push: when closer than `distance`, they act as a target, else not at all. */
  separations?: Target[];
  iterations?: number;
}

/** Runs the majorization; returns the final stress (for tests and tuning). */
export function stressMajorize(input: StressInput): number {
  const { points, targets } = input;
  const n = points.length;
  const pairs: Target[][] = Array.from({ length: n }, () => []);
  for (const t of targets) {
    pairs[t.i].push(t);
    pairs[t.j].push({ i: t.j, j: t.i, distance: t.distance, weight: t.weight });
  }
  const pushes: Target[][] = Array.from({ length: n }, () => []);
  for (const s of input.separations ?? []) {
    pushes[s.i].push(s);
    pushes[s.j].push({ i: s.j, j: s.i, distance: s.distance, weight: s.weight });
  }
  const iterations = input.iterations ?? 300;
  for (let round = 0; round < iterations; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const p = points[i];
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const pull = (t: Target) => {
        const q = points[t.j];
        const dx = p.x - q.x;
        const dy = p.y - q.y;
        const d = Math.hypot(dx, dy) || 1e-6;
        sx += t.weight * (q.x + (t.distance * dx) / d);
        sy += t.weight * (q.y + (t.distance * dy) / d);
        sw += t.weight;
      };
      for (const t of pairs[i]) pull(t);
      for (const s of pushes[i]) {
        const q = points[s.j];
        if (Math.hypot(p.x - q.x, p.y - q.y) < s.distance) pull(s);
      }
      const anchor = input.anchors?.[i];
      const a = input.anchorWeights?.[i] ?? 0;
      if (anchor && a > 0) {
        sx += a * anchor.x;
        sy += a * anchor.y;
        sw += a;
      }
      if (sw === 0) continue;
      const nx = sx / sw;
      const ny = sy / sw;
      moved = Math.max(moved, Math.abs(nx - p.x) + Math.abs(ny - p.y));
      p.x = nx;
      p.y = ny;
    }
    if (moved < 0.01) break;
  }
  return stress(points, targets);
}

/** Σ weight·(|pᵢ − pⱼ| − distance)²: how far a drawing is from its targets. */
export function stress(points: Point[], targets: Target[]): number {
  let total = 0;
  for (const t of targets) {
    const d = Math.hypot(points[t.i].x - points[t.j].x, points[t.i].y - points[t.j].y);
    total += t.weight * (d - t.distance) ** 2;
  }
  return total;
}

/**
 * Shortest path lengths from one node over weighted undirected edges (Dijkstra with a simple
 * binary heap); unreachable nodes get Infinity.
 */
export function shortestPaths(
  n: number,
  adjacency: { j: number; length: number }[][],
  from: number,
): Float64Array {
  const dist = new Float64Array(n).fill(Infinity);
  dist[from] = 0;
  const heap: [number, number][] = [[0, from]];
  while (heap.length) {
    const [d, i] = popMin(heap);
    if (d > dist[i]) continue;
    for (const { j, length } of adjacency[i]) {
      const next = d + length;
      if (next < dist[j]) {
        dist[j] = next;
        pushHeap(heap, [next, j]);
      }
    }
  }
  return dist;
}

function pushHeap(heap: [number, number][], item: [number, number]): void {
  heap.push(item);
  let k = heap.length - 1;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if (heap[parent][0] <= heap[k][0]) break;
    [heap[parent], heap[k]] = [heap[k], heap[parent]];
    k = parent;
  }
}

function popMin(heap: [number, number][]): [number, number] {
  const top = heap[0];
  const last = heap.pop() as [number, number];
  if (heap.length) {
    heap[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
      if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
      if (m === k) break;
      [heap[m], heap[k]] = [heap[k], heap[m]];
      k = m;
    }
  }
  return top;
}
