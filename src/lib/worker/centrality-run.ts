/**
 * Runs the centrality series without blocking the page: small datasets step by step in the
 * page, yielding to it whenever a slice has taken MAX_SLICE_MS; large ones in a worker.
 */
import type { DatasetRecords } from '$lib/model/dataset/schema';
import type { Timeline } from '$lib/model/timeline/timeline';
import { centralitySize, WORKER_THRESHOLD } from '../state/centrality.svelte';
import { centralitySteps, timeSteps, type CentralitySeries } from '$lib/model/centrality/series';
import {
  CENTRALITY_COLLECTIONS,
  slim,
  type CentralityReply,
  type CentralityRequest,
} from './centrality-protocol';

/** The longest the page works before yielding, in milliseconds (the long-task limit is 50). */
const MAX_SLICE_MS = 20;

type Progress = (progress: { done: number; total: number }) => void;

export interface CentralityTask {
  promise: Promise<CentralitySeries>;
  cancel(): void;
}

/** Computes the series of every step (years, or months) of the dataset's range. */
export function runCentrality(
  data: DatasetRecords,
  timeline: Timeline,
  months: boolean,
  onProgress: Progress,
): CentralityTask {
  if (centralitySize(data) > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
    try {
      return inWorker(data, months, onProgress);
    } catch {
      // no module workers here: the page does the work, in slices
    }
  }
  return inPage(data, timeline, months, onProgress);
}

function inPage(
  data: DatasetRecords,
  timeline: Timeline,
  months: boolean,
  onProgress: Progress,
): CentralityTask {
  let cancelled = false;
  const run = centralitySteps(data, timeline, timeSteps(data, months));
  const promise = new Promise<CentralitySeries>((resolve, reject) => {
    const slice = () => {
      if (cancelled) return;
      const until = performance.now() + MAX_SLICE_MS;
      try {
        for (;;) {
          const next = run.next();
          if (next.done) return resolve(next.value);
          if (performance.now() >= until) {
            onProgress(next.value);
            return void setTimeout(slice);
          }
        }
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(slice);
  });
  return { promise, cancel: () => (cancelled = true) };
}

/** Records per post: a slice the page clones in well under the long-task limit. */
const SLICE = 2_000;

function inWorker(data: DatasetRecords, months: boolean, onProgress: Progress): CentralityTask {
  const worker = new Worker(new URL('./centrality.worker.ts', import.meta.url), {
    type: 'module',
  });
  let cancelled = false;
  const promise = new Promise<CentralitySeries>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CentralityReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return onProgress(reply.progress);
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.series);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the centrality worker failed to start'));
    };
  });
  // Slices of slim records, posted for at most 10 ms per turn of the event loop
  const cursor = { collection: 0, offset: 0 };
  const post = () => {
    if (cancelled) return;
    const started = performance.now();
    while (cursor.collection < CENTRALITY_COLLECTIONS.length && performance.now() - started < 10) {
      const collection = CENTRALITY_COLLECTIONS[cursor.collection];
      const records = data[collection] as unknown as Record<string, unknown>[];
      const items = records
        .slice(cursor.offset, cursor.offset + SLICE)
        .map((r) => slim(collection, r));
      if (items.length)
        worker.postMessage({ kind: 'part', collection, items } as CentralityRequest);
      cursor.offset += SLICE;
      if (cursor.offset >= records.length)
        [cursor.collection, cursor.offset] = [cursor.collection + 1, 0];
    }
    if (cursor.collection < CENTRALITY_COLLECTIONS.length) return void setTimeout(post);
    worker.postMessage({ kind: 'run', dataset: data.dataset, months } as CentralityRequest);
  };
  post();
  return {
    promise,
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}
