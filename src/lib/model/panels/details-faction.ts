/** The details of a faction: span, notes and members year by year. */
import { resolveSources } from '../dataset/citations';
import { detailsFor, disputeOf, relationshipLines } from './details-relations';
import type { FactionDetails, MemberLine } from './details-types';
import { named } from '../dataset/labels';
import type { Lookup } from '../dataset/lookup';
import type { Membership, MembershipRole } from '../dataset/schema';
import { formatSpan, rangeYears } from './spans';
import { activeIn, membershipKey, yearWindow } from '../timeline/timeline';

/**
 * Everything the details panel says about a faction: kind, span, summary, fabricated and
 * disputed notes, relationships, and for each year of the dataset's range the faction
 * overlaps, its members (leaders first, then by name). Undefined unless it is a faction.
 */
export const factionDetails = detailsFor('faction', (f, data, lookup, state): FactionDetails => {
  const memberships = data.memberships.filter((m) => m.faction === f.id);
  const membersByYear = rangeYears(data.dataset.range)
    .filter(
      (y) => activeIn(f, yearWindow(y)) || memberships.some((m) => activeIn(m, yearWindow(y))),
    )
    .map((y) => ({
      year: y,
      members: membersIn(memberships, lookup, y),
    }));
  return {
    kind: 'faction',
    id: f.id,
    name: f.name,
    factionKind: f.kind,
    when: formatSpan(f),
    active: state.factions.has(f.id),
    summary: f.summary,
    fabricated: f.fabricated === true,
    ...disputeOf(f),
    membersByYear,
    relationships: relationshipLines(data, lookup, f.id, state),
    sources: resolveSources(f.sources, lookup.sources),
  };
});

/** Members in a year, one line per person (a leader in any membership counts as leader). */
function membersIn(memberships: Membership[], lookup: Lookup, year: number): MemberLine[] {
  const byPerson = new Map<string, MemberLine>();
  for (const m of memberships) {
    if (!activeIn(m, yearWindow(year))) continue;
    const seen = byPerson.get(m.person);
    if (seen && ROLE_ORDER[seen.role] <= ROLE_ORDER[m.role]) continue;
    byPerson.set(m.person, {
      key: membershipKey(m),
      person: named(lookup, m.person),
      role: m.role,
    });
  }
  return [...byPerson.values()].sort(leadersFirst);
}

/** Leaders first, then full members, then candidates. */
const ROLE_ORDER: Record<MembershipRole, number> = { leader: 0, member: 1, candidate: 2 };

function leadersFirst(a: MemberLine, b: MemberLine): number {
  if (a.role !== b.role) return ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
  return a.person.name.localeCompare(b.person.name);
}
