/**
 * The whole dataset on screen as one bundle file (every record of every year, with the layout
 * in use: the fixed positions and, when there are any, each year's), for a researcher to edit
 * and open again through "Open dataset"; anything else the dataset holds (tours) goes along.
 * "Export JSON" is one year's snapshot; this is everything.
 */
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import { exportFileName } from './snapshot';

export function fullBundleFile(
  data: DatasetRecords,
  positions: Record<string, Position>,
  years?: Record<string, Record<string, Position>>,
): { text: string; fileName: string } {
  const layout = { positions, ...(years && Object.keys(years).length ? { years } : {}) };
  const text = `${JSON.stringify({ ...data, layout }, null, 2)}\n`;
  return { text, fileName: exportFileName(data.dataset.id, 'dataset', 'json') };
}
