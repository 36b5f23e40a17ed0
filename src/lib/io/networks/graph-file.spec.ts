/**
 * GEXF and GraphML imports, on files written as Gephi 0.10, Gephi 0.9, NetworkX and yEd write
 * them (src/lib/io/fixtures/), and their problems placed at file:line:column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraphFile, scanGraphFile } from './graph-file';
import { openTexts } from '../open';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'),
});

function loaded(name: string) {
  const result = loadGraphFile(fixture(name), { year: 2026 });
  if (!result.ok) throw new Error(result.errors.map((e) => e.text).join('\n'));
  return result;
}

describe('GEXF import', () => {
  it('reads a dynamic GEXF 1.3 from Gephi 0.10: spells, attributes, positions', () => {
    const { data, warnings } = loaded('gephi-0.10-dynamic.gexf');
    expect(warnings).toEqual([]);
    expect(data.people.map((p) => p.id)).toEqual([
      'stalin',
      'trotsky',
      'zinoviev',
      'kamenev',
      'bukharin',
    ]);
    expect(data.people[0].wikidata).toBe('Q855');
    // A spell says when a node is on the graph: nobody is born or dies of it
    expect(data.people[0].born).toBeUndefined();
    expect(data.people[0].died).toBeUndefined();
    expect(data.factions.map((f) => [f.id, f.kind, f.from, f.to])).toEqual([
      ['troika', 'leadership', '1924-01-01', '1925-12-31'],
      ['united-opposition', 'opposition', '1926-04-01', '1927-12-31'],
    ]);
    // The faction → person edge becomes a membership of the person
    expect(data.memberships.find((m) => m.faction === 'united-opposition')?.person).toBe('trotsky');
    expect(data.alliances.map((a) => [a.id, a.a, a.b, a.from, a.to])).toEqual([
      ['alliance-stalin-bukharin', 'stalin', 'bukharin', '1925-01-01', '1928-06-30'],
    ]);
    // Two spells, two records
    expect(data.rivalries.map((r) => [r.id, r.from, r.to])).toEqual([
      ['rivalry-stalin-trotsky', '1924-01-01', '1927-11-12'],
      ['rivalry-stalin-trotsky-2', '1928-01-17', '1929-02-10'],
    ]);
    expect(data.betrayals.map((b) => [b.by, b.against, b.date])).toEqual([
      ['stalin', 'bukharin', '1928-07-01'],
    ]);
    // Gephi's y axis points up, the screen's down
    expect(data.layout?.positions.trotsky).toEqual({ x: -310.5, y: -120.25 });
    expect(data.dataset.range).toEqual({ from: '1924', to: '1929' });
    expect(data.sources.map((s) => s.id)).toEqual(['gexf-import']);
    expect(data.dataset.description).toMatch(/^Succession struggle/);
  });

  it('reads a GEXF 1.2 with start/end attributes and timeformat double', () => {
    const { data } = loaded('gephi-0.9-static-double.gexf');
    expect(data.factions.map((f) => [f.id, f.kind, f.from, f.to])).toEqual([
      ['right-opposition', 'opposition', '1928', '1929'],
    ]);
    expect(data.memberships.map((m) => [m.person, m.from, m.to])).toEqual([
      ['rykov', '1928', '1929'],
      ['tomsky', '1928', '1929'],
    ]);
    // Half way through 1926
    expect(data.alliances[0].from).toBe('1926-07-02');
  });

  it('guesses the attributes that say what nodes and edges are', () => {
    const scan = scanGraphFile(fixture('gephi-0.10-dynamic.gexf'));
    expect(scan.ok && scan.mapping).toEqual({
      nodeAttribute: 'Category',
      nodeValues: { Person: 'person', Leadership: 'leadership', Opposition: 'opposition' },
      edgeAttribute: 'Relation',
      edgeValues: {
        'Member of': 'member',
        Ally: 'alliance',
        Rival: 'rivalry',
        Betrays: 'betrayal',
      },
    });
    expect(scan.ok && scan.summary.edgeAttributes.map((a) => a.name)).toEqual([
      'Relation',
      'direction',
    ]);
  });

  it('shows a remembered choice first where the file still has its attribute', () => {
    const remembered = {
      nodeAttribute: 'Category',
      nodeValues: { Opposition: 'bloc' as const },
      edgeAttribute: 'Missing',
      edgeValues: {},
    };
    const scan = scanGraphFile(fixture('gephi-0.10-dynamic.gexf'), remembered);
    expect(scan.ok && scan.mapping.nodeValues).toEqual({
      Person: 'person',
      Leadership: 'leadership',
      Opposition: 'bloc',
    });
    // The remembered edge attribute is not in this file: the guess stands
    expect(scan.ok && scan.mapping.edgeAttribute).toBe('Relation');
  });

  it('follows a chosen mapping: values skipped or read otherwise', () => {
    const scan = scanGraphFile(fixture('gephi-0.10-dynamic.gexf'));
    if (!scan.ok) throw new Error('scan failed');
    const mapping = {
      ...scan.mapping,
      edgeValues: { ...scan.mapping.edgeValues, Rival: 'skip' as const, Ally: 'rivalry' as const },
    };
    const result = loadGraphFile(fixture('gephi-0.10-dynamic.gexf'), { mapping });
    expect(result.ok && result.data.rivalries.map((r) => r.id)).toEqual([
      'rivalry-stalin-bukharin',
    ]);
  });

  it('leaves out the edges of nodes left out, and says so once', () => {
    const scan = scanGraphFile(fixture('gephi-0.10-dynamic.gexf'));
    if (!scan.ok) throw new Error('scan failed');
    const mapping = {
      ...scan.mapping,
      nodeValues: { ...scan.mapping.nodeValues, Leadership: 'skip' as const },
    };
    const result = loadGraphFile(fixture('gephi-0.10-dynamic.gexf'), { mapping });
    if (!result.ok) throw new Error(result.errors.map((e) => e.text).join('\n'));
    expect(result.data.factions.map((f) => f.id)).toEqual(['united-opposition']);
    expect(result.warnings.map((w) => w.text)).toEqual([
      'gephi-0.10-dynamic.gexf:89:7 3 edges join nodes the mapping leaves out, and were left out too',
    ]);
  });

  it('places problems at the attribute they come from', () => {
    const { text } = fixture('gephi-0.10-dynamic.gexf');
    const bad = text.replace(
      'start="1925-01-01" end="1928-06-30"',
      'start="1925-01-01" end="1924-06-30"',
    );
    const result = loadGraphFile({ name: 'graph.gexf', text: bad });
    expect(!result.ok && result.errors.map((e) => e.text)).toEqual([
      'graph.gexf:134:37 alliance "alliance-stalin-bukharin" .to: "1924-06-30" is before the start "1925-01-01" (expected an end on or after the start)',
    ]);
  });

  it('says where an edge names a node that is not there', () => {
    const { text } = fixture('gephi-0.10-dynamic.gexf');
    const result = loadGraphFile({
      name: 'g.gexf',
      text: text.replace('source="0" target="4">', 'source="0" target="44">'),
    });
    expect(!result.ok && result.errors.map((e) => e.text)).toEqual([
      'g.gexf:129:31 "44" is not the id of a node (edge 5)',
    ]);
  });
});

describe('GraphML import', () => {
  it('reads NetworkX GraphML with keyed date attributes', () => {
    const { data, warnings } = loaded('networkx.graphml');
    expect(data.people.map((p) => [p.id, p.born, p.died])).toEqual([
      ['kirov', '1886-03-27', '1934-12-01'],
      ['ordzhonikidze', '1886-10-24', '1937-02-18'],
      ['stalin', '1878-12-18', undefined],
    ]);
    expect(data.factions.map((f) => [f.id, f.kind])).toEqual([['politburo', 'institution']]);
    expect(data.memberships.map((m) => [m.person, m.role, m.from, m.to])).toEqual([
      ['kirov', 'member', '1930-07-13', '1934-12-01'],
      ['ordzhonikidze', 'member', '1930-12-21', '1937-02-18'],
      ['stalin', 'leader', '1930', undefined],
    ]);
    expect(data.alliances.map((a) => [a.a, a.b, a.from, a.to])).toEqual([
      ['stalin', 'kirov', '1926', '1934-12-01'],
    ]);
    // Without a fate the loader asks how they died, at the <data> that says when
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.recordId}`)).toEqual([
      '13:7 kirov',
      '18:7 ordzhonikidze',
    ]);
  });

  it("reads yEd's labels, geometry and groups", () => {
    const { data } = loaded('yed.graphml');
    expect(data.people.map((p) => [p.id, p.name])).toEqual([
      ['molotov', 'Molotov'],
      ['kaganovich', 'Kaganovich'],
    ]);
    expect(data.alliances.map((a) => [a.id, a.from])).toEqual([
      ['alliance-molotov-kaganovich', '1930'],
    ]);
    expect(data.layout?.positions).toEqual({
      molotov: { x: 120, y: 80 },
      kaganovich: { x: 260, y: 80 },
    });
  });
});

describe('opening graph files', () => {
  it('is chosen by the file name', () => {
    const opened = openTexts([fixture('networkx.graphml')]);
    expect(opened.label).toBe('networkx.graphml');
    expect(opened.result.ok).toBe(true);
  });

  it('refuses XML that is neither GEXF nor GraphML, saying what it found', () => {
    const opened = openTexts([{ name: 'a.xml', text: '<?xml version="1.0"?>\n<svg/>' }]);
    expect(!opened.result.ok && opened.result.errors[0].text).toBe(
      'a.xml:2:1 has the root element <svg> (expected <gexf> or <graphml>)',
    );
  });
});
