/**
 * CSV rows mapped onto the dataset format: nodes become people and factions, edges become
 * memberships, alliances, rivalries and betrayals. The records are not validated here: the
 * loader checks them, and every record remembers the row it came from so that its problems
 * can be placed back in the CSV.
 */
import type { LocatedProblem } from '../model/problems';
import type { CsvCell, CsvRow } from './csv-parse';
import {
  EDGE_TYPE_EXPECTED,
  edgeType,
  isGephiDirection,
  NODE_TYPE_EXPECTED,
  nodeType,
  slugify,
  type EdgeType,
} from './csv-columns';
import { cellOf, csvProblem, textOf, type CsvTable } from './csv-table';

/** Where a record came from: its table and row, and which column holds each of its fields. */
export interface RowOrigin {
  table: CsvTable;
  row: CsvRow;
  fields: Record<string, string>;
}

type Raw = Record<string, unknown>;

/** The records built so far, the origin of each (`people:3`), and the problems found. */
export interface CsvBuild {
  people: Raw[];
  factions: Raw[];
  memberships: Raw[];
  alliances: Raw[];
  rivalries: Raw[];
  betrayals: Raw[];
  origins: Map<string, RowOrigin>;
  problems: LocatedProblem[];
}

/** How a row's citations are written: ids of sources.csv, or free text on the import source. */
export type Citing = { sourcesFile: true } | { sourcesFile: false; importSource: string };

const NODE_FIELDS = { id: 'id', name: 'label', born: 'start', died: 'end', fate: 'fate' };
const FACTION_FIELDS = { id: 'id', name: 'label', kind: 'type', from: 'start', to: 'end' };
const COMMON = { summary: 'description', sources: 'citation', disputed: 'id', note: 'id' };

/** Maps nodes to people and factions; returns the id each node's raw id and label stand for. */
export function buildNodes(table: CsvTable, build: CsvBuild, citing: Citing, rangeFrom: string) {
  const ids = new Map<string, string>();
  const labels = new Map<string, string | null>();
  const kinds = new Map<string, 'person' | 'faction'>();
  table.rows.forEach((row, index) => {
    const idCell = cellOf(table, row, 'id');
    const raw = idCell?.value ?? '';
    if (raw === '') {
      const at = idCell ?? row.cells[0];
      build.problems.push(csvProblem(table.file, at, 'is empty (expected an id)', { field: 'id' }));
      return;
    }
    const id = slugify(raw) || `node-${index + 1}`;
    const label = textOf(table, row, 'label') || raw;
    const typeCell = cellOf(table, row, 'type');
    const type = nodeType(typeCell?.value ?? '');
    if (!type) {
      const message = `${JSON.stringify(typeCell?.value)} is not a node type (expected ${NODE_TYPE_EXPECTED})`;
      build.problems.push(
        csvProblem(table.file, typeCell ?? row.cells[0], message, { field: 'type' }),
      );
      return;
    }
    ids.set(raw, id);
    const key = label.toLowerCase();
    labels.set(key, labels.has(key) ? null : id);
    kinds.set(id, type.type);
    const summary = textOf(table, row, 'description') || `Imported from ${table.file}.`;
    const common = { summary, sources: cite(table, row, citing) };
    const start = textOf(table, row, 'start') || undefined;
    const end = textOf(table, row, 'end') || undefined;
    if (type.type === 'person') {
      const fate = textOf(table, row, 'fate');
      const person: Raw = { id, name: label, born: start, died: end, ...common };
      if (fate) person.fate = { kind: fate, date: end ?? '' };
      add(build, 'people', person, table, row, { ...NODE_FIELDS, ...COMMON });
    } else {
      const faction = { id, name: label, kind: type.kind, from: start ?? rangeFrom, to: end };
      add(build, 'factions', { ...faction, ...common }, table, row, {
        ...FACTION_FIELDS,
        ...COMMON,
      });
    }
  });
  return { ids, labels, kinds };
}

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
    const start = textOf(table, row, 'start') || undefined;
    const end = textOf(table, row, 'end') || undefined;
    const summary =
      textOf(table, row, 'description') || `${capital(type.type)} imported from ${table.file}.`;
    const common = { summary, sources: cite(table, row, citing) };
    const fields = { from: 'start', to: 'end', date: 'start', ...COMMON };
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

/** A row's citations: `a; b` are ids in sources.csv, or a note on the import source. */
function cite(table: CsvTable, row: CsvRow, citing: Citing): Raw[] {
  const text = textOf(table, row, 'citation');
  const page = textOf(table, row, 'page') || undefined;
  if (citing.sourcesFile && text) {
    return text
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((source) => ({ source, page }));
  }
  const importSource = citing.sourcesFile ? 'csv-import' : citing.importSource;
  return [{ source: importSource, page, note: text || undefined }];
}

function add(
  build: CsvBuild,
  collection: 'people' | 'factions' | 'memberships' | 'alliances' | 'rivalries' | 'betrayals',
  record: Raw,
  table: CsvTable,
  row: CsvRow,
  fields: Record<string, string>,
): void {
  build.origins.set(`${collection}:${build[collection].length}`, { table, row, fields });
  build[collection].push(record);
}

function uniqueId(given: string, fallback: string, used: Set<string>): string {
  const base = (slugify(given) || slugify(fallback) || 'edge').slice(0, 90);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
