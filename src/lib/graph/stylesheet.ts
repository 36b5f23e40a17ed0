/**
 * The one stylesheet of the graph: classes and data() mappers, no per-element styles.
 * Kinds differ by shape and line style as well as colour, so the graph reads without colour.
 */
import type { StylesheetJson } from 'cytoscape';
import type { Palette } from './palette';

/** Factions grow with their members up to this many; the graph stores no larger count. */
export const FULL_SIZE_MEMBERS = 12;

/** Builds the stylesheet for a palette; `labelScale` enlarges labels on small screens. */
export function buildStylesheet(p: Palette): StylesheetJson {
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
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.person',
      style: {
        shape: 'ellipse',
        width: 20,
        height: 20,
        'background-color': p.person,
        'border-width': 2,
        'border-color': p.personBorder,
      },
    },
    {
      selector: 'node.faction',
      style: {
        shape: 'round-rectangle',
        width: `mapData(members, 0, ${FULL_SIZE_MEMBERS}, 26, 60)`,
        height: `mapData(members, 0, ${FULL_SIZE_MEMBERS}, 18, 40)`,
        'background-opacity': 0.9,
        'border-width': 1,
        'border-color': p.text,
        'font-weight': 'bold',
        'text-max-width': '120px',
        'font-size': 11.5,
      },
    },
    ...(['leadership', 'opposition', 'institution', 'bloc'] as const).map((kind) => ({
      selector: `node.faction-${kind}`,
      style: {
        'background-color': p.faction[kind],
        color: p.factionText[kind],
        shape: FACTION_SHAPES[kind],
      },
    })),
    { selector: 'node.fabricated', style: { 'border-style': 'dashed', 'border-width': 3 } },
    {
      selector: 'node.dead',
      style: {
        'background-color': p.dead,
        'border-style': 'dotted',
        // The glyph fades, the label stays readable (WCAG AA, 4.5:1)
        'background-opacity': 0.55,
        'border-opacity': 0.55,
        color: p.deadText,
        'font-style': 'italic',
      },
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
        width: 1,
        'line-color': p.membership,
        opacity: 0.45,
        'line-style': 'solid',
      },
    },
    { selector: 'edge.role-leader', style: { width: 2.5, opacity: 0.7 } },
    {
      selector: 'edge.alliance',
      style: { width: 3.5, 'line-color': p.alliance, 'line-style': 'solid', 'line-cap': 'round' },
    },
    {
      selector: 'edge.rivalry',
      style: {
        width: 2.5,
        'line-color': p.rivalry,
        'line-style': 'dashed',
        'line-dash-pattern': [8, 5],
      },
    },
    {
      selector: 'edge.betrayal',
      style: {
        width: 3,
        'line-color': p.betrayal,
        'line-style': 'dotted',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': p.betrayal,
        'arrow-scale': 1.3,
        'curve-style': 'bezier',
        'control-point-step-size': 40,
      },
    },
    { selector: 'edge.past', style: { opacity: 0.25, width: 1.5 } },
    // Disputed records: a dashed gold outline on nodes, a gold casing along edges.
    {
      selector: 'node.disputed',
      style: {
        'outline-width': 3,
        'outline-color': p.disputed,
        'outline-style': 'dashed',
        'outline-offset': 2,
        'outline-opacity': 1,
      },
    },
    {
      selector: 'edge.disputed',
      style: { 'line-outline-width': 1, 'line-outline-color': p.disputed },
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
    { selector: '.off', style: { display: 'none' } },
  ];
}

const FACTION_SHAPES = {
  leadership: 'round-rectangle',
  opposition: 'round-diamond',
  institution: 'round-rectangle',
  bloc: 'round-hexagon',
} as const;
