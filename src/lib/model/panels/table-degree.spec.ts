import { describe, expect, it } from 'vitest';
import { sortByDegree, type TableRow } from './table';

const row = (id: string, from: string, to: string) =>
  ({ id, from: { id: from, name: from }, to: { id: to, name: to } }) as unknown as TableRow;

describe('sortByDegree', () => {
  const degree = new Map([
    ['stalin', 9],
    ['bukharin', 5],
    ['rykov', 5],
    ['tomsky', 2],
  ]);
  const rows = [
    row('r1', 'tomsky', 'rykov'),
    row('r2', 'bukharin', 'stalin'),
    row('r3', 'rykov', 'tomsky'),
    row('r4', 'bukharin', 'rykov'),
    row('r5', 'nobody', 'tomsky'),
  ];
  /** The row ids in the order `direction` sorts them. */
  const order = (direction: 'ascending' | 'descending') =>
    sortByDegree(rows, degree, direction).map((r) => r.id);
  it('puts the relationships of the best-connected ends first, then by the other end', () => {
    expect(order('descending')).toEqual(['r2', 'r4', 'r1', 'r3', 'r5']);
  });
  it('ascending is the reverse, equal rows keeping their order; unknown ends count 0', () => {
    expect(order('ascending')).toEqual(['r5', 'r1', 'r3', 'r4', 'r2']);
  });
});
