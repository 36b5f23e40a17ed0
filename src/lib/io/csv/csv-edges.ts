/**
 * Edge rows mapped onto the dataset format: memberships (person → faction, either way round),
 * alliances, rivalries and betrayals, each remembering the row it came from.
 */
import type { CsvCell, CsvRow } from './csv-parse';
import {
  EDGE_TYPE_EXPECTED,
  edgeType,
  isGephiDirection,
  slugify,
  type EdgeType,
} from './csv-columns';
import { add, cite, COMMON, type buildNodes, type Citing, type CsvBuild } from './csv-records';
import { cellOf, csvProblem, textOf, type CsvTable } from './csv-table';
import { rowSpans } from './csv-interval';

/** Maps edges to memberships, alliances, rivalries and betrayals. */
export function buildEdges(
  table: CsvTable,
  build: CsvBuild,
  citing: Citing,
  rangeFrom: string,
  nodes: ReturnType<typeof buildNodes>,
): void {
  const used = new Set<string>();
  const known = new Set(nodes.ids.values());
  const resolve = (raw: string): string | undefined =>
    nodes.ids.get(raw) ??
    nodes.labels.get(raw.toLowerCase()) ??
    (known.has(slugify(raw)) ? slugify(raw) : undefined);
  for (const row of table.rows) {
    const type = readEdgeType(table, row, build);
    if (!type) continue;
    const found = ['source', 'target'].map((column) => {
      const cell = cellOf(table, row, column) as CsvCell;
      const id = resolve(cell.value);
      if (id === undefined) {
        const message =
          cell.value === ''
            ? 'is empty (expected the id of a node)'
            : `${JSON.stringify(cell.value)} is not the id or label of a row of the nodes file`;
        build.problems.push(csvProblem(table.file, cell, message, { field: column }));
      }
      return id;
    });
    if (found[0] === undefined || found[1] === undefined) continue;
    let [source, target] = found as [string, string];
    let ends = { a: 'source', b: 'target' };
    if (
      type.type === 'membership' &&
      nodes.kinds.get(source) === 'faction' &&
      nodes.kinds.get(target) === 'person'
    ) {
      [source, target] = [target, source];
      ends = { a: 'target', b: 'source' };
    }
    const relation = table.columns.has('relation') ? 'relation' : 'type';
    // Gephi's Time Interval may hold several intervals: one record each
    const spans = rowSpans(table, row, build.problems) ?? [
      {
        start: textOf(table, row, 'start') || undefined,
        end: textOf(table, row, 'end') || undefined,
      },
    ];
    const dated = table.columns.has('start')
      ? {}
      : { from: 'interval', to: 'interval', date: 'interval' };
    for (const { start, end } of spans) {
      const summary =
        textOf(table, row, 'description') || `${capital(type.type)} imported from ${table.file}.`;
      const common = { summary, sources: cite(table, row, citing) };
      const fields = { from: 'start', to: 'end', date: 'start', ...dated, ...COMMON };
      if (type.type === 'membership') {
        const membership = { person: source, faction: target, role: type.role };
        add(
          build,
          'memberships',
          { ...membership, from: start ?? rangeFrom, to: end, sources: common.sources },
          table,
          row,
          {
            person: ends.a,
            faction: ends.b,
            role: relation,
            ...fields,
          },
        );
        continue;
      }
      const id = uniqueId(textOf(table, row, 'id'), `${type.type}-${source}-${target}`, used);
      const idField = table.columns.has('id') ? 'id' : 'source';
      if (type.type === 'betrayal') {
        if (!start) {
          const at = cellOf(table, row, 'start') ?? row.cells[0];
          const message = 'is empty (a betrayal needs a date in "start")';
          build.problems.push(
            csvProblem(table.file, at, message, { kind: 'betrayal', recordId: id, field: 'start' }),
          );
          continue;
        }
        const betrayal = { id, by: source, against: target, date: start, ...common };
        add(build, 'betrayals', betrayal, table, row, {
          ...fields,
          id: idField,
          by: 'source',
          against: 'target',
        });
      } else {
        const record = { id, a: source, b: target, from: start ?? rangeFrom, to: end, ...common };
        const collection = type.type === 'alliance' ? 'alliances' : 'rivalries';
        add(build, collection, record, table, row, {
          ...fields,
          id: idField,
          a: 'source',
          b: 'target',
        });
      }
    }
  }
}

/** The kind of relationship a row names, or undefined after reporting why not. */
function readEdgeType(table: CsvTable, row: CsvRow, build: CsvBuild): EdgeType | undefined {
  const column = table.columns.has('relation') ? 'relation' : 'type';
  const cell = cellOf(table, row, column);
  const type = cell ? edgeType(cell.value) : undefined;
  if (type) return type;
  const at = cell ?? row.cells[0];
  let message = `${JSON.stringify(cell?.value ?? '')} is not a kind of relationship (expected ${EDGE_TYPE_EXPECTED})`;
  if (!cell) message = `is missing (expected a "type" or "relation" column: ${EDGE_TYPE_EXPECTED})`;
  else if (cell.value === '') message = `is empty (expected ${EDGE_TYPE_EXPECTED})`;
  else if (isGephiDirection(cell.value))
    message = `${JSON.stringify(cell.value)} is Gephi's edge direction, not a kind of relationship (add a "relation" column: ${EDGE_TYPE_EXPECTED})`;
  build.problems.push(csvProblem(table.file, at, message, { field: column }));
  return undefined;
}

function uniqueId(given: string, fallback: string, used: Set<string>): string {
  // Gephi numbers its edges (`Id` 0, 1, …): a name from the ends reads better
  const own = /^\d+$/.test(given.trim()) ? '' : slugify(given);
  const base = (own || slugify(fallback) || 'edge').slice(0, 90);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
