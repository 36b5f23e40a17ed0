/**
 * Messages between the page and the layout worker: the page asks it to open files (validate,
 * then lay out) or to lay out a validated dataset; the worker answers with progress, then
 * one result.
 */
import type { NamedText } from '$lib/io/open';
import type { ImportMapping } from '$lib/io/networks/import-mapping';
import type { LoadResult } from '$lib/io/json/load';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import type { YearPositions } from '$lib/model/layout/dynamic';

/** What the page asks the worker: open files, or lay out a validated dataset. */
export type WorkerRequest =
  | { kind: 'open'; files: NamedText[]; year: number; mapping?: ImportMapping }
  | { kind: 'layout'; data: DatasetRecords };

/** How far the work is, from 0 to 1, and what it is doing. */
export interface Progress {
  value: number;
  label: string;
}

/** What the worker answers: progress, then one result or a failure. */
export type WorkerReply =
  | { kind: 'progress'; progress: Progress }
  | {
      kind: 'done';
      result: LoadResult;
      label: string;
      /** Positions for every node, when the result is ok. */
      positions?: Record<string, Position>;
      /** Positions per year, for datasets small enough to lay out year by year. */
      years?: YearPositions;
    }
  | { kind: 'failed'; message: string };

/** The phases the worker reports (fCoSE itself has no progress callback). */
export const PHASES = {
  reading: { value: 0, label: 'Validating the dataset…' },
  layout: { value: 0.3, label: 'Computing the layout…' },
  years: { value: 0.6, label: 'Laying out each year…' },
  done: { value: 1, label: 'Done' },
} satisfies Record<string, Progress>;
