/**
 * How a graph file's nodes and edges become records: which node attribute says person or
 * faction (and which kind), which edge attribute says membership, alliance, rivalry or
 * betrayal, and what each of its values means. Guessed from the values (the CSV import's
 * words), shown in the import dialog, and changed there.
 */
import { edgeType, nodeType } from '../csv/csv-columns';
import type { NetEdge, NetNode, Network } from './network';

export const nodeChoices = [
  'person',
  'leadership',
  'opposition',
  'institution',
  'bloc',
  'skip',
] as const;
export const edgeChoices = ['member', 'leader', 'alliance', 'rivalry', 'betrayal', 'skip'] as const;
export type NodeChoice = (typeof nodeChoices)[number];
export type EdgeChoice = (typeof edgeChoices)[number];

/** The choices of an import: an attribute ('' for none) and a meaning for each of its values. */
export interface ImportMapping {
  nodeAttribute: string;
  nodeValues: Record<string, NodeChoice>;
  edgeAttribute: string;
  edgeValues: Record<string, EdgeChoice>;
}

/** An attribute a mapping may use, with its distinct values (most frequent first, capped). */
export interface AttributeValues {
  name: string;
  values: string[];
}

/** What the import dialog offers: the attributes of nodes and of edges. */
export interface NetworkSummary {
  format: string;
  nodes: number;
  edges: number;
  nodeAttributes: AttributeValues[];
  edgeAttributes: AttributeValues[];
}

const MAX_VALUES = 40;
// Attributes that never say what kind a node or edge is
const NOT_KINDS =
  /^(id|label|name|x|y|z|size|r|g|b|weight|start|end|from|to|born|died|date|description|summary|note|possiblestart|possibleend|fateyear|disputed|fabricated)$/i;

/** The attributes of a network that could say what its nodes and edges are. */
export function summarize(network: Network): NetworkSummary {
  return {
    format: network.format,
    nodes: network.nodes.length,
    edges: network.edges.length,
    nodeAttributes: attributeValues(network.nodes),
    edgeAttributes: attributeValues(network.edges),
  };
}

function attributeValues(items: (NetNode | NetEdge)[]): AttributeValues[] {
  const counts = new Map<string, Map<string, number>>();
  for (const item of items) {
    for (const [name, { value }] of item.attributes) {
      if (NOT_KINDS.test(name)) continue;
      const values = counts.get(name) ?? new Map<string, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      counts.set(name, values);
    }
  }
  return [...counts]
    .filter(([, values]) => values.size <= MAX_VALUES)
    .map(([name, values]) => ({
      name,
      values: [...values].sort((a, b) => b[1] - a[1]).map(([value]) => value),
    }));
}

/** The meaning the CSV import's words give a node value; unknown values are people. */
export function guessNode(value: string): NodeChoice {
  const type = nodeType(value);
  return !type || type.type === 'person' ? 'person' : type.kind;
}

/** The meaning the CSV import's words give an edge value, or undefined. */
export function knownEdge(value: string): EdgeChoice | undefined {
  const type = edgeType(value);
  if (!type) return undefined;
  return type.type === 'membership' ? (type.role === 'leader' ? 'leader' : 'member') : type.type;
}

/** What an edge value becomes unless the mapping says otherwise: unknown kinds are alliances. */
function guessEdge(value: string): EdgeChoice {
  return knownEdge(value) ?? 'alliance';
}

/**
 * The mapping the dialog shows first: the attribute whose values are most often words for
 * kinds (`type` and `kind` win ties), each value as those words say; edges of unknown kind are
 * alliances. A remembered mapping wins where it still fits the file.
 */
export function guessMapping(summary: NetworkSummary, remembered?: ImportMapping): ImportMapping {
  const score = (attribute: AttributeValues, known: (v: string) => boolean) =>
    attribute.values.filter(known).length / Math.max(1, attribute.values.length) +
    (/^(type|kind|category|class)$/i.test(attribute.name) ? 0.01 : 0);
  const best = (list: AttributeValues[], known: (v: string) => boolean) =>
    list
      .map((a) => ({ a, s: score(a, known) }))
      .filter(({ s }) => s > 0.01)
      .sort((x, y) => y.s - x.s)[0]?.a;
  const nodeAttr =
    pick(summary.nodeAttributes, remembered?.nodeAttribute) ??
    best(summary.nodeAttributes, (v) => nodeType(v) !== undefined && v.trim() !== '');
  const edgeAttr =
    pick(summary.edgeAttributes, remembered?.edgeAttribute) ??
    best(summary.edgeAttributes, (v) => knownEdge(v) !== undefined);
  return {
    nodeAttribute: nodeAttr?.name ?? '',
    nodeValues: Object.fromEntries(
      (nodeAttr?.values ?? ['']).map((v) => [v, remembered?.nodeValues[v] ?? guessNode(v)]),
    ),
    edgeAttribute: edgeAttr?.name ?? '',
    edgeValues: Object.fromEntries(
      (edgeAttr?.values ?? ['']).map((v) => [v, remembered?.edgeValues[v] ?? guessEdge(v)]),
    ),
  };
}

/** Values of a remembered choice that a new file still has. */
function pick(list: AttributeValues[], name: string | undefined): AttributeValues | undefined {
  return name === undefined ? undefined : list.find((a) => a.name === name);
}

/** What a node becomes under a mapping. */
export function nodeChoice(node: NetNode, mapping: ImportMapping): NodeChoice {
  return chosen(node, mapping.nodeAttribute, mapping.nodeValues, guessNode);
}

/** What an edge becomes under a mapping. */
export function edgeChoice(edge: NetEdge, mapping: ImportMapping): EdgeChoice {
  return chosen(edge, mapping.edgeAttribute, mapping.edgeValues, guessEdge);
}

/** What the value of `attribute` maps to; a value the mapping does not list is guessed. */
function chosen<T>(
  element: NetNode | NetEdge,
  attribute: string,
  values: Record<string, T>,
  guess: (value: string) => T,
): T {
  const value = attribute ? (element.attributes.get(attribute)?.value ?? '') : '';
  return Object.prototype.hasOwnProperty.call(values, value) ? values[value] : guess(value);
}
