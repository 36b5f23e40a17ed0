/**
 * GEXF 1.1–1.3 read into a Network, as Gephi writes it: static or dynamic graphs, `start`/`end`
 * attributes or `<spells>`, `timeformat` date, dateTime, double or integer, attributes declared
 * in `<attributes>` and given in `<attvalues>`, `viz:position` and `viz:color`.
 */
import { childNamed, childrenNamed, type XmlAttribute, type XmlElement } from './xml-tree';
import { edgeEnds, netProblem, rgbHex, timeValue, type NetSpell, type Network } from './network';

/** Reads a parsed GEXF document; problems of shape are in `network.problems`. */
export function readGexf(root: XmlElement, file: string): Network {
  const version = root.attributes.get('version')?.value ?? '1.3';
  const network: Network = { file, format: `GEXF ${version}`, nodes: [], edges: [], problems: [] };
  const graph = childNamed(root, 'graph');
  if (!graph) {
    network.problems.push(netProblem(file, root.at, 'has no <graph> element (expected GEXF)'));
    return network;
  }
  const description = childNamed(childNamed(root, 'meta') ?? root, 'description')?.text.trim();
  if (description) network.description = description;
  const timeformat =
    graph.attributes.get('timeformat')?.value ??
    graph.attributes.get('timetype')?.value ??
    'double';
  const defaultDirected = graph.attributes.get('defaultedgetype')?.value === 'directed';
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of childrenNamed(graph, 'attributes')) {
    const kind = block.attributes.get('class')?.value === 'edge' ? 'edge' : 'node';
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.get('id')?.value;
      const title = attribute.attributes.get('title')?.value ?? id;
      if (id !== undefined && title !== undefined) titles[kind].set(id, title);
    }
  }
  const time = (value: XmlAttribute | undefined) =>
    value ? { ...value, value: timeValue(value.value, timeformat) } : undefined;
  const spellsOf = (element: XmlElement): NetSpell[] => {
    const own = spell(element, time);
    const list = childrenNamed(childNamed(element, 'spells') ?? element, 'spell').map((s) =>
      spell(s, time),
    );
    return [...(own.start || own.end ? [own] : []), ...list.filter((s) => s.start || s.end)];
  };
  const bounds = spell(graph, time);
  if (bounds.start || bounds.end) network.bounds = bounds;
  for (const node of childrenNamed(childNamed(graph, 'nodes') ?? graph, 'node')) {
    const id = node.attributes.get('id');
    if (!id) {
      network.problems.push(netProblem(file, node.at, 'is a <node> without an id'));
      continue;
    }
    const viz = (name: string) => node.children.find((c) => c.name === name && c.prefix !== '');
    const position = viz('position');
    const x = Number(position?.attributes.get('x')?.value);
    const y = Number(position?.attributes.get('y')?.value);
    const color = viz('color');
    const hex =
      color?.attributes.get('hex')?.value ??
      rgbHex(...(['r', 'g', 'b'] as const).map((c) => color?.attributes.get(c)?.value));
    network.nodes.push({
      id,
      label: node.attributes.get('label'),
      attributes: attvalues(node, titles.node),
      spells: spellsOf(node),
      ...(position && Number.isFinite(x) && Number.isFinite(y) ? { position: { x, y: -y } } : {}),
      ...(hex ? { color: hex } : {}),
      at: node.at,
    });
  }
  for (const edge of childrenNamed(childNamed(graph, 'edges') ?? graph, 'edge')) {
    const ends = edgeEnds(file, edge, network.problems);
    if (!ends) continue;
    const attributes = attvalues(edge, titles.edge);
    // GEXF's own edge `kind` and `label` stand in for attributes of those names
    for (const name of ['kind', 'label']) {
      const own = edge.attributes.get(name);
      if (own && !attributes.has(name)) attributes.set(name, own);
    }
    const type = edge.attributes.get('type')?.value;
    if (!attributes.has('direction')) {
      const direction = type ?? (defaultDirected ? 'directed' : 'undirected');
      attributes.set('direction', { value: direction, at: edge.at });
    }
    network.edges.push({
      id: edge.attributes.get('id'),
      ...ends,
      attributes,
      spells: spellsOf(edge),
      at: edge.at,
    });
  }
  return network;
}

function spell(
  element: XmlElement,
  time: (value: XmlAttribute | undefined) => XmlAttribute | undefined,
): NetSpell {
  const get = (name: string) => element.attributes.get(name);
  return { start: time(get('start') ?? get('startopen')), end: time(get('end') ?? get('endopen')) };
}

/** An element's `<attvalues>` by attribute title (the first value of a dynamic attribute). */
function attvalues(element: XmlElement, titles: Map<string, string>): Map<string, XmlAttribute> {
  const values = new Map<string, XmlAttribute>();
  for (const value of childrenNamed(childNamed(element, 'attvalues') ?? element, 'attvalue')) {
    const key = value.attributes.get('for')?.value ?? value.attributes.get('id')?.value;
    const given = value.attributes.get('value');
    if (key === undefined || !given) continue;
    const title = titles.get(key) ?? key;
    if (!values.has(title)) values.set(title, given);
  }
  return values;
}
