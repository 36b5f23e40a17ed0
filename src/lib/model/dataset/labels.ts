/** Short human-readable labels for any record a panel can show or select. */
import { formatPartialDate } from '../time/dates';
import type { Lookup, RecordEntry } from './lookup';
import type { MembershipRole } from './schema';

/** What each kind of record is called in the panels and the table. */
export const KIND_LABELS: Record<RecordEntry['kind'], string> = {
  person: 'Person',
  faction: 'Faction',
  membership: 'Membership',
  alliance: 'Alliance',
  rivalry: 'Rivalry',
  betrayal: 'Betrayal',
  event: 'Event',
};

/** What a membership's role is called: "Leader", "Member", "Candidate". */
export const ROLE_LABELS: Record<MembershipRole, string> = {
  leader: 'Leader',
  member: 'Member',
  candidate: 'Candidate',
};

/** A membership as a phrase before the faction's name: "Candidate member of" the Politburo. */
export const ROLE_PHRASES: Record<MembershipRole, string> = {
  leader: 'Leader of',
  member: 'Member of',
  candidate: 'Candidate member of',
};

/** A person or faction named for display: its id (to select it) and its name. */
export interface NamedRef {
  id: string;
  name: string;
}

/** The id with its display name (the id itself when it names nothing known). */
export function named(lookup: Lookup, id: string): NamedRef {
  return { id, name: lookup.nameOf(id) };
}

/**
 * A label for a record of any kind: a name for people and factions, "Stalin – Bukharin" for
 * alliances and rivalries, "Stalin → Bukharin" for betrayals, "Kamenev in Left Opposition"
 * for memberships ("Kosior, candidate member of Politburo" for a candidate), the title for
 * events. As a `phrase` (for a sentence such as a caption's
 * "Highlighted: …"): "the alliance of Stalin and Bukharin", "Stalin's betrayal of Bukharin".
 * Undefined for an unknown id.
 */
export function recordLabel(
  lookup: Lookup,
  id: string,
  style: 'label' | 'phrase' = 'label',
): string | undefined {
  const ref = lookup.byId.get(id);
  if (!ref) return undefined;
  const name = (other: string) => lookup.nameOf(other);
  switch (ref.kind) {
    case 'person':
    case 'faction':
      return ref.record.name;
    case 'membership': {
      const [person, faction] = [name(ref.record.person), name(ref.record.faction)];
      // A candidate is not simply "in" the body: say what kind of member
      return ref.record.role === 'candidate'
        ? `${person}, candidate member of ${faction}`
        : `${person} in ${faction}`;
    }
    case 'alliance':
    case 'rivalry': {
      const [a, b] = [name(ref.record.a), name(ref.record.b)];
      return style === 'phrase' ? `the ${ref.kind} of ${a} and ${b}` : `${a} – ${b}`;
    }
    case 'betrayal': {
      const [by, against] = [name(ref.record.by), name(ref.record.against)];
      return style === 'phrase' ? `${by}'s betrayal of ${against}` : `${by} → ${against}`;
    }
    case 'event':
      return ref.record.title;
  }
}

/** "Betrayal: Stalin → Bukharin (1928)", used where a record refers to another one. */
export function describeRecord(lookup: Lookup, id: string): string {
  const ref = lookup.byId.get(id);
  const label = recordLabel(lookup, id);
  if (!ref || label === undefined) return id;
  if (ref.kind === 'person' || ref.kind === 'faction') return label;
  const date =
    ref.kind === 'betrayal' || ref.kind === 'event'
      ? ` (${formatPartialDate(ref.record.date)})`
      : '';
  return `${KIND_LABELS[ref.kind]}: ${label}${date}`;
}
