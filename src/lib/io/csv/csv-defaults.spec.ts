import { describe, expect, it } from 'vitest';
import { loadCsv } from './csv';
import { busiestYear, parseCitation } from './csv-defaults';
import { dataOf } from '$lib/testing/loaded';

describe('busiestYear', () => {
  const range = { from: '1469', to: '1494' };

  it('is the year in which the most relationships and memberships are active', () => {
    const records = [
      { from: '1469', to: '1472' },
      { from: '1477', to: '1479' },
      { from: '1478-04-26', to: '1478-05' },
      { date: '1478-04-26' },
      { from: '1470' },
    ];
    expect(busiestYear(records, range)).toBe('1478');
  });

  it('takes the earliest year on a tie, the range start when nothing is dated', () => {
    expect(busiestYear([{ from: '1480', to: '1481' }], range)).toBe('1480');
    expect(busiestYear([{ from: 'soon' }], range)).toBe('1469');
    expect(busiestYear([], { from: '0800', to: '0900' })).toBe('0800');
  });

  it('counts only the years inside the range', () => {
    expect(busiestYear([{ from: '1282' }, { from: '1282', to: '1300' }], range)).toBe('1469');
  });
});

describe('parseCitation', () => {
  it('makes one work of citations that differ only in the page', () => {
    const a = parseCitation('Martines 2003, p. 150');
    const b = parseCitation('Martines 2003, pp. 152–154');
    expect(a).toEqual({
      id: 'cite-martines-2003',
      author: 'Martines',
      title: 'Martines 2003',
      year: 2003,
      page: 'p. 150',
    });
    expect(b).toMatchObject({ id: a.id, page: 'pp. 152–154' });
  });

  it('reads an author before a comma, and keeps a citation without year or page whole', () => {
    expect(parseCitation('Ross, Edward IV')).toEqual({
      id: 'cite-ross-edward-iv',
      author: 'Ross',
      title: 'Ross, Edward IV',
    });
    expect(parseCitation('Family letters')).toEqual({
      id: 'cite-family-letters',
      author: 'Not stated',
      title: 'Family letters',
    });
  });
});

describe('loadCsv defaults', () => {
  const nodes = `id,label,type,start,end
lorenzo,Lorenzo de' Medici,person,1449,1492
francesco,Francesco de' Pazzi,person,1444,1478
signoria,Signoria of Florence,organisation,1282,
`;
  const edges = `source,target,type,start,end,citation
lorenzo,signoria,member,1469,1492,"Martines 2003, p. 150"
francesco,lorenzo,rivalry,1476,1478,"Martines 2003, p. 152"
francesco,lorenzo,betrayal,1478-04-26,,Najemy 2006
lorenzo,francesco,alliance,1472,1476,
`;

  it('takes the range from the edges (a founding in 1282 does not stretch it), starts on the busiest year, one source per work', () => {
    const result = loadCsv(
      { nodes: { name: 'nodes.csv', text: nodes }, edges: { name: 'edges.csv', text: edges } },
      { year: 2024 },
    );
    const data = dataOf(result);
    expect(data.dataset.range).toEqual({ from: '1469', to: '1492' });
    expect(data.dataset.defaultTime).toBe('1476');
    expect(data.sources.map((s) => [s.id, s.author, s.year])).toEqual([
      ['cite-martines-2003', 'Martines', 2003],
      ['cite-najemy-2006', 'Najemy', 2006],
      ['csv-import', 'CSV import', 2024],
    ]);
    expect(data.rivalries[0].sources).toEqual([{ source: 'cite-martines-2003', page: 'p. 152' }]);
  });

  it('accepts an edges file alone: its ends become people (a membership’s far end a faction), with a warning', () => {
    const result = loadCsv({ edges: { name: 'edges.csv', text: edges } }, { year: 2024 });
    if (!result.ok) throw new Error(result.errors.map((p) => p.text).join('\n'));
    expect(result.data.people.map((p) => p.id)).toEqual(['lorenzo', 'francesco']);
    expect(result.data.factions.map((f) => [f.id, f.name])).toEqual([['signoria', 'signoria']]);
    expect(result.warnings.map((w) => w.text)).toContain(
      'edges.csv:1:1 has no nodes file beside it: 2 people and 1 faction inferred from the ends of its edges (add a nodes file to name them, date their lives and say who is a faction)',
    );
  });
});
