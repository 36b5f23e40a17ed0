/**
 * Cross-record checks on a dataset whose files each passed their schema: duplicate ids,
 * dangling references, contradictory dates, records outside the lives and spans they
 * depend on (errors), and likely mistakes (warnings). See DESIGN.md §3.
 */
import type { DatasetRecords } from './schema';
import type { Problem } from './problems';
import { buildIndex, reporter } from '../checks/context';
import { checkIds } from '../checks/ids';
import { checkReferences } from '../checks/references';
import { checkIntervals } from '../checks/intervals';
import { checkSpans } from '../checks/spans';
import { checkWarnings } from '../checks/warnings';
import { checkLayout } from '../checks/layout';
import { checkCoverage } from '../checks/coverage';
import { checkTours } from '../checks/tours';

/** What to check besides the rules: `authoring` adds the warnings of `checks/coverage.ts`. */
export interface CheckOptions {
  authoring?: boolean;
}

/**
 * Checks the records of a dataset against each other. Pure and never throws: paths point into
 * the collection files (`alliances.json`, `['items', 3, 'to']`), without line numbers.
 */
export function checkDataset(records: DatasetRecords, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems);
  try {
    const index = buildIndex(records);
    checkIds(records, report);
    checkReferences(records, index, report);
    checkIntervals(records, report);
    checkSpans(records, index, report);
    checkWarnings(records, index, report);
    checkLayout(records, index, report);
    checkTours(records, index, report);
    if (options.authoring) checkCoverage(records, report);
  } catch (error) {
    // Records that skipped the schemas can break the checks; say so instead of crashing
    problems.push({
      severity: 'error',
      file: 'dataset.json',
      path: [],
      message: `could not be checked (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  return problems;
}
