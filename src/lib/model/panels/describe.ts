/** The text alternative of the graph canvas: what it shows, in words. */
import type { Comparison } from '../timeline/compare';
import { disputeShown, disputeSpans } from '../timeline/disputes';
import type { DatasetRecords } from '../dataset/schema';
import type { TimelineState } from '../timeline/timeline';
import type { Lookup } from '../dataset/lookup';
import { graphFate } from '../timeline/format';

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

/**
 * How many records active in the state carry a disputed marker there (a disputed part on
 * screen, as the graph marks it; see disputes.ts).
 */
export function countDisputed(data: DatasetRecords, state: TimelineState): number {
  const active: Record<string, (key: string) => boolean> = {
    person: (key) => state.people.has(key),
    faction: (key) => state.factions.has(key),
    membership: (key) => state.memberships.has(key),
    alliance: (key) => state.alliances.has(key),
    rivalry: (key) => state.rivalries.has(key),
    betrayal: (key) => state.betrayals.has(key),
  };
  return disputeSpans(data).filter((d) => active[d.kind](d.key) && disputeShown(d, state.window))
    .length;
}

/**
 * The tooltip, and the words spoken, for the node the mouse or keyboard points at: its name,
 * then "Person · 6 links in 1929" and, for the dead, their fate ("executed 1938").
 */
export function describePointed(
  lookup: Lookup,
  state: TimelineState,
  id: string,
  links: number,
  when: string,
): { name: string; detail: string } {
  const ref = lookup.byId.get(id);
  const kind = ref?.kind === 'faction' ? 'Faction' : 'Person';
  const fate = ref?.kind === 'person' ? graphFate(state.people.get(id), state.window) : '';
  const detail = `${kind} · ${plural(links, 'link')} in ${when}${fate ? ` · ${fate}` : ''}`;
  return { name: lookup.nameOf(id), detail };
}
