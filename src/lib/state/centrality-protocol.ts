/** Messages between the page and the centrality worker. */
import type { DatasetRecords } from '$lib/model/schema';
import type { CentralitySeries } from '$lib/model/centrality/series';

export interface CentralityRequest {
  data: DatasetRecords;
  months: boolean;
}

export type CentralityReply =
  | { kind: 'progress'; progress: { done: number; total: number } }
  | { kind: 'done'; series: CentralitySeries }
  | { kind: 'error'; message: string };
