/** Human-readable text for model values, shared by the graph labels, panels and exports. */
import type { FateKind } from '../dataset/schema';
import type { PersonStatus } from './timeline';
import type { DaySpan } from '../time/dates';
import { compactDate, lastDay } from '../time/dates';

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

/**
 * Whether a person dead in a window died during it (not before it): the graph draws them alive
 * for that period, marked "dies Aug 1936", and dead only from the next one, so that Zinoviev
 * and Kamenev stand at their own trial.
 */
export function diesDuring(status: PersonStatus | undefined, window: DaySpan): boolean {
  return status !== undefined && !status.alive && lastDay(status.date) >= window.start;
}

/** The graph's second line for a person: "dies Aug 1936" in the period of the death, "executed 1936" after it. */
export function graphFate(status: PersonStatus | undefined, window: DaySpan): string {
  if (!status || status.alive) return '';
  return diesDuring(status, window) ? `dies ${compactDate(status.date)}` : fateText(status);
}
