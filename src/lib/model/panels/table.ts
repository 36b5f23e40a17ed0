/** The relationships table: one row per relationship active in a year, sortable by column. */
import {
  citationText,
  resolveSources,
  shortCitation,
  type ResolvedSource,
} from '../dataset/citations';
import { formatPartialDate } from '../time/dates';
import { byDate } from './details-relations';
import type { GraphFilters } from '../view/filters';
import { betrayalShown, kindShown, personShown } from '../view/visibility';
import { named, type NamedRef } from '../dataset/labels';
import type { Lookup } from '../dataset/lookup';
import type { SourceRef } from '../dataset/schema';
import type { TimelineState } from '../timeline/timeline';

export const TABLE_COLUMNS = ['type', 'from', 'to', 'since', 'until', 'source'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Column headers, exactly as the UI contract names them. */
export const COLUMN_LABELS: Record<TableColumn, string> = {
  type: 'Type',
  from: 'From',
  to: 'To',
  since: 'Since',
  until: 'Until',
  source: 'Source',
};

export interface TableRow {
  /** The record's id (`membershipKey` for memberships), to select it; unique per kind. */
  id: string;
  kind: 'membership' | 'alliance' | 'rivalry' | 'betrayal';
  /** "Alliance", "Membership (leader)", "Betrayal (past)". */
  type: string;
  past: boolean;
  from: NamedRef;
  to: NamedRef;
  since: string;
  until?: string;
  sinceText: string;
  untilText: string;
  /** "Robert Conquest 1990" (first source), and every source, one per line, for a tooltip. */
  source: string;
  sourceTitle: string;
  /** Every source in short ("Robert Conquest 1990"), to show them all. */
  sources: string[];
  /** Historians dispute the record; `note` says how. */
  disputed: boolean;
  note?: string;
}

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}
export const defaultSort: TableSort = { column: 'type', direction: 'ascending' };

/**
 * The rows for a year's state: active memberships, alliances and rivalries, the year's
 * betrayals and (when `filters.pastBetrayals`) earlier ones marked "(past)". What the graph
 * would not show is left out (model/visibility): kinds switched off, and with `filters.dead`
 * off, rows touching someone dead before the period. Rows come in the default order (Type,
 * then From).
 */
export function tableRows(
  state: Pick<
    TimelineState,
    'window' | 'people' | 'memberships' | 'alliances' | 'rivalries' | 'betrayals' | 'pastBetrayals'
  >,
  lookup: Lookup,
  filters: GraphFilters,
): TableRow[] {
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  const add = (id: string, past = false) => {
    const row = rowOf(lookup, id, past);
    if (!row || seen.has(`${row.kind}:${id}`)) return;
    seen.add(`${row.kind}:${id}`);
    rows.push(row);
  };
  state.memberships.forEach((id) => {
    const ref = lookup.byId.get(id);
    const faction = ref?.kind === 'membership' ? lookup.byId.get(ref.record.faction) : undefined;
    const office = faction?.kind === 'faction' && faction.record.kind === 'institution';
    if (kindShown(filters, 'membership', office)) add(id);
  });
  if (kindShown(filters, 'alliance')) state.alliances.forEach((id) => add(id));
  if (kindShown(filters, 'rivalry')) state.rivalries.forEach((id) => add(id));
  for (const id of [...state.betrayals, ...state.pastBetrayals]) {
    const look = betrayalShown(state, filters, id);
    if (look) add(id, look === 'past');
  }
  // An end that is a person must be shown (the dead of earlier periods hide with the dead)
  const endShown = (id: string) => {
    const status = state.people.get(id);
    return !status || personShown(status, state.window, filters, undefined) !== undefined;
  };
  return sortRows(
    rows.filter((r) => endShown(r.from.id) && endShown(r.to.id)),
    defaultSort,
  );
}

