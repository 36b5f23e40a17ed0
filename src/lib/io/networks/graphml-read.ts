/**
 * GraphML read into a Network, as yEd, NetworkX and Gephi write it: `<key>`s declare the
 * attributes (with their defaults), `<data>` gives them; dates are attributes named by
 * convention (`start`/`end`, `from`/`to`, `born`/`died`, `date`); positions come from `x`/`y`
 * data (Gephi, NetworkX) or yEd's `<y:Geometry>`, labels from `label`/`name` or yEd's
 * `<y:NodeLabel>`, colours from `r`/`g`/`b` or yEd's `<y:Fill color>`.
 */
import { childNamed, childrenNamed, type XmlAttribute, type XmlElement } from './xml-tree';
import { edgeEnds, netProblem, rgbHex, timeValue, type NetSpell, type Network } from './network';

const START_NAMES = ['start', 'from', 'begin', 'start date', 'startdate', 'born'];
const END_NAMES = ['end', 'to', 'until', 'end date', 'enddate', 'died'];

interface Key {
  name: string;
  fallback?: string;
  yfiles?: string;
}

/** Reads a parsed GraphML document; problems of shape are in `network.problems`. */
export function readGraphml(root: XmlElement, file: string): Network {
  const network: Network = { file, format: 'GraphML', nodes: [], edges: [], problems: [] };
  const graph = childNamed(root, 'graph');
  if (!graph) {
    network.problems.push(netProblem(file, root.at, 'has no <graph> element (expected GraphML)'));
    return network;
  }
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.get('id')?.value;
    const domain = key.attributes.get('for')?.value ?? 'all';
    if (id === undefined) continue;
    const entry: Key = {
      name: key.attributes.get('attr.name')?.value ?? id,
      fallback: childNamed(key, 'default')?.text.trim(),
      yfiles: key.attributes.get('yfiles.type')?.value,
    };
    if (domain === 'node' || domain === 'all') keys.node.set(id, entry);
    if (domain === 'edge' || domain === 'all') keys.edge.set(id, entry);
  }
  const defaultDirected = graph.attributes.get('edgedefault')?.value === 'directed';
  // Subgraphs (yEd groups) are flattened: their nodes and edges join the top graph
  const all = (element: XmlElement, name: string): XmlElement[] =>
    element.children.flatMap((child) => [
      ...(child.name === name ? [child] : []),
      ...(child.name === 'graph' || child.name === 'node' ? all(child, name) : []),
    ]);
  for (const node of all(graph, 'node')) {
    const id = node.attributes.get('id');
    if (!id) {
      network.problems.push(netProblem(file, node.at, 'is a <node> without an id'));
      continue;
    }
    const { attributes, graphics } = dataOf(node, keys.node);
    const label = take(attributes, ['label', 'name']) ?? yText(graphics, 'NodeLabel');
    const geometry = graphics && find(graphics, 'Geometry');
    const x = Number(attributes.get('x')?.value ?? geometry?.attributes.get('x')?.value);
    const y = Number(attributes.get('y')?.value ?? geometry?.attributes.get('y')?.value);
    const fill = graphics && find(graphics, 'Fill')?.attributes.get('color')?.value;
    const color =
      fill?.slice(0, 7) ??
      rgbHex(...(['r', 'g', 'b'] as const).map((c) => attributes.get(c)?.value));
    network.nodes.push({
      id,
      label,
      attributes,
      spells: spellsOf(attributes),
      ...(Number.isFinite(x) && Number.isFinite(y) ? { position: { x, y } } : {}),
      ...(color ? { color } : {}),
      at: node.at,
    });
  }
  for (const edge of all(graph, 'edge')) {
    const ends = edgeEnds(file, edge, network.problems);
    if (!ends) continue;
    const { attributes, graphics } = dataOf(edge, keys.edge);
    const label = yText(graphics, 'EdgeLabel');
    if (label && !attributes.has('label')) attributes.set('label', label);
    const directed = edge.attributes.get('directed')?.value;
    if (!attributes.has('direction')) {
      const value = (directed ?? String(defaultDirected)) === 'true' ? 'directed' : 'undirected';
      attributes.set('direction', { value, at: edge.at });
    }
    network.edges.push({
      id: edge.attributes.get('id'),
      ...ends,
      attributes,
      spells: spellsOf(attributes),
      at: edge.at,
    });
  }
  return network;
}

/** An element's `<data>` by attribute name (with the keys' defaults), and yEd's graphics. */
function dataOf(element: XmlElement, keys: Map<string, Key>) {
  const attributes = new Map<string, XmlAttribute>();
  let graphics: XmlElement | undefined;
  for (const data of childrenNamed(element, 'data')) {
    const key = keys.get(data.attributes.get('key')?.value ?? '');
    if (key?.yfiles) {
      graphics ??= data;
      continue;
    }
    const name = key?.name ?? data.attributes.get('key')?.value ?? '';
    if (name !== '' && !attributes.has(name)) {
      attributes.set(name, { value: data.text.trim(), at: data.at });
    }
  }
  for (const key of keys.values()) {
    if (key.fallback !== undefined && !attributes.has(key.name)) {
      attributes.set(key.name, { value: key.fallback, at: element.at });
    }
  }
  return { attributes, graphics };
}

/** The node's one spell, from date attributes named by convention. */
function spellsOf(attributes: Map<string, XmlAttribute>): NetSpell[] {
  const date = (names: string[]) => {
    const found = take(attributes, names, false);
    return found && found.value !== ''
      ? { ...found, value: timeValue(found.value, '') }
      : undefined;
  };
  const start = date(START_NAMES);
  const end = date(END_NAMES);
  return start || end ? [{ start, end }] : [];
}

/** The first attribute of the names (case-insensitive). */
function take(
  attributes: Map<string, XmlAttribute>,
  names: string[],
  nonEmpty = true,
): XmlAttribute | undefined {
  for (const [name, value] of attributes) {
    if (names.includes(name.toLowerCase()) && (!nonEmpty || value.value !== '')) return value;
  }
  return undefined;
}

function find(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function yText(graphics: XmlElement | undefined, name: string): XmlAttribute | undefined {
  const label = graphics && find(graphics, name);
  const text = label?.text.trim();
  return label && text ? { value: text, at: label.at } : undefined;
}
