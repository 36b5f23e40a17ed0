/** The details of a person in a year. */
import { resolveSources } from '../dataset/citations';
import { formatPartialDate } from '../time/dates';
import {
  byDate,
  detailsFor,
  disputeOf,
  membershipLine,
  relationshipLines,
} from './details-relations';
import type { PersonDetails, RoleLine } from './details-types';
import { fateText, fateWord } from '../timeline/format';
import type { Person } from '../dataset/schema';
import { formatLife, formatSpan } from './spans';
import { activeIn, periodOf, windowLabel, type TimelineState } from '../timeline/timeline';

/**
 * Everything the details panel says about a person in the state's window: names, life,
 * status, roles, memberships and relationships (each with resolved sources). Undefined
 * unless the id is a person of the dataset.
 */
export const personDetails = detailsFor('person', (p, data, lookup, state): PersonDetails => {
  const roles: RoleLine[] = [...p.roles].sort(byDate((r) => r.from)).map((r) => {
    const active = activeIn(r, state.window);
    return {
      title: r.title,
      when: formatSpan(r),
      active,
      period: periodOf(r, state.window, active),
      sources: resolveSources(r.sources, lookup.sources),
    };
  });
  const memberships = data.memberships
    .filter((m) => m.person === p.id)
    .sort(byDate((m) => m.from))
    .map((m) => membershipLine(m, lookup, state));
  return {
    kind: 'person',
    id: p.id,
    name: p.name,
    ...optional(p),
    aliases: [...(p.aliases ?? [])],
    ...status(p, state),
    summary: p.summary,
    ...disputeOf(p),
    rolesInYear: roles.filter((r) => r.active),
    roles,
    factionsInYear: memberships.filter((m) => m.active),
    memberships,
    relationships: relationshipLines(data, lookup, p.id, state),
    sources: resolveSources(p.sources, lookup.sources),
  };
});

function optional(p: Person): Pick<PersonDetails, 'fullName' | 'nativeName' | 'life' | 'fate'> {
  const out: Pick<PersonDetails, 'fullName' | 'nativeName' | 'life' | 'fate'> = {};
  if (p.fullName) out.fullName = p.fullName;
  if (p.nativeName) out.nativeName = p.nativeName;
  const life = formatLife(p.born, p.died ?? p.fate?.date);
  if (life) out.life = life;
  if (p.fate) {
    out.fate = {
      text: `${fateWord(p.fate.kind)} ${formatPartialDate(p.fate.date)}`,
      ...disputeOf(p.fate),
    };
  }
  return out;
}

/** The person's status as the state (and so the graph) has it. */
function status(p: Person, state: TimelineState): Pick<PersonDetails, 'status' | 'statusText'> {
  const s = state.people.get(p.id);
  const when = windowLabel(state.window);
  if (!s) return { status: 'unborn', statusText: `not yet born in ${when}` };
  if (s.alive) return { status: 'alive', statusText: `alive in ${when}` };
  if (state.uncertain.person.has(p.id)) {
    // the death's span reaches past the window: not certainly dead yet ("possibly executed …")
    const fate = s.fate ? fateWord(s.fate) : 'died';
    return { status: 'dead', statusText: `possibly ${fate} ${formatPartialDate(s.date)}` };
  }
  return { status: 'dead', statusText: fateText(s) };
}
