/**
 * The one stylesheet of the graph: classes and data() mappers, no per-element styles.
 * Kinds differ by shape and line style as well as colour, so the graph reads without colour.
 */
import type { StylesheetJson } from 'cytoscape';
import {
  CANDIDATE_MEMBERSHIP,
  DEAD_PERSON,
  EDGE_VISUALS as EDGE,
  FACTION_KINDS,
  FACTION_SIZE,
  FACTION_VISUALS,
  INSTITUTIONAL_MEMBERSHIP,
  LEADER_MEMBERSHIP,
  OVERVIEW_EDGES,
  PAST_BETRAYAL,
  PERSON_SHAPE,
} from '$lib/model/view/visual';
import type { Palette } from './palette';
import { EMPHASIS_LEVELS, EMPHASIS_SIZE as S } from '$lib/model/view/emphasis';

/** Factions grow with their members up to this many; the graph stores no larger count. */
export const FULL_SIZE_MEMBERS = FACTION_SIZE.fullMembers;

/**
 * Builds the stylesheet for a palette; kinds look as `model/view/visual.ts` says. `overview`: a
 * large network zoomed out, drawn with the overview's lines (`OVERVIEW_EDGES`); `boost` > 1
 * scales the labels of the selection, its neighbours and the leading actors (label-boost.ts).
 */
export function buildStylesheet(
  p: Palette,
  { overview = false, boost = 1 }: { overview?: boolean; boost?: number } = {},
): StylesheetJson {
  return [
    ...baseStyles(p),
    ...(overview ? overviewStyles(boost > 1) : []),
    ...(boost > 1 ? boostedLabels(boost) : []),
  ];
}

/**
 * Straight lines need no search for parallel edges nor curve geometry, and solid or long
 * dashes are a few strokes where dots along a long line are thousands.
 */
function overviewStyles(boosted: boolean): StylesheetJson {
  return [
    // Labels below the smallest drawn size are still measured: only those that can show have one
    { selector: 'node', style: { label: '' } },
    {
      selector: boosted ? `node.leading, ${BOOSTED}` : 'node.leading',
      style: { label: 'data(label)' },
    },
    { selector: 'edge', style: { 'curve-style': 'straight' } },
    {
      selector: 'edge.membership',
      style: { 'curve-style': 'haystack', opacity: OVERVIEW_EDGES.membershipOpacity },
    },
    { selector: 'edge.rivalry', style: { 'line-dash-pattern': OVERVIEW_EDGES.rivalryDash } },
    { selector: 'edge.betrayal', style: { 'line-style': OVERVIEW_EDGES.betrayalLine } },
    { selector: 'edge.ghost', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 6] } },
  ];
}

