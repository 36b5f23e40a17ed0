/**
 * CSV rows mapped onto the dataset format: nodes become people and factions, edges become
 * memberships, alliances, rivalries and betrayals. The records are not validated here: the
 * loader checks them, and every record remembers the row it came from so that its problems
 * can be placed back in the CSV.
 */
import type { NetworkCollection } from '../../model/dataset/kinds';
import type { LocatedProblem } from '../../model/dataset/problems';
import type { CsvRow } from './csv-parse';
import { NODE_TYPE_EXPECTED, nodeType, slugify } from './csv-columns';
import { cellOf, csvProblem, textOf, type CsvTable } from './csv-table';
import { rowSpans } from './csv-interval';
import { parseCitation, type CitationParts } from './csv-defaults';

/** Where a record came from: its table and row, and which column holds each of its fields. */
export interface RowOrigin {
  table: CsvTable;
  row: CsvRow;
  fields: Record<string, string>;
}

type Raw = Record<string, unknown>;

/** The records built so far, the origin of each (`people:3`), and the problems found. */
export interface CsvBuild extends Record<NetworkCollection, Raw[]> {
  origins: Map<string, RowOrigin>;
  problems: LocatedProblem[];
}

/**
 * How a row's citations are written: ids of sources.csv, or free text, one source per distinct
 * work (collected in `citations` by id); rows without a citation cite the import source.
 */
export type Citing =
  | { sourcesFile: true }
  | { sourcesFile: false; importSource: string; citations: Map<string, CitationParts> };

const NODE_FIELDS = { id: 'id', name: 'label', born: 'start', died: 'end', fate: 'fate' };
const FACTION_FIELDS = { id: 'id', name: 'label', kind: 'type', from: 'start', to: 'end' };
/** Where the fields every record has come from. */
export const COMMON = { summary: 'description', sources: 'citation', disputed: 'id', note: 'id' };

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
    // Gephi's Time Interval says when a node is on the graph: a faction's span, not a life
    const spans = type.type === 'faction' ? rowSpans(table, row, build.problems) : undefined;
    const start = textOf(table, row, 'start') || spans?.[0]?.start;
    const end = textOf(table, row, 'end') || spans?.at(-1)?.end;
    if (type.type === 'person') {
      const fate = textOf(table, row, 'fate');
      const person: Raw = { id, name: label, born: start, died: end, ...common };
      if (fate) person.fate = { kind: fate, date: end ?? '' };
      add(build, 'people', person, table, row, { ...NODE_FIELDS, ...COMMON });
    } else {
      const faction = { id, name: label, kind: type.kind, from: start ?? rangeFrom, to: end };
      const dated =
        spans && !table.columns.has('start') ? { from: 'interval', to: 'interval' } : {};
      add(build, 'factions', { ...faction, ...common }, table, row, {
        ...FACTION_FIELDS,
        ...dated,
        ...COMMON,
      });
    }
  });
  return { ids, labels, kinds };
}

/** A row's citations: `a; b` are ids in sources.csv, or a work and page ("Martines 2003, p. 150"). */
export function cite(table: CsvTable, row: CsvRow, citing: Citing): Raw[] {
  const text = textOf(table, row, 'citation');
  const page = textOf(table, row, 'page') || undefined;
  if (citing.sourcesFile && text) {
    return text
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((source) => ({ source, page }));
  }
  if (citing.sourcesFile) return [{ source: 'csv-import', page }];
  if (!text) return [{ source: citing.importSource, page }];
  const work = parseCitation(text);
  if (!citing.citations.has(work.id)) citing.citations.set(work.id, work);
  return [{ source: work.id, page: page ?? work.page }];
}

/** Adds a record to its collection and remembers the row it came from. */
export function add(
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

/** Maps the rows of a sources file to bibliography entries. */
export function readSources(table: CsvTable, build: CsvBuild): Record<string, unknown>[] {
  const fields = {
    id: 'id',
    author: 'author',
    title: 'title',
    year: 'year',
    publisher: 'publisher',
    url: 'url',
    kind: 'kind',
  };
  return table.rows.map((row, index) => {
    const year = textOf(table, row, 'year');
    const record: Record<string, unknown> = {
      id: textOf(table, row, 'id'),
      author: textOf(table, row, 'author'),
      title: textOf(table, row, 'title'),
      year: /^\d{1,4}$/.test(year) ? Number(year) : year,
    };
    for (const optional of ['publisher', 'url', 'kind']) {
      const value = textOf(table, row, optional);
      if (value) record[optional] = value;
    }
    build.origins.set(`sources:${index}`, { table, row, fields });
    return record;
  });
}
