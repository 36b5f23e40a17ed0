/** What the details panel shows for each kind of selection (built by `details.ts`). */
import type { ResolvedSource } from '../dataset/citations';
import type { NamedRef } from '../dataset/labels';
import type { EventKind, FactionKind, MembershipRole } from '../dataset/schema';
import type { RelativePeriod } from '../timeline/timeline';

/** A disputed record: the flag and the note that says why. */
export interface DisputeInfo {
  disputed: boolean;
  note?: string;
}

export interface RoleLine {
  title: string;
  when: string;
  active: boolean;
  /** Before, in or after the window on screen. */
  period: RelativePeriod;
  sources: ResolvedSource[];
}

export interface MembershipLine extends DisputeInfo {
  /** `membershipKey` of the record, to select it. */
  key: string;
  faction: NamedRef;
  role: MembershipRole;
  when: string;
  active: boolean;
  /** Before, in or after the window on screen. */
  period: RelativePeriod;
  sources: ResolvedSource[];
}

export interface RelationshipLine extends DisputeInfo {
  id: string;
  kind: 'alliance' | 'rivalry' | 'betrayal';
  /** "Alliance with", "Rivalry with", "Betrayed", "Betrayed by". */
  label: string;
  counterpart: NamedRef;
  when: string;
  /** Active in the year (a betrayal: dated in the year). */
  active: boolean;
  /** Before, in or after the window on screen (a betrayal: by its date). */
  period: RelativePeriod;
  summary: string;
  sources: ResolvedSource[];
}

export interface PersonDetails extends DisputeInfo {
  kind: 'person';
  id: string;
  name: string;
  fullName?: string;
  nativeName?: string;
  aliases: string[];
  /** "1888 – 1938", "born 1879". */
  life?: string;
  status: 'alive' | 'dead' | 'unborn';
  /** "alive in 1934", "executed 1936", "not yet born in 1924". */
  statusText: string;
  /** The fate with its precise date ("executed 15 Mar 1938"), its note and dispute flag. */
  fate?: DisputeInfo & { text: string };
  summary: string;
  rolesInYear: RoleLine[];
  roles: RoleLine[];
  factionsInYear: MembershipLine[];
  memberships: MembershipLine[];
  relationships: RelationshipLine[];
  sources: ResolvedSource[];
}

export interface MemberLine {
  key: string;
  person: NamedRef;
  role: MembershipRole;
}

export interface FactionDetails extends DisputeInfo {
  kind: 'faction';
  id: string;
  name: string;
  factionKind: FactionKind;
  when: string;
  active: boolean;
  summary: string;
  fabricated: boolean;
  /** For each year of the dataset's range the faction overlaps: its members, leaders first. */
  membersByYear: { year: number; members: MemberLine[] }[];
  relationships: RelationshipLine[];
  sources: ResolvedSource[];
}

/** One end of an edge: "By", "Against", "Leader", "Faction", or "" for undirected ends. */
export interface EdgeEnd {
  role: string;
  ref: NamedRef;
}

export interface EdgeDetails extends DisputeInfo {
  kind: 'alliance' | 'rivalry' | 'betrayal' | 'membership';
  id: string;
  /** "Alliance: Stalin – Bukharin". */
  title: string;
  ends: EdgeEnd[];
  when: string;
  active: boolean;
  summary?: string;
  /** Records this one refers to or is referred by ("Ended by", "Ends"). */
  related: { label: string; id: string; text: string }[];
  sources: ResolvedSource[];
}

export interface EventDetails extends DisputeInfo {
  kind: 'event';
  id: string;
  title: string;
  date: string;
  eventKind: EventKind;
  summary: string;
  people: NamedRef[];
  sources: ResolvedSource[];
}

export type SelectionDetails = PersonDetails | FactionDetails | EdgeDetails | EventDetails;
