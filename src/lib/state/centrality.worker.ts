/// <reference lib="webworker" />
/** The centrality worker: builds the timeline of a dataset and computes its series, step by step. */
import { buildTimeline } from '$lib/model/timeline';
import { centralitySteps, timeSteps } from '$lib/model/centrality/series';
import type { CentralityReply, CentralityRequest } from './centrality-protocol';

const post = (reply: CentralityReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<CentralityRequest>) => {
  try {
    const { data, months } = event.data;
    const run = centralitySteps(data, buildTimeline(data), timeSteps(data, months));
    for (;;) {
      const next = run.next();
      if (next.done) return post({ kind: 'done', series: next.value });
      post({ kind: 'progress', progress: next.value });
    }
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
