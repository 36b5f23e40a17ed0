/**
 * The stored layout against the records: stale positions and nodes without one. Both are
 * warnings: the graph still draws, but `npm run layout` should be run again.
 */
import type { DatasetRecords } from '../dataset/schema';
import { quote } from '../dataset/problems';
import type { RecordIndex, ProblemSite, Report } from './context';

/** Warns about positions of unknown ids, and about people and factions without a position. */
export function checkLayout(records: DatasetRecords, index: RecordIndex, report: Report): void {
  const positions = records.layout?.positions;
  if (!positions) return;
  const at: ProblemSite = { file: 'layout.json', path: [], kind: 'layout' };
  for (const id of Object.keys(positions)) {
    if (!index.entities.has(id)) {
      const message = `${quote(id)} is not a person or faction (run npm run layout to refresh the layout)`;
      report('warning', at, ['positions', id], message, {
        missing: { id, kinds: ['person', 'faction'] },
      });
    }
  }
  const missing = [...index.entities.keys()].filter(
    (id) => !Object.prototype.hasOwnProperty.call(positions, id),
  );
  if (missing.length > 0) {
    const some = missing
      .slice(0, 5)
      .map((id) => quote(id))
      .join(', ');
    const more = missing.length > 5 ? `, and ${missing.length - 5} more` : '';
    const message = `has no position for ${missing.length} people or factions (${some}${more}; run npm run layout)`;
    report('warning', at, ['positions'], message);
  }
}
