/**
 * Tours against the dataset: every step names records and sources that exist, at a time
 * inside the dataset's range, and asks for a path or connections only from a focus.
 */
import type { DatasetRecords } from '../dataset/schema';
import { quote } from '../dataset/problems';
import { yearOf } from '../time/dates';
import type { ProblemSite, RecordIndex, Report } from './context';
import { checkSourceRefs } from './references';

/** Reports the problems of `records.tours`, when the dataset has tours. */
export function checkTours(records: DatasetRecords, index: RecordIndex, report: Report): void {
  const from = yearOf(records.dataset.range.from);
  const to = yearOf(records.dataset.range.to);
  const range = `${from} to ${to}`;
  const seen = new Set<string>();
  (records.tours ?? []).forEach((tour, t) => {
    const at: ProblemSite = {
      file: 'tours.json',
      path: ['items', t],
      kind: 'tour',
      recordId: tour.id,
    };
    if (seen.has(tour.id)) report('error', at, ['id'], `is a duplicate tour id ${quote(tour.id)}`);
    seen.add(tour.id);
    tour.steps.forEach((step, s) => {
      const field = (...rest: (string | number)[]) => ['steps', s, ...rest];
      const year = Number(step.time.slice(0, 4));
      if (year < from || year > to)
        report('error', at, field('time'), `is outside the dataset's range (expected ${range})`);
      const focus = step.focus;
      const entity = focus === undefined ? undefined : index.entities.get(focus);
      if (focus !== undefined && !entity && !index.relations.has(focus)) {
        const message = `references unknown person, faction, relationship or event ${quote(focus)}`;
        const kinds = ['person', 'faction', 'alliance', 'rivalry', 'betrayal', 'event'] as const;
        report('error', at, field('focus'), message, { missing: { id: focus, kinds } });
      }
      if (step.ego !== undefined && !entity)
        report('error', at, field('ego'), 'needs a person or faction in focus');
      if (step.path !== undefined) {
        if (!entity) report('error', at, field('path'), 'needs a person or faction in focus');
        if (!index.entities.has(step.path))
          report(
            'error',
            at,
            field('path'),
            `references unknown person or faction ${quote(step.path)}`,
            { missing: { id: step.path, kinds: ['person', 'faction'] } },
          );
        else if (step.path === focus)
          report('error', at, field('path'), 'is the focus itself (expected another end)');
      }
      if (step.compare) {
        const { from: a, to: b } = step.compare;
        if (a < from || a > to || b < from || b > to || a === b)
          report('error', at, field('compare'), `expected two different years from ${range}`);
      }
      checkSourceRefs(index, report, at, field('sources'), step.sources);
    });
  });
}
