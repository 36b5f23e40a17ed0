/**
 * CSV import: a nodes file and an edges file in the columns Gephi and Palladio users already
 * write, optionally with a sources file and a dataset.json, mapped onto the dataset format and
 * validated by the same loader as any other dataset. Problems point into the CSV files
 * (`edges.csv:7:21 alliance "york-warwick" .start: "1455-13" is not a date …`). Never throws.
 */
import { datasetInfoSchema, type DatasetInfo } from '../../model/dataset/schema';
import { emptyNetworkLists } from '../../model/dataset/kinds';
import type { LocatedProblem } from '../../model/dataset/problems';
import { isPartialDate, yearOf } from '../../model/time/dates';
import { edgeColumns, edgeType, nodeColumns, nodeType, sourceColumns } from './csv-columns';
import { busiestYear, inferNodes, type CitationParts } from './csv-defaults';
import { buildEdges } from './csv-edges';
import { readGephiTime } from './csv-interval';
import { relocate, sortProblems, type CsvNames } from './csv-problems';
import { buildNodes, readSources, type Citing, type CsvBuild } from './csv-records';
import { csvProblem, readTable, textOf, type CsvFile, type CsvTable } from './csv-table';
import { readDocument, validateDocument } from '../json/documents';
import { loadBundleValue, type LoadResult } from '../json/load';
import { MAX_RECORDS, tooManyRecordsMessage } from '../json/limits';
import { crashed, finish } from '../json/results';

export type { CsvFile };

/** The files of a CSV import: nodes and edges, and optionally sources and dataset.json. */
export interface CsvInput {
  /** Without a nodes file, the edges' ends are the nodes (with a warning). */
  nodes?: CsvFile;
  edges: CsvFile;
  sources?: CsvFile;
  dataset?: CsvFile;
}

/** The id of the source every record cites when the CSV names no source of its own. */
export const IMPORT_SOURCE_ID = 'csv-import';

/**
 * Loads a dataset from CSV files. `year` dates the synthetic "CSV import" source (default:
 * this year), which records without a citation cite. A `citation` cell names a work and page
 * ("Martines 2003, p. 150": one source per distinct work), or, when a sources file is given, a
 * `;`-separated list of its ids. The range comes from the edges' dates; the view opens on the
 * year with the most relationships and memberships.
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
    const edges = readTable(input.edges, edgeColumns, problems);
    const nodes = input.nodes
      ? readTable(input.nodes, nodeColumns, problems)
      : edges && inferred(edges, problems);
    const sources = input.sources ? readTable(input.sources, sourceColumns, problems) : undefined;
    const tables = [nodes, edges, sources].filter((t): t is CsvTable => t !== undefined);
    const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
    if (rows > MAX_RECORDS) {
      problems.push(
        csvProblem(
          tables[0]?.file ?? input.edges.name,
          { line: 1, column: 1 },
          tooManyRecordsMessage(rows),
        ),
      );
    }
    if (!nodes || !edges || (input.sources && !sources) || hasErrors(problems)) {
      return done(problems);
    }
    const range = info?.range ?? rangeOf(nodes, edges);
    const citations = new Map<string, CitationParts>();
    const citing: Citing = sources
      ? { sourcesFile: true }
      : { sourcesFile: false, importSource: IMPORT_SOURCE_ID, citations };
    const build: CsvBuild = { ...emptyNetworkLists(), origins: new Map(), problems };
    const ids = buildNodes(nodes, build, citing, range.from);
    buildEdges(edges, build, citing, range.from, ids);
    const year = options.year ?? new Date().getFullYear();
    const sourceList = sources ? readSources(sources, build) : [];
    for (const work of citations.values()) {
      sourceList.push({
        id: work.id,
        author: work.author,
        title: work.title,
        year: work.year ?? year,
      });
    }
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
        title: `${nodes.file === edges.file ? edges.file : `${nodes.file} and ${edges.file}`}`,
        year,
      });
    }
    const busiest = busiestYear([...memberships, ...alliances, ...rivalries, ...betrayals], range);
    const dataset = info
      ? withoutSchema(info)
      : defaultInfo(range, busiest, nodes.file, edges.file);
    const bundle = { dataset, sources: sourceList, ...records, events: [] };
    // The records are validated as they are: no round trip through JSON text
    const result = loadBundleValue(bundle, 'import.json');
    // Without a fate column, a CSV cannot say how anyone died: do not ask for it
    const asked = (p: LocatedProblem) => nodes.columns.has('fate') || p.path[2] !== 'fate';
    const names = { ...input, nodes: input.nodes ?? input.edges };
    const placed = (list: LocatedProblem[]) =>
      list.filter(asked).map((p) => relocate(p, origins, names, infoDoc));
    const warnings = [
      ...problems.filter((p) => p.severity === 'warning'),
      ...placed(result.warnings),
    ];
    if (result.ok && !hasErrors(problems)) {
      return { ok: true, data: result.data, warnings: sortProblems(warnings, names) };
    }
    if (result.ok) return done([...problems, ...placed(result.warnings)], names);
    return done([...problems, ...placed(result.errors), ...placed(result.warnings)], names);
  } catch (error) {
    return crashed(input?.nodes?.name ?? input?.edges?.name ?? 'edges.csv', error);
  }
}

function done(problems: LocatedProblem[], input?: CsvNames): LoadResult {
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

/**
 * The years the dataset covers: from its earliest to its latest relationship or membership date
 * (an institution founded centuries before must not stretch the slider); without dated edges,
 * the factions' and then the people's dates.
 */
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
  let found = years(edges, () => true);
  if (found.length === 0)
    found = years(nodes, (row) => nodeType(textOf(nodes, row, 'type'))?.type === 'faction');
  if (found.length === 0) found = years(nodes, () => true);
  if (found.length === 0) found = [new Date().getFullYear()];
  const pad = (year: number) => String(year).padStart(4, '0');
  return { from: pad(Math.min(...found)), to: pad(Math.max(...found)) };
}

/** The nodes of an edges file given alone, with a warning that says how many were inferred. */
function inferred(edges: CsvTable, problems: LocatedProblem[]): CsvTable {
  const column = edges.columns.has('relation') ? 'relation' : 'type';
  const table = inferNodes(
    edges,
    (row) => edgeType(textOf(edges, row, column))?.type === 'membership',
  );
  const factions = table.rows.filter((row) => row.cells[2].value === 'faction').length;
  const people = table.rows.length - factions;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const message = `has no nodes file beside it: ${count(people, 'person', 'people')}${factions > 0 ? ` and ${count(factions, 'faction', 'factions')}` : ''} inferred from the ends of its edges (add a nodes file to name them, date their lives and say who is a faction)`;
  problems.push(csvProblem(edges.file, { line: 1, column: 1 }, message, {}, 'warning'));
  return table;
}

function defaultInfo(
  range: { from: string; to: string },
  start: string,
  nodes: string,
  edges: string,
) {
  const files = nodes === edges ? edges : `${nodes} and ${edges}`;
  return {
    id: 'csv-import',
    title: 'Imported network',
    description: `A network imported from ${files}.`,
    range,
    defaultTime: start,
    license: 'Not stated',
    authors: ['Not stated'],
  };
}

function withoutSchema(info: DatasetInfo): DatasetInfo {
  const copy = { ...info };
  delete copy.$schema;
  return copy;
}
