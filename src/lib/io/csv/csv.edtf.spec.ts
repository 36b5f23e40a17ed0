import { describe, expect, it } from 'vitest';
import { loadCsv } from './csv';
import { dataOf } from '$lib/testing/loaded';

const NODES = `Id,Label,Type,Start,End
york,"Richard, Duke of York",person,1411-09-21,[1460-12-29..1460-12-30]
warwick,Richard Neville,person,1428~,1471-04-14
yorkists,Yorkist lords,faction,145X,1485
`;
const edges = (start: string) => `Source,Target,Type,Start,End
york,warwick,alliance,${start},1460-12?
`;
const input = (start: string) => ({
  nodes: { name: 'nodes.csv', text: NODES },
  edges: { name: 'edges.csv', text: edges(start) },
});

describe('CSV import of uncertain dates', () => {
  it('takes EDTF dates in every date column', () => {
    const result = loadCsv(input('[..1455]'), { year: 2024 });
    const data = dataOf(result);
    expect(data.people[0].died).toBe('[1460-12-29..1460-12-30]');
    expect(data.factions[0].from).toBe('145X');
    expect(data.alliances[0]).toMatchObject({ from: '[..1455]', to: '1460-12?' });
  });

  it('refuses a bad form with its position and what was expected', () => {
    const result = loadCsv(input('1455-13?'), { year: 2024 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].text).toMatch(
      /^edges\.csv:2:\d+ alliance "alliance-york-warwick" \.start: "1455-13\?" is not a date \(expected .*month 13 is not 01 to 12\)$/,
    );
  });
});
