/**
 * The figures `npm run validate -- --stats` prints: how many records of each kind, how many
 * `disputed` flags, and how well the records are sourced.
 */
import type { DatasetRecords, SourceRef } from './schema';

/** Source kinds that are books or articles (scholarship, documents, the press, reference works). */
const PRINTED_KINDS = new Set(['scholarly', 'reference', 'primary', 'press']);

export interface DatasetStats {
  people: number;
  factions: number;
  memberships: number;
  alliances: number;
  rivalries: number;
  betrayals: number;
  events: number;
  /** `disputed: true` flags, on records and on people's fates. */
  disputed: number;
  citations: number;
  /** Citations of a source whose kind is scholarly, reference, primary or press. */
  printedCitations: number;
  /** Records every one of whose citations is a web page (kind `web` or no kind). */
  webOnlyRecords: number;
}

/**
 * Counts the records, disputed flags and citations of a dataset. Every citation counts: a
 * record's own, and those of each role of a person.
 */
export function datasetStats(data: DatasetRecords): DatasetStats {
  const kinds = new Map(data.sources.map((s) => [s.id, s.kind]));
  const printed = (ref: SourceRef) => PRINTED_KINDS.has(kinds.get(ref.source) ?? 'web');
  const records = [
    ...data.people,
    ...data.factions,
    ...data.memberships,
    ...data.alliances,
    ...data.rivalries,
    ...data.betrayals,
    ...data.events,
  ];
  const refs = records.flatMap((r) => r.sources);
  refs.push(...data.people.flatMap((p) => p.roles.flatMap((role) => role.sources)));
  const fates = data.people.filter((p) => p.fate?.disputed === true).length;
  return {
    people: data.people.length,
    factions: data.factions.length,
    memberships: data.memberships.length,
    alliances: data.alliances.length,
    rivalries: data.rivalries.length,
    betrayals: data.betrayals.length,
    events: data.events.length,
    disputed: records.filter((r) => r.disputed === true).length + fates,
    citations: refs.length,
    printedCitations: refs.filter(printed).length,
    webOnlyRecords: records.filter((r) => !r.sources.some(printed)).length,
  };
}

/** The stats on one line, e.g. `92 people, 25 factions, … 61% of 1,230 citations to books or articles, …`. */
export function formatStats(s: DatasetStats): string {
  const n = (count: number) => count.toLocaleString('en-US');
  const share = s.citations === 0 ? 0 : Math.round((100 * s.printedCitations) / s.citations);
  return [
    `${n(s.people)} people`,
    `${n(s.factions)} factions`,
    `${n(s.memberships)} memberships`,
    `${n(s.alliances)} alliances`,
    `${n(s.rivalries)} rivalries`,
    `${n(s.betrayals)} betrayals`,
    `${n(s.events)} events`,
    `${n(s.disputed)} disputed flags`,
    `${share}% of ${n(s.citations)} citations to books or articles`,
    `${n(s.webOnlyRecords)} records citing only web pages`,
  ].join(', ');
}
