/**
 * One layout for all years: fCoSE over the union of every relationship, made deterministic by
 * a seeded random source, then a pass that pushes apart nodes whose labels would overlap.
 */
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { DatasetRecords, Layout, Position } from '$lib/model/dataset/schema';
import { fateWord } from '$lib/model/timeline/format';
import { seededRandom } from '$lib/model/layout/random';
import { buildElements, graphLabels } from './elements';
import { labelBox, removeOverlaps, type Box } from '$lib/model/layout/overlaps';
import { canLayoutYears, computeYearLayouts, type YearPositions } from '$lib/model/layout/dynamic';
import { canRefineLayout, completeLayout, completeYears } from '$lib/model/layout/positions-at';
import { quickLayout } from '$lib/model/layout/quick';

cytoscape.use(fcose);

/** Runs `fn` with Math.random replaced by a seeded source, because fCoSE draws from it. */
function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** The extent a layout is scaled to: about the graph's share of a 1280×800 window at zoom 1. */
const TARGET_WIDTH = 860;
const TARGET_HEIGHT = 540;

/** Scales positions (each axis on its own) so that their bounding box is width × height. */
function fitInto(boxes: Box[], width: number, height: number): void {
  if (boxes.length < 2) return;
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const sx = maxX > minX ? width / (maxX - minX) : 1;
  const sy = maxY > minY ? height / (maxY - minY) : 1;
  for (const box of boxes) {
    box.x = (box.x - minX) * sx;
    box.y = (box.y - minY) * sy;
  }
}

/** Stretches one axis (never shrinks, so no overlap returns) until width / height = aspect. */
function stretchToAspect(boxes: Box[], aspect: number): void {
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const width = Math.max(...xs) - Math.min(...xs) || 1;
  const height = Math.max(...ys) - Math.min(...ys) || 1;
  const sx = Math.max(1, (height * aspect) / width);
  const sy = Math.max(1, width / aspect / height);
  for (const box of boxes) {
    box.x *= sx;
    box.y *= sy;
  }
}

/**
 * fCoSE keeps nodes in plain objects keyed by id, where an id such as `constructor` (a valid
 * slug) finds Object.prototype's and the layout crashes: it runs on prefixed node ids instead.
 */
const LAYOUT_ID_PREFIX = 'n:';

function withLayoutIds(elements: ElementDefinition[]): ElementDefinition[] {
  const key = (id: string) => LAYOUT_ID_PREFIX + id;
  return elements.map((element) => {
    const { id, source, target } = element.data;
    if (element.group === 'edges') {
      return { ...element, data: { ...element.data, source: key(source), target: key(target) } };
    }
    return {
      ...element,
      data: { ...element.data, id: key(id as string) },
      position: { x: 0, y: 0 },
    };
  });
}

const recordId = (layoutId: string) => layoutId.slice(LAYOUT_ID_PREFIX.length);

/** Small datasets try several seeds and keep the most compact layout; large ones take one. */
const SEEDS_FOR_SMALL = [1, 2, 3, 5, 7, 11, 13, 1924];
const SMALL = 150;

/** Computes positions for every person and faction of a dataset. Deterministic. */
export function computeLayout(data: DatasetRecords): Layout {
  const nodes = data.people.length + data.factions.length;
  const seeds = nodes <= SMALL ? SEEDS_FOR_SMALL : [SEEDS_FOR_SMALL[0]];
  let best: { layout: Layout; area: number } | undefined;
  for (const seed of seeds) {
    const boxes = layoutBoxes(data, seed);
    const area = extentArea(boxes);
    if (!best || area < best.area) best = { layout: { positions: positionsOf(boxes) }, area };
  }
  return best?.layout ?? { positions: {} };
}

function positionsOf(boxes: Box[]): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const box of boxes) positions[box.id] = { x: Math.round(box.x), y: Math.round(box.y) };
  return positions;
}

/** The area of the boxes' bounding rectangle: smaller means larger labels once fitted. */
function extentArea(boxes: Box[]): number {
  if (boxes.length === 0) return 0;
  const left = Math.min(...boxes.map((b) => b.x - b.halfWidth));
  const right = Math.max(...boxes.map((b) => b.x + b.halfWidth));
  const top = Math.min(...boxes.map((b) => b.y - b.halfHeight));
  const bottom = Math.max(...boxes.map((b) => b.y + b.halfHeight));
  return (right - left) * (bottom - top);
}

/** One run: fCoSE from a seed, then fitted, freed of overlaps and stretched to the aspect. */
function layoutBoxes(data: DatasetRecords, seed: number): Box[] {
  const labels = graphLabels(data);
  const factionIds = new Set(data.factions.map((f) => f.id));
  // The dead carry a second line ("assassinated 1934").
  const fates = new Map(
    data.people
      .filter((p) => p.died || p.fate)
      .map((p) => [p.id, `${p.fate ? fateWord(p.fate.kind) : 'died'} 1900`]),
  );
  const boxOf = (id: string, position: Position) =>
    labelBox(id, labels.get(id) ?? id, position, factionIds.has(id), fates.get(id));
  const elements = withLayoutIds(buildElements(data, {}));
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  // Nodes as large as their labels, so the force layout keeps labels apart.
  for (const node of cy.nodes()) {
    const box = boxOf(recordId(node.id()), { x: 0, y: 0 });
    node.style({ width: box.halfWidth * 2, height: box.halfHeight * 2 });
  }
  withSeed(seed, () => {
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: false,
      uniformNodeDimensions: false,
      nodeSeparation: 20,
      packComponents: true,
      nodeRepulsion: () => 12000,
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.hasClass('membership') ? 110 : 140),
      edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.hasClass('membership') ? 0.3 : 0.45),
      gravity: 0.25,
      gravityRange: 3.8,
      numIter: 4000,
      fit: false,
    } as cytoscape.LayoutOptions).run();
  });
  const boxes = cy.nodes().map((node) => boxOf(recordId(node.id()), node.position()));
  cy.destroy();
  fitInto(boxes, TARGET_WIDTH * 0.6, TARGET_HEIGHT * 0.6);
  removeOverlaps(boxes, 4, 5000, TARGET_WIDTH / TARGET_HEIGHT, 0);
  stretchToAspect(boxes, TARGET_WIDTH / TARGET_HEIGHT);
  return boxes;
}

/**
 * Every layout a dataset needs: its stored ones when complete, else computed — one fixed
 * layout (fCoSE, or the quick placement past `MAX_REFINED_NODES`) and, for datasets small
 * enough, one per year that starts from it.
 */
export function layoutDataset(
  data: DatasetRecords,
  onPhase: (phase: 'layout' | 'years') => void = () => {},
): { positions: Record<string, Position>; years?: YearPositions } {
  let positions = completeLayout(data);
  if (!positions) {
    onPhase('layout');
    positions = canRefineLayout(data) ? computeLayout(data).positions : quickLayout(data);
  }
  let years = completeYears(data);
  if (!years && canLayoutYears(data)) {
    onPhase('years');
    years = computeYearLayouts(data, positions);
  }
  return { positions, years };
}
