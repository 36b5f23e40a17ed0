/**
 * Turns a validated dataset into Cytoscape element definitions, once per dataset.
 * An element is created in Cytoscape the first time it is shown (presence.ts); a year only
 * toggles classes and data.
 */
import type { ElementDefinition } from 'cytoscape';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import { membershipKey, type ElementKind } from '$lib/model/timeline/timeline';
import { graphLabels } from '../model/view/graph-labels';
import { institutionIds } from '$lib/model/dataset/kinds';

export { graphLabels };

/** Prefix of edge element ids by kind, so that edge ids never collide with node ids. */
export const EDGE_PREFIX = {
  membership: 'm:',
  alliance: 'a:',
  rivalry: 'r:',
  betrayal: 'b:',
} as const;
export type EdgeKind = keyof typeof EDGE_PREFIX;

/** The Cytoscape element id of a timeline record key. */
export function elementId(kind: ElementKind, key: string): string {
  return kind === 'person' || kind === 'faction' ? key : EDGE_PREFIX[kind] + key;
}

/** Splits a Cytoscape element id into the timeline kind and key it stands for. */
export function recordOf(
  id: string,
  isFaction: (id: string) => boolean,
): { kind: ElementKind; key: string } {
  for (const [kind, prefix] of Object.entries(EDGE_PREFIX) as [EdgeKind, string][]) {
    if (id.startsWith(prefix)) return { kind, key: id.slice(prefix.length) };
  }
  return { kind: isFaction(id) ? 'faction' : 'person', key: id };
}

/** Builds all nodes and edges; positions come from the precomputed layout. */
export function buildElements(
  data: DatasetRecords,
  positions: Record<string, Position>,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const labels = graphLabels(data);
  for (const p of data.people) {
    const label = labels.get(p.id) ?? p.name;
    elements.push({
      group: 'nodes',
      data: { id: p.id, kind: 'person', label, name: label, level: 1 },
      position: { ...at(p.id) },
      classes: 'person',
    });
  }
  for (const f of data.factions) {
    const classes = ['faction', `faction-${f.kind}`];
    if (f.fabricated) classes.push('fabricated');
    elements.push({
      group: 'nodes',
      data: { id: f.id, kind: 'faction', label: f.name, name: f.name, members: 0 },
      position: { ...at(f.id) },
      classes: classes.join(' '),
    });
  }
  const institutions = institutionIds(data);
  for (const m of data.memberships) {
    const key = membershipKey(m);
    const classes = ['membership', `role-${m.role}`];
    // Offices in permanent institutions are context, drawn quieter than faction ties
    if (institutions.has(m.faction)) classes.push('institutional');
    elements.push({
      group: 'edges',
      data: {
        id: elementId('membership', key),
        source: m.person,
        target: m.faction,
        kind: 'membership',
      },
      classes: classes.join(' '),
    });
  }
  const pairs = [
    ['alliance', data.alliances],
    ['rivalry', data.rivalries],
  ] as const;
  for (const [kind, records] of pairs) {
    for (const r of records) {
      elements.push({
        group: 'edges',
        data: { id: elementId(kind, r.id), source: r.a, target: r.b, kind },
        classes: kind,
      });
    }
  }
  for (const b of data.betrayals) {
    elements.push({
      group: 'edges',
      data: { id: elementId('betrayal', b.id), source: b.by, target: b.against, kind: 'betrayal' },
      classes: 'betrayal',
    });
  }
  return elements;
}
