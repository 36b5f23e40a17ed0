/**
 * CSV import: a nodes file and an edges file in the columns Gephi and Palladio users already
 * write, optionally with a sources file and a dataset.json, mapped onto the dataset format and
 * validated by the same loader as any other dataset. Problems point into the CSV files
 * (`edges.csv:7:21 alliance "york-warwick" .start: "1455-13" is not a date …`). Never throws.
 */
import { datasetInfoSchema, type DatasetInfo } from '../model/schema';
import type { LocatedProblem } from '../model/problems';
import { isPartialDate, yearOf } from '../model/dates';
import { edgeColumns, nodeColumns, nodeType, sourceColumns } from './csv-columns';
import { buildEdges } from './csv-edges';
import { readGephiTime } from './csv-interval';
import { relocate, sortProblems } from './csv-problems';
import { buildNodes, readSources, type Citing, type CsvBuild } from './csv-records';
import { csvProblem, readTable, textOf, type CsvFile, type CsvTable } from './csv-table';
import { readDocument, validateDocument } from './documents';
import { loadBundleValue, type LoadResult } from './load';
import { MAX_RECORDS, tooManyRecordsMessage } from './limits';
import { crashed, finish } from './results';

export type { CsvFile };

/** The files of a CSV import: nodes and edges, and optionally sources and dataset.json. */
export interface CsvInput {
  nodes: CsvFile;
  edges: CsvFile;
  sources?: CsvFile;
  dataset?: CsvFile;
}

/** The id of the source every record cites when the CSV names no source of its own. */
export const IMPORT_SOURCE_ID = 'csv-import';

/**
 * Loads a dataset from CSV files. `year` dates the synthetic "CSV import" source (default:
 * this year). Records without a citation cite that source; a `citation` cell is a note on it,
 * or, when a sources file is given, a `;`-separated list of its ids.
 */
export function loadCsv(input: CsvInput, options: { year?: number } = {}): LoadResult {
  try {
    const problems: LocatedProblem[] = [];
    const infoDoc = input.dataset
      ? readDocument(input.dataset.name, { type: 'file', name: 'dataset' }, input.dataset.text)
      : undefined;
    const info = infoDoc?.clean ? validateDocument(infoDoc, datasetInfoSchema) : undefined;
    if (infoDoc && !info) {
      const result = finish([infoDoc]);
      if (!result.ok) problems.push(...result.errors);
    }
    const nodes = readTable(input.nodes, nodeColumns, problems);
    const edges = readTable(input.edges, edgeColumns, problems);
    const sources = input.sources ? readTable(input.sources, sourceColumns, problems) : undefined;
    const tables = [nodes, edges, sources].filter((t): t is CsvTable => t !== undefined);
    const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
    if (rows > MAX_RECORDS) {
      problems.push(
        csvProblem(input.nodes.name, { line: 1, column: 1 }, tooManyRecordsMessage(rows)),
      );
    }
    if (!nodes || !edges || (input.sources && !sources) || hasErrors(problems)) {
      return done(problems);
    }
    const range = info?.range ?? rangeOf(nodes, edges);
    const citing: Citing = sources
      ? { sourcesFile: true }
      : { sourcesFile: false, importSource: IMPORT_SOURCE_ID };
    const build: CsvBuild = {
      people: [],
      factions: [],
      memberships: [],
      alliances: [],
      rivalries: [],
      betrayals: [],
      origins: new Map(),
      problems,
    };
    const ids = buildNodes(nodes, build, citing, range.from);
    buildEdges(edges, build, citing, range.from, ids);
    const sourceList = sources ? readSources(sources, build) : [];
    const { origins, people, factions, memberships, alliances, rivalries, betrayals } = build;
    const records = { people, factions, memberships, alliances, rivalries, betrayals };
    const cited = Object.values(records).some((list) =>
      list.some((r) =>
        (r.sources as { source: string }[]).some((s) => s.source === IMPORT_SOURCE_ID),
      ),
    );
    if (cited) {
      sourceList.push({
        id: IMPORT_SOURCE_ID,
        kind: 'primary',
        author: 'CSV import',
        title: sources
          ? `${nodes.file} and ${edges.file}`
          : `${nodes.file} and ${edges.file} (the citation column gives each record's source)`,
        year: options.year ?? new Date().getFullYear(),
      });
    }
    const dataset = info ? withoutSchema(info) : defaultInfo(range, nodes.file, edges.file);
    const bundle = { dataset, sources: sourceList, ...records, events: [] };
    // The records are validated as they are: no round trip through JSON text
    const result = loadBundleValue(bundle, 'import.json');
    // Without a fate column, a CSV cannot say how anyone died: do not ask for it
    const asked = (p: LocatedProblem) => nodes.columns.has('fate') || p.path[2] !== 'fate';
    const placed = (list: LocatedProblem[]) =>
      list.filter(asked).map((p) => relocate(p, origins, input, infoDoc));
    const warnings = [
      ...problems.filter((p) => p.severity === 'warning'),
      ...placed(result.warnings),
    ];
    if (result.ok && !hasErrors(problems)) {
      return { ok: true, data: result.data, warnings: sortProblems(warnings, input) };
    }
    if (result.ok) return done([...problems, ...placed(result.warnings)], input);
    return done([...problems, ...placed(result.errors), ...placed(result.warnings)], input);
  } catch (error) {
    return crashed(input?.nodes?.name ?? 'nodes.csv', error);
  }
}

function done(problems: LocatedProblem[], input?: CsvInput): LoadResult {
  const list = input ? sortProblems(problems, input) : problems;
  return {
    ok: false,
    errors: list.filter((p) => p.severity === 'error'),
    warnings: list.filter((p) => p.severity === 'warning'),
  };
}

function hasErrors(problems: LocatedProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The years the dataset covers: from its earliest to its latest relationship or faction date. */
function rangeOf(nodes: CsvTable, edges: CsvTable): { from: string; to: string } {
  const years = (table: CsvTable, keep: (row: CsvTable['rows'][number]) => boolean) =>
    table.rows
      .filter(keep)
      .flatMap((row) => [
        textOf(table, row, 'start'),
        textOf(table, row, 'end'),
        ...(readGephiTime(textOf(table, row, 'interval')) ?? []).flatMap((s) => [s.start, s.end]),
      ])
      .filter(isPartialDate)
      .map(yearOf);
  let found = [
    ...years(edges, () => true),
    ...years(nodes, (row) => nodeType(textOf(nodes, row, 'type'))?.type === 'faction'),
  ];
  // Without dated relationships, the people's lives give the range
  if (found.length === 0) found = years(nodes, () => true);
  if (found.length === 0) found = [new Date().getFullYear()];
  const pad = (year: number) => String(year).padStart(4, '0');
  return { from: pad(Math.min(...found)), to: pad(Math.max(...found)) };
}

function defaultInfo(range: { from: string; to: string }, nodes: string, edges: string) {
  return {
    id: 'csv-import',
    title: `Imported network (${nodes}, ${edges})`,
    description: `A network imported from ${nodes} and ${edges}.`,
    range,
    defaultTime: range.from,
    license: 'Not stated',
    authors: ['Not stated'],
  };
}

function withoutSchema(info: DatasetInfo): DatasetInfo {
  const copy = { ...info };
  delete copy.$schema;
  return copy;
}
