/**
 * The node being pointed at, by the mouse (hover) or by the keyboard (Tab into the graph, the
 * arrow keys to go to a neighbour): it and its links are lifted, its neighbours ringed, and the
 * page is told where it is drawn, for the tooltip and the spoken description.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { travel, type Direction, type NavNode } from '$lib/model/view/graph-nav';

/** What is pointed at, where it is drawn in the container, and how many links it shows. */
export interface Pointed {
  id: string;
  by: 'mouse' | 'keyboard';
  /** Rendered position in the container, in CSS pixels, and the node's rendered radius. */
  x: number;
  y: number;
  radius: number;
  links: number;
}

/** Classes of the pointed node, by what points at it, and of its neighbours (stylesheet.ts). */
const MARKS: Record<Pointed['by'], string> = { mouse: 'hover', keyboard: 'hover keyboard' };
const NEAR = 'near';

export class Pointer {
  private current: NodeSingular | undefined;
  private by: Pointed['by'] = 'mouse';
  /** The pointed node's links and neighbours, kept so that unmarking them costs no search. */
  private near: ReturnType<Core['collection']>;

  constructor(
    private readonly cy: Core,
    private readonly onPoint: (pointed: Pointed | undefined) => void,
  ) {
    this.near = cy.collection();
    cy.on('mouseover', 'node', (event) => this.point(event.target as NodeSingular, 'mouse'));
    cy.on('mouseout', 'node', () => this.leave('mouse'));
    // The tooltip follows its node when the view pans, zooms or the node glides
    cy.on('viewport', () => this.report());
    cy.on('position', 'node', (event) => {
      if (event.target === this.current) this.report();
    });
    cy.on('remove', 'node', (event) => {
      if (event.target === this.current) this.point(undefined, this.by);
    });
  }

  /** The id the keyboard or the mouse is on. */
  get id(): string | undefined {
    return this.current?.id();
  }

  /**
   * The keyboard enters the graph: on `preferred` when shown, else on where it was, else on the
   * most connected node shown. Returns the id it is on.
   */
  enter(preferred: string | undefined): string | undefined {
    const shown = this.cy.nodes(':visible');
    const wanted = preferred === undefined ? undefined : this.cy.getElementById(preferred);
    const start =
      wanted?.nonempty() && wanted.visible()
        ? (wanted as NodeSingular)
        : this.current?.visible()
          ? this.current
          : mostConnected(shown);
    this.point(start, 'keyboard');
    return this.id;
  }

  /** An arrow key: to the neighbour that lies that way, else any node that does. */
  move(direction: Direction): string | undefined {
    if (!this.current || !this.current.visible()) return this.enter(undefined);
    const from = navNode(this.current);
    const neighbours = this.current.connectedEdges(':visible').connectedNodes(':visible');
    const next = travel(
      from,
      neighbours.map(navNode),
      this.cy.nodes(':visible').map(navNode),
      direction,
    );
    if (next !== undefined) {
      const node = this.cy.getElementById(next) as NodeSingular;
      this.point(node, 'keyboard');
      if (!inView(this.cy, node)) this.cy.animate({ center: { eles: node } }, { duration: 0 });
    }
    return this.id;
  }

  /** The keyboard, or the mouse, leaves the graph (Cytoscape misses a mouse that leaves fast). */
  leave(by: Pointed['by']): void {
    if (this.by === by) this.point(undefined, by);
  }

  private point(node: NodeSingular | undefined, by: Pointed['by']): void {
    this.cy.batch(() => {
      this.current?.removeClass(MARKS.keyboard);
      this.near.removeClass(NEAR);
      this.near = this.cy.collection();
      this.current = node;
      this.by = by;
      if (!node) return;
      node.addClass(MARKS[by]);
      const edges = node.connectedEdges(':visible');
      this.near = edges.union(edges.connectedNodes(':visible')).not(node);
      this.near.addClass(NEAR);
    });
    this.report();
  }

  private report(): void {
    const node = this.current;
    if (!node || node.removed()) return this.onPoint(undefined);
    const { x, y } = node.renderedPosition();
    this.onPoint({
      id: node.id(),
      by: this.by,
      x,
      y,
      radius: node.renderedOuterWidth() / 2,
      links: node.connectedEdges(':visible').length,
    });
  }
}

function navNode(node: NodeSingular): NavNode {
  const { x, y } = node.position();
  return { id: node.id(), x, y };
}

function mostConnected(nodes: ReturnType<Core['nodes']>): NodeSingular | undefined {
  let best: NodeSingular | undefined;
  let links = -1;
  nodes.forEach((node) => {
    const n = node.connectedEdges(':visible').length;
    if (n > links || (n === links && best !== undefined && node.id() < best.id())) {
      best = node;
      links = n;
    }
  });
  return best;
}

function inView(cy: Core, node: NodeSingular): boolean {
  const box = cy.extent();
  const { x, y } = node.position();
  return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
}
