/**
 * The end of loading: problems placed, deduplicated, ordered and capped into a LoadResult.
 */
import { formatProblem, type LocatedProblem } from '../model/problems';
import type { DatasetRecords } from '../model/schema';
import { placeProblem, type Doc } from './documents';
import { MAX_LISTED } from './limits';
import type { LoadResult } from './load';

/** Places, deduplicates, orders and caps the problems of all documents; ok when no errors. */
export function finish(docs: Doc[], dir?: string, records?: DatasetRecords): LoadResult {
  const seen = new Set<string>();
  const placed: LocatedProblem[] = [];
  docs.forEach((doc, order) => {
    const own = doc.pending.map((pending) => placeProblem(doc, pending, dir));
    own.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const problem of own) {
      const key = JSON.stringify([order, problem.path, problem.message]);
      if (!seen.has(key)) placed.push(problem);
      seen.add(key);
    }
  });
  const errors = capped(
    placed.filter((p) => p.severity === 'error'),
    'errors',
    dir,
  );
  const warnings = capped(
    placed.filter((p) => p.severity === 'warning'),
    'warnings',
    dir,
  );
  if (errors.length === 0 && records) return { ok: true, data: records, warnings };
  if (errors.length === 0)
    errors.push(...crashedProblems(docs[0]?.file ?? 'dataset.json', 'no data', dir));
  return { ok: false, errors, warnings };
}

function capped(list: LocatedProblem[], noun: string, dir?: string): LocatedProblem[] {
  if (list.length <= MAX_LISTED) return list;
  const first = list[0];
  const more = (list.length - MAX_LISTED).toLocaleString('en-US');
  const message = `… and ${more} more ${noun} (only the first ${MAX_LISTED.toLocaleString('en-US')} are listed)`;
  const summary = {
    severity: first.severity,
    file: first.file,
    path: [],
    message,
    line: 1,
    column: 1,
  };
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
