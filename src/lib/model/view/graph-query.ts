/**
 * Questions about the graph of one period: who is within k steps of a person ("Show
 * connections only"), and the shortest chain of active relationships between two records
 * ("Path to…"). Pure: the graph draws the answers, Details lists them.
 */
import type { DatasetRecords } from '../dataset/schema';
import { membershipKey, type ElementKind, type TimelineState } from '../timeline/timeline';

/** One active relationship of the period, as an edge between two people or factions. */
export interface Link {
  kind: Exclude<ElementKind, 'person' | 'faction'>;
  /** The timeline key (membership key, or the record id). */
  key: string;
  a: string;
  b: string;
}

/** Which kinds a path may run along: alliances and memberships, and optionally enmities. */
export interface PathOptions {
  enmities?: boolean;
}

/** Every relationship active in a state (betrayals: those of the period, not past ones). */
export function activeLinks(data: DatasetRecords, state: TimelineState): Link[] {
  const links: Link[] = [];
  for (const m of data.memberships) {
    const key = membershipKey(m);
    if (state.memberships.has(key))
      links.push({ kind: 'membership', key, a: m.person, b: m.faction });
  }
  for (const r of data.alliances)
    if (state.alliances.has(r.id)) links.push({ kind: 'alliance', key: r.id, a: r.a, b: r.b });
  for (const r of data.rivalries)
    if (state.rivalries.has(r.id)) links.push({ kind: 'rivalry', key: r.id, a: r.a, b: r.b });
  for (const r of data.betrayals)
    if (state.betrayals.has(r.id))
      links.push({ kind: 'betrayal', key: r.id, a: r.by, b: r.against });
  return links;
}

function adjacency(links: Link[]): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  const add = (id: string, link: Link) => {
    const list = out.get(id);
    if (list) list.push(link);
    else out.set(id, [link]);
  };
  for (const link of links) {
    add(link.a, link);
    add(link.b, link);
  }
  return out;
}

const other = (link: Link, id: string) => (link.a === id ? link.b : link.a);

/**
 * A record and everything within `depth` steps of it over every active relationship: the ids
 * of the people and factions, and the links among them.
 */
export function egoNetwork(
  links: Link[],
  center: string,
  depth: number,
): { nodes: Set<string>; links: Link[] } {
  const adj = adjacency(links);
  const nodes = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const link of adj.get(id) ?? []) {
        const to = other(link, id);
        if (!nodes.has(to)) {
          nodes.add(to);
          next.push(to);
        }
      }
    frontier = next;
  }
  return { nodes, links: links.filter((l) => nodes.has(l.a) && nodes.has(l.b)) };
}

/**
 * The shortest chain of active relationships from `from` to `to` (breadth first, so the
 * fewest links), as links in order; undefined when there is none. Alliances and memberships
 * only, unless `enmities` allows rivalries and betrayals too. Ties go to the data's order.
 */
export function shortestPath(
  links: Link[],
  from: string,
  to: string,
  options: PathOptions = {},
): Link[] | undefined {
  if (from === to) return [];
  const usable = options.enmities
    ? links
    : links.filter((l) => l.kind === 'alliance' || l.kind === 'membership');
  const adj = adjacency(usable);
  const came = new Map<string, Link>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier)
      for (const link of adj.get(id) ?? []) {
        const step = other(link, id);
        if (seen.has(step)) continue;
        seen.add(step);
        came.set(step, link);
        if (step === to) return unwind(came, from, to);
        next.push(step);
      }
    frontier = next;
  }
  return undefined;
}

function unwind(came: Map<string, Link>, from: string, to: string): Link[] {
  const path: Link[] = [];
  let at = to;
  while (at !== from) {
    const link = came.get(at) as Link;
    path.unshift(link);
    at = other(link, at);
  }
  return path;
}
