/**
 * The layout worker: validates opened files and computes a layout off the main thread, so
 * that the page stays responsive. Reports its phase before each long step.
 */
import { openTexts } from '$lib/io/open';
import { layoutDataset } from '../graph/layout';
import { PHASES, type Progress, type WorkerReply, type WorkerRequest } from './layout-protocol';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import type { YearPositions } from '$lib/model/layout/dynamic';

const post = (reply: WorkerReply) => postMessage(reply);
const progress = (p: Progress) => post({ kind: 'progress', progress: p });

function positionsFor(data: DatasetRecords): {
  positions: Record<string, Position>;
  years?: YearPositions;
} {
  return layoutDataset(data, (phase) => progress(PHASES[phase]));
}

onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'open') {
      progress(PHASES.reading);
      const { year, mapping } = request;
      const { result, label } = openTexts(request.files, { year, mapping });
      const layout = result.ok ? positionsFor(result.data) : {};
      progress(PHASES.done);
      post({ kind: 'done', result, label, ...layout });
    } else {
      const layout = positionsFor(request.data);
      progress(PHASES.done);
      post({
        kind: 'done',
        result: { ok: true, data: request.data, warnings: [] },
        label: '',
        ...layout,
      });
    }
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
