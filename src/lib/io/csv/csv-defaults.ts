/**
 * The defaults of a CSV import that the files do not state: the year it opens on, the sources
 * its free-text citations stand for, and the people of an edges file given on its own.
 */
import { isPartialDate, yearOf } from '../../model/time/dates';
import { slugify } from './csv-columns';
import type { CsvCell } from './csv-parse';
import { cellOf, type CsvTable } from './csv-table';

/** A dated record as the import builds it: an interval (`from`, `to`) or a `date`. */
type Dated = { from?: unknown; to?: unknown; date?: unknown };

/**
 * The year of the range in which the most relationships and memberships are active (the
 * earliest such year on a tie; the range's start when nothing is dated), as a 4-digit string.
 */
export function busiestYear(
  records: readonly Dated[],
  range: { from: string; to: string },
): string {
  const first = yearOf(range.from);
  const last = yearOf(range.to);
  // +1 where each record starts, −1 after it ends: one pass, whatever the number of years
  const steps = new Array<number>(Math.max(0, last - first) + 2).fill(0);
  for (const r of records) {
    const start = r.date ?? r.from;
    if (!isPartialDate(start)) continue;
    const end = r.date ?? r.to;
    const from = Math.max(first, yearOf(start));
    const to = Math.min(last, isPartialDate(end) ? yearOf(end) : last);
    if (from > to) continue;
    steps[from - first] += 1;
    steps[to - first + 1] -= 1;
  }
  let best = first;
  let bestCount = 0;
  let count = 0;
  for (let year = first; year <= last; year++) {
    count += steps[year - first];
    if (count > bestCount) [best, bestCount] = [year, count];
  }
  return String(best).padStart(4, '0');
}

/** A free-text citation read as a source and a place in it. */
export interface CitationParts {
  /** The source's id: the same for every citation of the same work. */
  id: string;
  author: string;
  title: string;
  year?: number;
  page?: string;
}

const PAGE = /[,;]?\s*\b(pp?\.\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)\s*$/i;
const YEAR = /\b(1\d{3}|20\d{2})\b/;

/**
 * Reads "Martines 2003, p. 150" as the work "Martines 2003" (author Martines, 2003) at page
 * "p. 150": citations that differ only in the page are one source. A citation with no year
 * keeps its whole text as the title.
 */
export function parseCitation(text: string): CitationParts {
  const trimmed = text.trim();
  const page = PAGE.exec(trimmed);
  const work = page ? trimmed.slice(0, page.index).trim() : trimmed;
  const year = YEAR.exec(work);
  // the author is what comes before the year ("Martines 2003"), or before a comma ("Ross, Edward IV")
  const before = year ? work.slice(0, year.index) : work.includes(',') ? work.split(',')[0] : '';
  const author = before.replace(/[\s,.(]+$/, '');
  const parts: CitationParts = {
    id: `cite-${slugify(work) || 'source'}`.slice(0, 90),
    author: author || 'Not stated',
    title: work || trimmed,
  };
  if (year) parts.year = Number(year[1]);
  if (page) parts.page = page[1];
  return parts;
}

/**
 * A nodes table for an edges file given alone: one person per distinct end (by its text), each
 * at the first cell that names it, except the far end of a membership, which is a faction.
 * Problems about these nodes point at those cells of the edges file.
 */
export function inferNodes(
  edges: CsvTable,
  isMembership: (row: CsvTable['rows'][number]) => boolean,
): CsvTable {
  const seen = new Map<string, { cell: CsvCell; faction: boolean }>();
  for (const row of edges.rows) {
    const membership = isMembership(row);
    for (const column of ['source', 'target'] as const) {
      const cell = cellOf(edges, row, column);
      if (!cell || cell.value.trim() === '') continue;
      const faction = membership && column === 'target';
      const known = seen.get(cell.value);
      if (!known) seen.set(cell.value, { cell, faction });
      else if (faction) known.faction = true;
    }
  }
  const rows = [...seen.values()].map(({ cell, faction }) => ({
    line: cell.line,
    cells: [cell, cell, { ...cell, value: faction ? 'faction' : 'person' }],
  }));
  return {
    file: edges.file,
    columns: new Map([
      ['id', 0],
      ['label', 1],
      ['type', 2],
    ]),
    rows,
  };
}
