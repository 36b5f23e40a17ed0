/**
 * The layout worker: validates opened files and computes a layout off the main thread, so
 * that the page stays responsive. Reports its phase before each long step.
 */
import { openTexts } from '$lib/io/open';
import { computeLayout } from './layout';
import {
  completeLayout,
  PHASES,
  type Progress,
  type WorkerReply,
  type WorkerRequest,
} from './layout-protocol';
import type { DatasetRecords, Position } from '$lib/model/schema';

const post = (reply: WorkerReply) => postMessage(reply);
const progress = (p: Progress) => post({ kind: 'progress', progress: p });

function positionsFor(data: DatasetRecords): Record<string, Position> {
  const stored = completeLayout(data);
  if (stored) return stored;
  progress(PHASES.layout);
  return computeLayout(data).positions;
}

onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'open') {
      progress(PHASES.reading);
      const { result, label } = openTexts(request.files, { year: request.year });
      const positions = result.ok ? positionsFor(result.data) : undefined;
      progress(PHASES.done);
      post({ kind: 'done', result, label, positions });
    } else {
      const positions = positionsFor(request.data);
      progress(PHASES.done);
      post({
        kind: 'done',
        result: { ok: true, data: request.data, warnings: [] },
        label: '',
        positions,
      });
    }
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
