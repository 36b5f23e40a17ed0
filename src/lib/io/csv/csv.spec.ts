import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadCsv, type CsvInput } from './csv';
import { loadBundle } from '../json/load';
import { dataOf, errorTexts } from '$lib/testing/loaded';

const NODES = `Id,Label,Type,Start,End
york,"Richard, Duke of York",person,1411-09-21,1460-12-30
warwick,Richard Neville,person,1428-11-22,1471-04-14
henry-vi,Henry VI,person,1421-12-06,1471-05-21
yorkists,Yorkist lords,faction,1455,1485
council,Royal council,organisation,,
`;
const EDGES = `Source,Target,Type,Start,End,Citation
york,yorkists,leader,1455,1460-12-30,"Ross, Edward IV, p. 12"
yorkists,warwick,member,1455,1470-04
york,warwick,alliance,1455,1460-12-30
Henry VI,york,rivalry,1455,1460-12-30
warwick,henry-vi,betrayal,1470-07,
`;

function input(nodes = NODES, edges = EDGES, extra: Partial<CsvInput> = {}): CsvInput {
  return {
    nodes: { name: 'nodes.csv', text: nodes },
    edges: { name: 'edges.csv', text: edges },
    ...extra,
  };
}

function errorsOf(result: ReturnType<typeof loadCsv>): string[] {
  expect(result.ok).toBe(false);
  return errorTexts(result);
}

