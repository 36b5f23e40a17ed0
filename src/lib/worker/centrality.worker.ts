/// <reference lib="webworker" />
/**
 * The centrality worker: gathers the records the page sends in slices, builds their timeline
 * and computes the series step by step, reporting progress after each step.
 */
import type { DatasetRecords } from '$lib/model/dataset/schema';
import { buildTimeline } from '$lib/model/timeline/timeline';
import { centralitySteps, timeSteps } from '$lib/model/centrality/series';
import type { CentralityReply, CentralityRequest } from './centrality-protocol';

const post = (reply: CentralityReply) => self.postMessage(reply);
const parts: Record<string, unknown[]> = {};

self.onmessage = (event: MessageEvent<CentralityRequest>) => {
  const message = event.data;
  if (message.kind === 'part') {
    (parts[message.collection] ??= []).push(...message.items);
    return;
  }
  try {
    const data = {
      dataset: message.dataset,
      sources: [],
      people: parts.people ?? [],
      factions: parts.factions ?? [],
      memberships: parts.memberships ?? [],
      alliances: parts.alliances ?? [],
      rivalries: parts.rivalries ?? [],
      betrayals: parts.betrayals ?? [],
      events: [],
    } as unknown as DatasetRecords;
    const run = centralitySteps(data, buildTimeline(data), timeSteps(data, message.months));
    for (;;) {
      const next = run.next();
      if (next.done) return post({ kind: 'done', series: next.value });
      post({ kind: 'progress', progress: next.value });
    }
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
