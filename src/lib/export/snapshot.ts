/**
 * The JSON snapshot of one window, a year or a month (DESIGN.md §6): the records active in it
 * that the filters show, in the bundle format, with node positions. It loads back through "Open
 * dataset" and passes validation: every source cited is kept, and so is every record a kept
 * record refers to, even one not active that year (it stays hidden, as on screen).
 */
import type { DatasetRecords, Layout, Position, SourceRef } from '$lib/model/dataset/schema';
import type { GraphFilters } from '$lib/model/view/filters';
import { shownAt } from '$lib/model/view/visibility';
import type { DaySpan } from '$lib/model/time/dates';
import {
  membershipKey,
  windowLabel,
  windowTime,
  type Timeline,
} from '$lib/model/timeline/timeline';

/** A snapshot: a whole dataset, as `bundleSchema` reads it, with a position for every node. */
export type SnapshotBundle = DatasetRecords & { layout: Layout };

/** `soviet-succession-1929.png`: the dataset id and the year, safe as a file name. */
export function exportFileName(datasetId: string, year: number | string, ext: string): string {
  const base = datasetId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'factions';
  return `${base}-${year}.${ext.replace(/^\./, '')}`;
}

/**
 * The records of `window` (a year or a month) that the graph shows with these filters and
 * emphasis `levels` (model/visibility: people present, without the dead of earlier periods
 * when the dead are hidden, nor people with no tie when inactive people are; active factions;
 * relationships of the kinds shown between shown ends; betrayals of the period and earlier
 * ones when past betrayals are shown), and the period's events. Then everything those records refer to, and the sources all of them cite.
 * With every filter on, the snapshot's state in `window` is the dataset's state in it. Every
 * node kept gets its position from `positions`, which must hold one for every node.
 */
export function snapshotBundle(
  data: DatasetRecords,
  timeline: Timeline,
  window: DaySpan,
  filters: GraphFilters,
  positions: Record<string, Position>,
  levels?: ReadonlyMap<string, number>,
): SnapshotBundle {
  const state = timeline.stateAt(window);
  // What the graph shows, as it decides it (model/visibility)
  const shown = shownAt(data, state, filters, levels);
  const keep = {
    nodes: new Set<string>([...shown.factions, ...shown.people.keys()]),
    memberships: shown.memberships,
    relations: new Set<string>([...shown.alliances, ...shown.rivalries, ...shown.betrayals.keys()]),
  };
  for (const id of state.events) keep.relations.add(id);
  closeReferences(data, keep);

  const isKept = (id: string) => keep.nodes.has(id);
  const people = data.people.filter((p) => isKept(p.id));
  const factions = data.factions.filter((f) => isKept(f.id));
  const records = {
    memberships: data.memberships.filter((m) => keep.memberships.has(membershipKey(m))),
    alliances: data.alliances.filter((r) => keep.relations.has(r.id)),
    rivalries: data.rivalries.filter((r) => keep.relations.has(r.id)),
    betrayals: data.betrayals.filter((r) => keep.relations.has(r.id)),
    events: data.events.filter((r) => keep.relations.has(r.id)),
  };
  const cited = citedSources([...people, ...factions, ...Object.values(records).flat()]);
  const layout: Layout = { positions: {} };
  for (const { id } of [...people, ...factions]) {
    const at = positions[id];
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
      layout.positions[id] = { x: round(at.x), y: round(at.y) };
    }
  }
  const info = data.dataset;
  const label = windowLabel(window);
  const span = windowTime(window).length === 4 ? 'year' : 'time';
  return {
    dataset: {
      ...info,
      title: `${info.title} (${label})`,
      description: `Snapshot of ${label}: the records active that ${span}. ${info.description}`,
      defaultTime: windowTime(window),
    },
    sources: data.sources.filter((s) => cited.has(s.id)),
    people,
    factions,
    ...records,
    layout,
  };
}

/** Adds what kept records refer to (ends, `endedBy`, `ends`, event people) until nothing is missing. */
function closeReferences(
  data: DatasetRecords,
  keep: { nodes: Set<string>; memberships: Set<string>; relations: Set<string> },
): void {
  for (const m of data.memberships) {
    if (keep.memberships.has(membershipKey(m))) keep.nodes.add(m.person).add(m.faction);
  }
  const alliances = new Map(data.alliances.map((r) => [r.id, r]));
  const betrayals = new Map(data.betrayals.map((r) => [r.id, r]));
  const pending = [...keep.relations];
  while (pending.length) {
    const id = pending.pop() as string;
    const refs: string[] = [];
    const alliance = alliances.get(id);
    const betrayal = betrayals.get(id);
    if (alliance) {
      keep.nodes.add(alliance.a).add(alliance.b);
      if (alliance.endedBy) refs.push(alliance.endedBy);
    } else if (betrayal) {
      keep.nodes.add(betrayal.by).add(betrayal.against);
      if (betrayal.ends) refs.push(betrayal.ends);
    }
    for (const ref of refs) {
      if (!keep.relations.has(ref)) {
        keep.relations.add(ref);
        pending.push(ref);
      }
    }
  }
  for (const r of data.rivalries) if (keep.relations.has(r.id)) keep.nodes.add(r.a).add(r.b);
  for (const e of data.events)
    if (keep.relations.has(e.id)) for (const p of e.people) keep.nodes.add(p);
}

function citedSources(
  records: readonly { sources: SourceRef[]; roles?: { sources: SourceRef[] }[] }[],
): Set<string> {
  const cited = new Set<string>();
  for (const record of records) {
    for (const ref of record.sources) cited.add(ref.source);
    for (const role of record.roles ?? []) for (const ref of role.sources) cited.add(ref.source);
  }
  return cited;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
