/** Human-readable text for model values, shared by the graph labels, panels and exports. */
import type { FateKind } from './schema';
import type { PersonStatus } from './timeline';

const FATE_WORDS: Record<FateKind, string> = {
  natural: 'died',
  executed: 'executed',
  suicide: 'suicide',
  assassinated: 'assassinated',
  'killed-in-prison': 'killed in prison',
  'killed-abroad': 'killed abroad',
  'killed-in-battle': 'killed in battle',
};

/** "executed 1936", "died 1924": a dead person's fate and its year; empty when alive. */
export function fateText(status: PersonStatus | undefined): string {
  if (!status || status.alive) return '';
  return `${status.fate ? FATE_WORDS[status.fate] : 'died'} ${status.year}`;
}

/** The word for a fate kind ("killed in prison"). */
export function fateWord(kind: FateKind): string {
  return FATE_WORDS[kind];
}
