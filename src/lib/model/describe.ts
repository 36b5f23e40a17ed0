/** The text alternative of the graph canvas: what it shows, in words. */
import type { Comparison } from './compare';
import type { DatasetRecords } from './schema';
import type { TimelineState } from './timeline';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Counts of what is drawn, the disputed records among them, or a comparison's changes. */
export function describeGraph(
  data: DatasetRecords,
  state: TimelineState,
  when: string,
  comparison?: Comparison,
): string {
  const title = data.dataset.title;
  if (comparison) {
    const { diff } = comparison;
    const gained = diff.entered.alliance.length + diff.entered.rivalry.length;
    const lost = diff.exited.alliance.length + diff.exited.rivalry.length;
    return (
      `Network graph of ${title} comparing ${comparison.from} with ${comparison.to}: ` +
      `${plural(gained, 'alliance or rivalry', 'alliances or rivalries')} gained, ${lost} lost. ` +
      `The list "What changed" describes each change.`
    );
  }
  const disputed = countDisputed(data, state);
  return (
    `Network graph of ${title} in ${when}: ${plural(state.people.size, 'person', 'people')}, ` +
    `${plural(state.factions.size, 'faction')}, ${plural(state.alliances.size, 'alliance')}, ` +
    `${plural(state.rivalries.size, 'rivalry', 'rivalries')} and ` +
    `${plural(state.betrayals.size, 'betrayal')}` +
    (disputed ? `; ${disputed} of the records shown are disputed` : '') +
    '. The table view lists the same relationships.'
  );
}

/** How many records active in the state are marked disputed (people by their fate too). */
export function countDisputed(data: DatasetRecords, state: TimelineState): number {
  let count = 0;
  for (const p of data.people)
    if (state.people.has(p.id) && (p.disputed || p.fate?.disputed)) count++;
  for (const f of data.factions) if (f.disputed && state.factions.has(f.id)) count++;
  for (const a of data.alliances) if (a.disputed && state.alliances.has(a.id)) count++;
  for (const r of data.rivalries) if (r.disputed && state.rivalries.has(r.id)) count++;
  for (const b of data.betrayals) if (b.disputed && state.betrayals.has(b.id)) count++;
  return count;
}
