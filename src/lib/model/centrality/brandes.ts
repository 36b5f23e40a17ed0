/**
 * Degree and betweenness centrality of a simple undirected graph (U. Brandes, "A faster
 * algorithm for betweenness centrality", 2001): unweighted, one breadth-first search per node.
 */

/** An undirected simple graph in compressed rows: node i's neighbours are targets[offsets[i]..offsets[i+1]). */
export interface SimpleGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * The simple graph of `n` nodes with these edges (pairs of node indices): loops are dropped and
 * parallel edges count once, so degree is the number of distinct neighbours.
 */
export function simpleGraph(n: number, edges: readonly (readonly [number, number])[]): SimpleGraph {
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[a].add(b);
    neighbours[b].add(a);
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + neighbours[i].size;
  const targets = new Int32Array(offsets[n]);
  for (let i = 0; i < n; i++) targets.set([...neighbours[i]], offsets[i]);
  return { n, offsets, targets };
}

/** Each node's degree: its number of distinct neighbours. */
export function degrees(g: SimpleGraph): Float64Array {
  const out = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) out[i] = g.offsets[i + 1] - g.offsets[i];
  return out;
}

/**
 * Each node's betweenness: over unordered pairs {s, t} of other nodes, the share of the shortest
 * s–t paths that pass through it (not normalised; a pair with no path adds nothing).
 */
export function betweenness(g: SimpleGraph): Float64Array {
  const { n, offsets, targets } = g;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  dist.fill(-1);
  for (let s = 0; s < n; s++) {
    if (offsets[s + 1] === offsets[s]) continue; // an isolated node lies on no path
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const w = targets[k];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Back from the farthest: a node's predecessors are its neighbours one step nearer s
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      for (let k = offsets[w]; k < offsets[w + 1]; k++) {
        const v = targets[k];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      score[w] += delta[w];
    }
    // Reset what this search touched (its component), not the whole graph
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  // Each unordered pair was counted from both of its ends
  for (let i = 0; i < n; i++) score[i] /= 2;
  return score;
}
