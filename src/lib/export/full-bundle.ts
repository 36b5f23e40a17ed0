/**
 * The whole dataset on screen as one bundle file (every record of every year, with the layout
 * in use), for a researcher to edit and open again through "Open dataset". "Export JSON" is
 * one year's snapshot; this is everything.
 */
import type { DatasetRecords, Position } from '$lib/model/schema';
import { exportFileName } from './snapshot';

export function fullBundleFile(
  data: DatasetRecords,
  positions: Record<string, Position>,
): { text: string; fileName: string } {
  const text = `${JSON.stringify({ ...data, layout: { positions } }, null, 2)}\n`;
  return { text, fileName: exportFileName(data.dataset.id, 'dataset', 'json') };
}
