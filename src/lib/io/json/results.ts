/**
 * The end of loading: problems placed, deduplicated, ordered and capped into a LoadResult.
 */
import { formatProblem, type LocatedProblem } from '../../model/dataset/problems';
import type { DatasetRecords } from '../../model/dataset/schema';
import { placeProblem, type Doc, type Pending } from './documents';
import { MAX_LISTED } from './limits';
import type { LoadResult } from './load';

/** Places, deduplicates, orders and caps the problems of all documents; ok when no errors. */
export function finish(docs: Doc[], dir?: string, records?: DatasetRecords): LoadResult {
  const seen = new Set<string>();
  const lists = { error: [] as LocatedProblem[], warning: [] as LocatedProblem[] };
  const omitted = { error: 0, warning: 0 };
  docs.forEach((doc, order) => {
    // Placing and formatting cost time: never do it for problems that will not be listed
    const chosen: Pending[] = [];
    const count = { error: 0, warning: 0 };
    omitted.error += doc.omitted;
    for (const pending of doc.pending) {
      const severity = pending.problem.severity;
      if (lists[severity].length + count[severity]++ >= MAX_LISTED) omitted[severity]++;
      else chosen.push(pending);
    }
    const own = chosen.map((pending) => placeProblem(doc, pending, dir));
    own.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const problem of own) {
      const key = JSON.stringify([order, problem.path, problem.message]);
      if (!seen.has(key)) lists[problem.severity].push(problem);
      seen.add(key);
    }
  });
  const errors = capped(lists.error, omitted.error, 'errors', dir);
  const warnings = capped(lists.warning, omitted.warning, 'warnings', dir);
  if (errors.length === 0 && records) return { ok: true, data: records, warnings };
  if (errors.length === 0) {
    errors.push(...crashedProblems(docs[0]?.file ?? 'dataset.json', 'no data', dir));
  }
  return { ok: false, errors, warnings };
}

/** The first MAX_LISTED problems, then one line saying how many more there are. */
function capped(list: LocatedProblem[], omitted: number, noun: string, dir?: string) {
  const total = list.length + omitted;
  if (total <= MAX_LISTED) return list;
  const more = (total - MAX_LISTED).toLocaleString('en-US');
  const listed = MAX_LISTED.toLocaleString('en-US');
  const message = `… and ${more} more ${noun} (only the first ${listed} are listed)`;
  const { severity, file } = list[0];
  const summary = { severity, file, path: [], message, line: 1, column: 1 };
  return [...list.slice(0, MAX_LISTED), { ...summary, text: formatProblem(summary, { dir }) }];
}

/** The result when loading itself failed: one error saying why. */
export function crashed(file: string, error: unknown, dir?: string): LoadResult {
  return { ok: false, errors: crashedProblems(file, error, dir), warnings: [] };
}

function crashedProblems(file: string, error: unknown, dir?: string): LocatedProblem[] {
  let reason = 'unknown error';
  try {
    reason = error instanceof Error ? error.message : String(error);
  } catch {
    // An error whose message cannot even be read: keep 'unknown error'
  }
  const message = `could not be loaded (internal error: ${reason.slice(0, 200)})`;
  const problem = { severity: 'error' as const, file, path: [], message, line: 1, column: 1 };
  return [{ ...problem, text: formatProblem(problem, { dir }) }];
}