function rowOf(lookup: Lookup, id: string, past: boolean): TableRow | undefined {
  const ref = lookup.byId.get(id);
  const cite = (record: { sources: SourceRef[]; disputed?: boolean; note?: string }) => {
    const sources = resolveSources(record.sources, lookup.sources);
    return {
      source: shortCitation(sources),
      sourceTitle: sources.map(citationText).join('\n'),
      sources: distinctCitations(sources),
      disputed: record.disputed === true,
      ...(record.note === undefined ? {} : { note: record.note }),
    };
  };
  const dates = (since: string, until?: string) => ({
    since,
    ...(until === undefined ? {} : { until }),
    sinceText: formatPartialDate(since),
    untilText: until === undefined ? '' : formatPartialDate(until),
  });
  switch (ref?.kind) {
    case 'membership': {
      const m = ref.record;
      const type = m.role === 'member' ? 'Membership' : `Membership (${m.role})`;
      const ends = { from: named(lookup, m.person), to: named(lookup, m.faction) };
      return {
        id,
        kind: 'membership',
        type,
        past,
        ...ends,
        ...dates(m.from, m.to),
        ...cite(m),
      };
    }
    case 'alliance':
    case 'rivalry': {
      const r = ref.record;
      const type = ref.kind === 'alliance' ? 'Alliance' : 'Rivalry';
      const ends = { from: named(lookup, r.a), to: named(lookup, r.b) };
      return {
        id,
        kind: ref.kind,
        type,
        past,
        ...ends,
        ...dates(r.from, r.to),
        ...cite(r),
      };
    }
    case 'betrayal': {
      const b = ref.record;
      const type = past ? 'Betrayal (past)' : 'Betrayal';
      const ends = { from: named(lookup, b.by), to: named(lookup, b.against) };
      return { id, kind: 'betrayal', type, past, ...ends, ...dates(b.date), ...cite(b) };
    }
    default:
      return undefined;
  }
}

/** Short citations, with the title where two would read alike ("Wikipedia contributors 2025"). */
function distinctCitations(sources: ResolvedSource[]): string[] {
  const short = sources.map((s) => shortCitation([s]));
  return short.map((text, i) =>
    short.indexOf(text) !== short.lastIndexOf(text) ? `${text}, ${sources[i].title}` : text,
  );
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
const sinceOrder = byDate<TableRow>((r) => r.since);
/** Open intervals ("until" unknown: lasts past the range) sort after every date. */
const untilOrder = (a: TableRow, b: TableRow) =>
  a.until === undefined || b.until === undefined
    ? Number(a.until === undefined) - Number(b.until === undefined)
    : byDate<TableRow>((r) => r.until ?? '')(a, b);

const COMPARE: Record<TableColumn, (a: TableRow, b: TableRow) => number> = {
  type: (a, b) => byText(a.type, b.type),
  from: (a, b) => byText(a.from.name, b.from.name),
  to: (a, b) => byText(a.to.name, b.to.name),
  since: sinceOrder,
  until: untilOrder,
  source: (a, b) => byText(a.source, b.source),
};

/**
 * A sorted copy of `rows`: by the column in the given direction, ties broken by Type, From,
 * To and Since (always ascending), then by id so the order is total.
 */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const ties: TableColumn[] = ['type', 'from', 'to', 'since'];
  return [...rows].sort((a, b) => {
    const primary = COMPARE[sort.column](a, b) * sign;
    if (primary !== 0) return primary;
    for (const column of ties) {
      const c = COMPARE[column](a, b);
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The sort after clicking a column header: the same column flips, another one ascends. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Rows sorted by how connected their ends are (`degree`: ties per node at the step shown): by
 * the better-connected end, then the other, in the given direction; ties keep `rows`' order.
 */
export function sortByDegree(
  rows: readonly TableRow[],
  degree: ReadonlyMap<string, number>,
  direction: SortDirection,
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const ends = (r: TableRow) => {
    const a = degree.get(r.from.id) ?? 0;
    const b = degree.get(r.to.id) ?? 0;
    return [Math.max(a, b), Math.min(a, b)];
  };
  return [...rows].sort((x, y) => {
    const [x1, x2] = ends(x);
    const [y1, y2] = ends(y);
    return sign * (x1 - y1 || x2 - y2);
  });
}
