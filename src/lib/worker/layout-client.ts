/**
 * Runs a request in the layout worker: a fresh module worker per task, terminated when it
 * answers or is cancelled. Where workers cannot start, the work runs on the main thread.
 */
import type { NamedText } from '$lib/io/open';
import type { LoadResult } from '$lib/io/json/load';
import type { ImportMapping } from '$lib/io/networks/import-mapping';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import type { YearPositions } from '$lib/model/layout/dynamic';
import { type Progress, type WorkerReply, type WorkerRequest } from './layout-protocol';

/** What a task produced: the loader's result, positions when it is ok, and a label. */
export interface TaskResult {
  result: LoadResult;
  label: string;
  positions?: Record<string, Position>;
  years?: YearPositions;
}

/** A running task: its outcome, and a way to stop it (the promise then never settles). */
export interface Task {
  promise: Promise<TaskResult>;
  cancel(): void;
}

/** Validates and lays out opened files in the worker; `mapping` maps a graph file's nodes and edges. */
export function openInWorker(
  files: NamedText[],
  onProgress: (progress: Progress) => void,
  mapping?: ImportMapping,
): Task {
  const year = new Date().getFullYear();
  return run(
    { kind: 'open', files, year, ...(mapping ? { mapping: plain(mapping) } : {}) },
    onProgress,
  );
}

/** Lays out a validated dataset in the worker. */
export function layoutInWorker(
  data: DatasetRecords,
  onProgress: (progress: Progress) => void,
): Task {
  return run({ kind: 'layout', data: plain(data) }, onProgress);
}

// Records may come from reactive state: structured clone needs plain objects
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function run(request: WorkerRequest, onProgress: (progress: Progress) => void): Task {
  let worker: Worker | undefined;
  let cancelled = false;
  const promise = new Promise<TaskResult>((resolve, reject) => {
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      inline(request).then(resolve, reject);
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (cancelled) return;
      if (reply.kind === 'progress') onProgress(reply.progress);
      else {
        worker?.terminate();
        if (reply.kind === 'done') resolve(reply);
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker?.terminate();
      if (!cancelled) reject(new Error(event.message || 'the layout worker failed to start'));
    };
    worker.postMessage(request);
  });
  return {
    promise,
    cancel() {
      cancelled = true;
      worker?.terminate();
    },
  };
}

/** The same work on the main thread, for browsers that cannot start the worker. */
async function inline(request: WorkerRequest): Promise<TaskResult> {
  const [{ openTexts }, { layoutDataset }] = await Promise.all([
    import('$lib/io/open'),
    import('../graph/layout'),
  ]);
  if (request.kind === 'layout') {
    const result: LoadResult = { ok: true, data: request.data, warnings: [] };
    return { result, label: '', ...layoutDataset(request.data) };
  }
  const { result, label } = openTexts(request.files, {
    year: request.year,
    mapping: request.mapping,
  });
  return { result, label, ...(result.ok ? layoutDataset(result.data) : {}) };
}
