/**
 * The faction flow (an alluvial diagram): for each year a column of groups with their people,
 * and between consecutive years the ribbons of people who stayed in a group or moved to
 * another. Pure; the layout is in `layout.ts`, the drawing in components/flow.
 */
import { emphasisAt } from '../view/emphasis';
import type { GraphFilters } from '../view/filters';
import { canLayoutYears } from '../layout/positions-at';
import type { DatasetRecords, FactionKind } from '../dataset/schema';
import { yearWindow } from '../timeline/timeline';
import type { Timeline } from '../timeline/timeline-types';
import { DEAD, NO_FACTION, OFFICE, primaryGroups } from './groups';

/** What a block stands for: a faction (of a kind), office holders (`institution`), nobody's faction, or the dead. */
export type GroupKind = FactionKind | 'none' | 'dead';

/** One group in one year: its people, in dataset order. */
export interface FlowBlock {
  group: string;
  year: number;
  people: string[];
}

/** People counted in group `from` in `year` and in group `to` the year after. */
export interface FlowLink {
  year: number;
  from: string;
  to: string;
  people: string[];
}

export interface FactionFlow {
  years: number[];
  /** Every group that has people in some year, in drawing order (top to bottom). */
  groups: { id: string; name: string; kind: GroupKind; fabricated: boolean }[];
  /** Per year (aligned with `years`), its non-empty blocks in the order of `groups`. */
  columns: FlowBlock[][];
  /** Links between each year and the next, for people counted in both. */
  links: FlowLink[];
}

/** Top to bottom: the leadership, the oppositions, the charged blocs, office holders, nobody, the dead. */
const KIND_ORDER: Record<GroupKind, number> = {
  leadership: 0,
  opposition: 1,
  bloc: 2,
  institution: 3,
  none: 4,
  dead: 5,
};

/**
 * The flow of people between groups over `years` (each a calendar year), under the filters
 * the graph uses: see `primaryGroups` for who is counted where.
 */
export function factionFlow(
  data: DatasetRecords,
  timeline: Timeline,
  years: number[],
  filters: GraphFilters,
): FactionFlow {
  // Emphasis decides who is "inactive", as on the graph; large datasets have no background
  const emphasis = canLayoutYears(data);
  const perYear = years.map((year) => {
    const state = timeline.stateAt(yearWindow(year));
    const weight = emphasis ? emphasisAt(data, state) : undefined;
    return primaryGroups(data, state, filters, (id) => !weight || (weight.get(id) ?? 0) > 0);
  });
  const used = new Set(perYear.flatMap((g) => [...g.values()]));
  const factionOrder = new Map(data.factions.map((f, i) => [f.id, i]));
  const groups = [
    ...data.factions
      .filter((f) => used.has(f.id))
      .map((f) => ({
        id: f.id,
        name: f.name,
        kind: f.kind as GroupKind,
        fabricated: !!f.fabricated,
      })),
    ...(used.has(OFFICE)
      ? [{ id: OFFICE, name: 'Office holders', kind: 'institution' as const, fabricated: false }]
      : []),
    ...(used.has(NO_FACTION)
      ? [{ id: NO_FACTION, name: 'No faction', kind: 'none' as const, fabricated: false }]
      : []),
    ...(used.has(DEAD)
      ? [{ id: DEAD, name: 'Dead', kind: 'dead' as const, fabricated: false }]
      : []),
  ].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (factionOrder.get(a.id) ?? 0) - (factionOrder.get(b.id) ?? 0),
  );
  const rank = new Map(groups.map((g, i) => [g.id, i]));
  const columns = perYear.map((byPerson, i) => {
    const blocks = new Map<string, FlowBlock>();
    for (const p of data.people) {
      const group = byPerson.get(p.id);
      if (group === undefined) continue;
      let block = blocks.get(group);
      if (!block) blocks.set(group, (block = { group, year: years[i], people: [] }));
      block.people.push(p.id);
    }
    return [...blocks.values()].sort((a, b) => rank.get(a.group)! - rank.get(b.group)!);
  });
  const links: FlowLink[] = [];
  for (let i = 0; i + 1 < years.length; i++) {
    const byPair = new Map<string, FlowLink>();
    for (const p of data.people) {
      const from = perYear[i].get(p.id);
      const to = perYear[i + 1].get(p.id);
      if (from === undefined || to === undefined) continue;
      const key = `${from}\u0000${to}`;
      let link = byPair.get(key);
      if (!link) byPair.set(key, (link = { year: years[i], from, to, people: [] }));
      link.people.push(p.id);
    }
    links.push(
      ...[...byPair.values()].sort(
        (a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!,
      ),
    );
  }
  return { years, groups, columns, links };
}