function baseStyles(p: Palette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: p.text,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 12,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': p.textBackground,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        // Smaller labels (the less central) hide first when zoomed out and return on zoom.
        'min-zoomed-font-size': 8,
      },
    },
    {
      // People are sized by their weight in the year shown (model/emphasis).
      selector: 'node.person',
      style: {
        shape: PERSON_SHAPE,
        width: `mapData(level, 1, ${EMPHASIS_LEVELS}, ${S.min}, ${S.max})`,
        height: `mapData(level, 1, ${EMPHASIS_LEVELS}, ${S.min}, ${S.max})`,
        'font-size': `mapData(level, 1, ${EMPHASIS_LEVELS}, ${S.fontMin}, ${S.fontMax})`,
        'background-color': p.person,
        'border-width': 2,
        'border-color': p.personBorder,
      },
    },
    {
      selector: 'node.faction',
      style: {
        shape: 'round-rectangle',
        width: `mapData(members, 0, ${FULL_SIZE_MEMBERS}, ${FACTION_SIZE.width.join(', ')})`,
        height: `mapData(members, 0, ${FULL_SIZE_MEMBERS}, ${FACTION_SIZE.height.join(', ')})`,
        'background-opacity': 0.9,
        'border-width': 1,
        'border-color': p.text,
        'font-weight': 'bold',
        'text-max-width': '120px',
        'font-size': 11.5,
      },
    },
    ...FACTION_KINDS.map((kind) => ({
      selector: `node.faction-${kind}`,
      style: {
        'background-color': p.faction[kind],
        color: p.factionText[kind],
        shape: FACTION_VISUALS[kind].shape,
      },
    })),
    {
      // A large network's leading actors, named at any zoom (LEADING; data set on zoom)
      selector: 'node.leading',
      style: { 'font-size': 'data(leadFont)', 'font-weight': 'bold', 'z-index': 5 },
    },
    // Dies during the period shown: alive, with a dotted border, "dies Aug 1936" below.
    { selector: 'node.dying', style: { 'border-style': 'dotted', 'border-width': 3 } },
    {
      // No relationship this year: small, light, named on hover only.
      selector: 'node.background',
      style: {
        width: S.background,
        height: S.background,
        'border-width': 1,
        opacity: 0.5,
        'text-opacity': 0,
        'text-background-opacity': 0,
      },
    },
    {
      selector:
        'node.background.hover, node.background.near, node.background.selected, node.background.lit',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.8, opacity: 1, 'z-index': 20 },
    },
    { selector: 'node.fabricated', style: { 'border-style': 'dashed', 'border-width': 3 } },
    {
      selector: 'node.dead',
      style: {
        'background-color': p.dead,
        'border-style': DEAD_PERSON.border,
        // The glyph fades, the label stays readable (WCAG AA, 4.5:1)
        'background-opacity': DEAD_PERSON.opacity,
        'border-opacity': DEAD_PERSON.opacity,
        color: p.deadText,
        'font-style': 'italic',
        // Dead before the period: context, named on hover (a late year is otherwise a wall
        // of "executed 1937"); the period's own deaths are `dying`, still alive and named
        'text-opacity': 0,
        'text-background-opacity': 0,
      },
    },
    {
      selector: 'node.dead.hover, node.dead.near, node.dead.selected, node.dead.lit',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.8, 'z-index': 20 },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 2,
        'line-color': p.membership,
        opacity: 0.9,
      },
    },
    {
      // Haystack, not bezier: a bezier edge looks for parallel edges among all of its ends'
      // edges whenever it shows or hides, and a faction's memberships made that quadratic;
      // haystack lines run centre to centre under the nodes, with no endpoints to compute.
      selector: 'edge.membership',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: EDGE.membership.width,
        'line-color': p[EDGE.membership.color],
        opacity: EDGE.membership.opacity,
        'line-style': EDGE.membership.line,
      },
    },
    { selector: 'edge.role-leader', style: LEADER_MEMBERSHIP },
    { selector: 'edge.role-candidate', style: CANDIDATE_MEMBERSHIP },
    {
      selector: 'edge.alliance',
      style: {
        width: EDGE.alliance.width,
        'line-color': p[EDGE.alliance.color],
        'line-style': EDGE.alliance.line,
        'line-cap': 'round',
      },
    },
    {
      selector: 'edge.rivalry',
      style: {
        width: EDGE.rivalry.width,
        'line-color': p[EDGE.rivalry.color],
        'line-style': EDGE.rivalry.line,
        'line-dash-pattern': EDGE.rivalry.dash,
      },
    },
    {
      selector: 'edge.betrayal',
      style: {
        width: EDGE.betrayal.width,
        'line-color': p[EDGE.betrayal.color],
        'line-style': EDGE.betrayal.line,
        'target-arrow-shape': EDGE.betrayal.arrow ? 'triangle' : 'none',
        'target-arrow-color': p[EDGE.betrayal.color],
        'arrow-scale': 1.3,
        'curve-style': 'bezier',
        'control-point-step-size': 40,
      },
    },
    { selector: 'edge.membership.institutional', style: INSTITUTIONAL_MEMBERSHIP },
    { selector: 'edge.past', style: PAST_BETRAYAL },
    // Ends during the period shown: faded, with capped ends where the line style allows.
    { selector: 'edge.ending', style: { opacity: 0.4 } },
    ...(['alliance', 'rivalry'] as const).map((kind) => ({
      selector: `edge.${kind}.ending`,
      style: {
        'source-arrow-shape': 'tee' as const,
        'target-arrow-shape': 'tee' as const,
        'source-arrow-color': p[EDGE[kind].color],
        'target-arrow-color': p[EDGE[kind].color],
        'arrow-scale': 0.8,
      },
    })),
    // Ended by the last step: a ghost until the next one (Mark changes).
    {
      selector: 'edge.ghost',
      style: { opacity: 0.3, 'line-style': 'dotted', width: 1.5, 'target-arrow-shape': 'none' },
    },
    // Disputed records, only while the disputed part is on screen (model/disputes): a thin
    // dashed gold outline on nodes, a gold casing along edges; quieter than the kinds.
    {
      selector: 'node.disputed',
      style: {
        'outline-width': 1.5,
        'outline-color': p.disputed,
        'outline-style': 'dashed',
        'outline-offset': 2,
        'outline-opacity': 0.8,
      },
    },
    {
      selector: 'edge.disputed',
      style: { 'line-outline-width': 1, 'line-outline-color': p.disputed },
    },
    // Only possibly active in the period (an uncertain date, a possible death): faded, dashed.
    {
      selector: '.uncertain',
      style: { opacity: 0.55, 'line-style': 'dashed', 'border-style': 'dashed' },
    },
    // Comparing two years: gained in a halo, lost faded and haloed grey, held dimmed.
    {
      selector: '.gained',
      style: { 'underlay-color': p.gained, 'underlay-opacity': 0.3, 'underlay-padding': 3 },
    },
    {
      selector: '.lost',
      style: {
        opacity: 0.55,
        'underlay-color': p.lost,
        'underlay-opacity': 0.25,
        'underlay-padding': 3,
      },
    },
    { selector: '.held', style: { opacity: 0.3 } },
    {
      selector: 'node.status-changed',
      style: { 'border-width': 4, 'border-color': p.lost, 'border-style': 'double', opacity: 1 },
    },
    {
      selector: '.fresh',
      style: { 'overlay-color': p.fresh, 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'node.lit', style: { 'border-width': 3, 'border-color': p.selected } },
    // Pointed at (hover or keyboard): its links lifted, the keyboard's node ringed.
    {
      selector: 'edge.near',
      style: {
        opacity: 1,
        'z-index': 8,
        'underlay-color': p.selected,
        'underlay-opacity': 0.2,
        'underlay-padding': 2,
      },
    },
    { selector: 'node.near', style: { opacity: 1 } },
    {
      selector: 'node.keyboard',
      style: {
        'outline-width': 3,
        'outline-color': p.selected,
        'outline-style': 'solid',
        'outline-offset': 3,
        'outline-opacity': 1,
        'z-index': 30,
      },
    },
    // A casing under a faint line adds up to a strong one: dimmed, the casing goes
    { selector: 'edge.disputed.dimmed', style: { 'line-outline-width': 0 } },
    { selector: 'node.disputed.dimmed', style: { 'outline-opacity': 0.12 } },
    {
      selector: 'node:selected, node.selected',
      style: { 'border-width': 4, 'border-color': p.selected, 'z-index': 10 },
    },
    {
      selector: 'edge.selected, edge:selected',
      style: { 'underlay-color': p.selected, 'underlay-opacity': 0.35, 'underlay-padding': 4 },
    },
  ];
}

/** The nodes whose labels a small screen scales up: the selection, its neighbours, the leading. */
const BOOSTED = `node.selected, node.lit, node.person[level >= ${EMPHASIS_LEVELS / 2}]`;

/** Legible labels for the selection, its neighbours and the year's leading actors. */
function boostedLabels(boost: number): StylesheetJson {
  return [
    {
      selector: BOOSTED,
      style: {
        'font-size': 12 * boost,
        'text-max-width': `${120 * boost}px`,
        'text-margin-y': 3 * boost,
        'min-zoomed-font-size': 0,
      },
    },
  ];
}
