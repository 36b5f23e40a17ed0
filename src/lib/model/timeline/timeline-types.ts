/**
 * Public types of the timeline (DESIGN.md §4): what is active at a time, and what changes
 * between two times. The implementation lives in `timeline.ts` and its helpers.
 */
import type { DaySpan } from '../time/dates';
import type { DatasetRecords, FateKind } from '../dataset/schema';

/** The kinds of records the timeline tracks; a diff lists keys per kind. */
export type ElementKind = 'person' | 'faction' | 'membership' | 'alliance' | 'rivalry' | 'betrayal';

/** All element kinds, in the order diffs list them. */
export const elementKinds: readonly ElementKind[] = [
  'person',
  'faction',
  'membership',
  'alliance',
  'rivalry',
  'betrayal',
];

/**
 * Whether a person is alive in a window. The dead carry the date of their death (`fate.date`,
 * else `died`), its year and, when known, their fate ("executed 1936").
 */
export type PersonStatus =
  { alive: true } | { alive: false; fate?: FateKind; date: string; year: number };

/** Everything active in a window of days. */
export interface TimelineState {
  /** The window this state was computed for. */
  window: DaySpan;
  /**
   * People present: born on or before the window's end, or with an unknown birth. The dead
   * stay present, with `alive: false`.
   */
  people: Map<string, PersonStatus>;
  /** Factions whose interval overlaps the window. */
  factions: Set<string>;
  /** Keys (see `membershipKey`) of memberships whose interval overlaps the window. */
  memberships: Set<string>;
  /** Alliances whose interval overlaps the window. */
  alliances: Set<string>;
  /** Rivalries whose interval overlaps the window. */
  rivalries: Set<string>;
  /** Betrayals whose date overlaps the window: shown strongly. */
  betrayals: Set<string>;
  /** Betrayals wholly before the window's start: shown faintly. */
  pastBetrayals: Set<string>;
  /** Ids of events whose date overlaps the window, in chronological order. */
  events: string[];
  /**
   * Per kind, the active records that are only *possibly* active in the window: their
   * possible span (earliest start..latest end) overlaps it but their certain span (latest
   * start..earliest end; for a dated record, every day its date may be) does not. For
   * people: the *possibly dead*, whose death may fall on or before the window's end but may
   * also come after it (their status says dead; this says "not certainly").
   */
  uncertain: Record<ElementKind, Set<string>>;
}

/** The changes that turn the state of one window into the state of another. */
export interface TimelineDiff {
  from: DaySpan;
  to: DaySpan;
  /** Keys that became active, per kind (for betrayals: became strong). */
  entered: Record<ElementKind, string[]>;
  /** Keys that stopped being active, per kind (for betrayals: stopped being strong). */
  exited: Record<ElementKind, string[]>;
  /** Betrayals that became past (faint). */
  pastBetrayalsEntered: string[];
  /** Betrayals that stopped being past (when going back in time). */
  pastBetrayalsExited: string[];
  /**
   * People present in both windows whose status changed: they died in between, or, going
   * back, their death is undone. People who entered are listed only in `entered.person`:
   * read their status with `statusAt(id, to)`.
   */
  statusChanged: string[];
}

/** The time index of one dataset. */
export interface Timeline {
  readonly data: DatasetRecords;
  /** Everything active in a window. */
  stateAt(window: DaySpan): TimelineState;
  /** What changes from one window to another, in time proportional to the changes. */
  diff(from: DaySpan, to: DaySpan): TimelineDiff;
  /** A person's status in a window; undefined when unknown or not yet born. */
  statusAt(personId: string, window: DaySpan): PersonStatus | undefined;
  /**
   * How many records change between consecutive years of the range: for a histogram. One
   * entry per year of the dataset's range; a year counts the changes from the year before.
   */
  changesPerYear(): { year: number; count: number }[];
}