describe('loadCsv', () => {
  it('maps Gephi-style nodes and edges onto people, factions and relationships', () => {
    const data = dataOf(loadCsv(input(), { year: 2024 }));
    expect(data.people.map((p) => [p.id, p.name, p.born, p.died])).toEqual([
      ['york', 'Richard, Duke of York', '1411-09-21', '1460-12-30'],
      ['warwick', 'Richard Neville', '1428-11-22', '1471-04-14'],
      ['henry-vi', 'Henry VI', '1421-12-06', '1471-05-21'],
    ]);
    expect(data.factions.map((f) => [f.id, f.kind, f.from, f.to])).toEqual([
      ['yorkists', 'bloc', '1455', '1485'],
      // No start: the faction begins with the dataset's range
      ['council', 'institution', '1455', undefined],
    ]);
    expect(data.memberships).toEqual([
      expect.objectContaining({ person: 'york', faction: 'yorkists', role: 'leader' }),
      // Written faction → person: turned round
      expect.objectContaining({ person: 'warwick', faction: 'yorkists', role: 'member' }),
    ]);
    expect(data.alliances).toEqual([
      expect.objectContaining({ id: 'alliance-york-warwick', a: 'york', b: 'warwick' }),
    ]);
    // An edge may name a node by its label
    expect(data.rivalries[0]).toMatchObject({ a: 'henry-vi', b: 'york', from: '1455' });
    expect(data.betrayals[0]).toMatchObject({
      by: 'warwick',
      against: 'henry-vi',
      date: '1470-07',
    });
    // The range is the edges' (the Yorkists' 1485 does not stretch it); it opens on the busiest year
    expect(data.dataset).toMatchObject({
      title: 'Imported network',
      range: { from: '1455', to: '1470' },
      defaultTime: '1455',
    });
    // The citation cell is a source of its own, its page the place in it
    expect(data.sources).toEqual([
      { id: 'cite-ross-edward-iv', author: 'Ross', title: 'Ross, Edward IV', year: 2024 },
      expect.objectContaining({ id: 'csv-import', year: 2024 }),
    ]);
    expect(data.memberships[0].sources).toEqual([{ source: 'cite-ross-edward-iv', page: 'p. 12' }]);
    expect(data.people[0].sources).toEqual([{ source: 'csv-import' }]);
    // What it produces is a valid bundle
    expect(loadBundle(JSON.stringify(data)).ok).toBe(true);
  });

  it('reads semicolons, slugs ids, a relation column beside Gephi’s Directed/Undirected', () => {
    const nodes = 'id;label;type\nRichard Neville;Warwick;person\nClarence;George;person\n';
    const edges =
      'source;target;type;relation;start\nRichard Neville;Clarence;Undirected;Ally;1469\n';
    const data = dataOf(loadCsv(input(nodes, edges)));
    expect(data.people.map((p) => p.id)).toEqual(['richard-neville', 'clarence']);
    expect(data.alliances[0]).toMatchObject({ a: 'richard-neville', b: 'clarence' });
    expect(data.dataset.range).toEqual({ from: '1469', to: '1469' });
  });

  it('places row errors at the line and column of the cell', () => {
    const edges = EDGES.replace('york,warwick,alliance,1455', 'york,warwick,alliance,1455-13')
      .replace('warwick,henry-vi,betrayal,1470-07', 'warwick,nobody,betrayal,1470-07')
      .concat('york,warwick,Undirected,1456\n');
    const nodes = NODES.replace('organisation', 'ship');
    expect(errorsOf(loadCsv(input(nodes, edges)))).toEqual([
      'nodes.csv:6:23 .type: "ship" is not a node type (expected person, faction, organisation, leadership, opposition or bloc)',
      'edges.csv:4:23 alliance "alliance-york-warwick" .start: "1455-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'edges.csv:6:9 .target: "nobody" is not the id or label of a row of the nodes file',
      'edges.csv:7:14 .type: "Undirected" is Gephi\'s edge direction, not a kind of relationship (add a "relation" column: membership, leader, candidate, alliance, rivalry or betrayal)',
    ]);
  });

  it('reports missing columns, extra cells and a betrayal without a date', () => {
    expect(errorsOf(loadCsv(input('label,type\nx,person\n')))).toEqual([
      'nodes.csv:1:1 has no column "id" in its header (expected the columns id, in any order)',
    ]);
    const extra = loadCsv(input(NODES + 'x,X,person,1450,,surplus\n'));
    expect(errorsOf(extra)).toEqual([
      'nodes.csv:7:18 has 6 cells but the header has 5 (expected one cell per column; quote a cell that contains a delimiter)',
    ]);
    const undated = EDGES.replace('betrayal,1470-07', 'betrayal,');
    expect(errorsOf(loadCsv(input(NODES, undated)))).toEqual([
      'edges.csv:6:27 betrayal "betrayal-warwick-henry-vi" .start: is empty (a betrayal needs a date in "start")',
    ]);
  });

  it('names the rows of a duplicate id, and warns about columns it does not read', () => {
    const nodes = NODES + 'York,Another York,person,,\n';
    const result = loadCsv(input(nodes, EDGES + ''));
    expect(errorsOf(result)).toEqual([
      'nodes.csv:7:1 person "york" .id: duplicate id: "york" is already the id of a person (nodes.csv line 2)',
    ]);
    // The row is placed from the problem's data, not by rewriting its text: a value that reads
    // like a place ("(people[0])") is quoted as written
    const odd = loadCsv(input(NODES.replace('1411-09-21', '(people[0])'), EDGES));
    expect(errorsOf(odd)[0]).toContain('"(people[0])" is not a date');
    const weighted = loadCsv(input(NODES, EDGES.replace('Citation', 'Weight')));
    expect(weighted.ok && weighted.warnings.map((p) => p.text)).toEqual([
      'edges.csv:1:30 column "Weight" is not used (the columns read are source, target, relation, type, start, end, interval, id, description, citation, page)',
    ]);
  });

  it('uses a sources file for citations, and a dataset.json for title and range', () => {
    const sources =
      'id,author,title,year,publisher\nross-1974,Charles Ross,Edward IV,1974,Eyre Methuen\n';
    const edges = EDGES.replace('"Ross, Edward IV, p. 12"', 'ross-1974; hicks-1998');
    const dataset = JSON.stringify(
      {
        id: 'roses',
        title: 'The Wars of the Roses',
        description: 'A test.',
        range: { from: '1450', to: '1490' },
        defaultTime: '1461',
        license: 'CC0',
        authors: ['Test'],
      },
      null,
      2,
    );
    const extra = {
      sources: { name: 'sources.csv', text: sources },
      dataset: { name: 'dataset.json', text: dataset },
    };
    expect(errorsOf(loadCsv(input(NODES, edges, extra)))).toEqual([
      'edges.csv:2:38 membership "york→yorkists" .citation: references unknown source "hicks-1998"',
    ]);
    const data = dataOf(
      loadCsv(input(NODES, edges.replace('; hicks-1998', ''), extra), { year: 2024 }),
    );
    expect(data.dataset).toMatchObject({
      title: 'The Wars of the Roses',
      defaultTime: '1461',
    });
    expect(data.memberships[0].sources).toEqual([{ source: 'ross-1974' }]);
    // Rows without a citation still cite something: the import itself
    expect(data.sources.map((s) => s.id)).toEqual(['ross-1974', 'csv-import']);
    const badInfo = dataset.replace('"1461"', '"1461-13"');
    const bad = loadCsv(input(NODES, EDGES, { dataset: { name: 'dataset.json', text: badInfo } }));
    expect(errorsOf(bad)).toEqual([
      'dataset.json:9:18 dataset "roses" .defaultTime: "1461-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('loads the documented example in static/examples/csv', () => {
    const read = (name: string) => ({
      name,
      text: readFileSync(`static/examples/csv/${name}`, 'utf8'),
    });
    const result = loadCsv({ nodes: read('nodes.csv'), edges: read('edges.csv') });
    expect(result.ok ? result.warnings : result.errors.map((p) => p.text)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.people).toHaveLength(7);
    expect(result.data.betrayals[0]).toMatchObject({ by: 'thomas-cromwell', date: '1536-04' });
    expect(result.data.dataset.range).toEqual({ from: '1514', to: '1540' });
  });

  it('never throws, whatever the text', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\n', 'id', 'type', '1455', '-'),
    });
    fc.assert(
      fc.property(text, text, (nodes, edges) => {
        const result = loadCsv(
          input(`id,label,type,start,end\n${nodes}`, `source,target,type\n${edges}`),
        );
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadCsv without a round trip', () => {
  it('validates the records it builds as they are, never as JSON text', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const result = loadCsv(input(), { year: 2024 });
      expect(result.ok).toBe(true);
      const bundles = stringify.mock.calls.filter(
        ([value]) => typeof value === 'object' && value !== null && 'dataset' in value,
      );
      expect(bundles).toEqual([]);
    } finally {
      stringify.mockRestore();
    }
  });
});
