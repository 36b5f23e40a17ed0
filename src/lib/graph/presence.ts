/**
 * Keeps hidden elements out of the graph. Cytoscape's work on every frame (bounding boxes,
 * z-ordering, the draw loop) covers every element in the graph, shown or not, and hiding one
 * with `display: none` restyles it and everything attached to it; a removed element costs
 * nothing until it is restored, with its classes and data as they were. An element is in the
 * graph when it is not off and, for an edge, when both of its ends are. Elements start with
 * the `off` class (hidden by the stylesheet) and lose it the first time they are shown.
 */
import type {
  Collection,
  CollectionArgument,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';

/** Classes that describe the moment (the selection), reapplied after a restore. */
const TRANSIENT = 'dimmed selected lit';

/** Every element of a graph, in it or removed, and the rule that says which are in it. */
export class Presence {
  /** Every element, in the graph or not. */
  readonly all: Collection;
  private readonly byId = new Map<string, SingularElementArgument>();
  /** Ids of the elements that should be out of the graph. */
  private readonly off = new Set<string>();
  private readonly edgesOf = new Map<string, EdgeSingular[]>();

  constructor(private readonly cy: Core) {
    this.all = cy.elements();
    for (const element of this.all) this.byId.set(element.id(), element);
    for (const edge of this.all.edges()) {
      for (const end of [edge.data('source'), edge.data('target')] as string[]) {
        const list = this.edgesOf.get(end);
        if (list) list.push(edge);
        else this.edgesOf.set(end, [edge]);
      }
    }
  }

  /** The element with this id, in the graph or not; an empty collection when there is none. */
  get(id: string): SingularElementArgument | Collection {
    return this.byId.get(id) ?? this.cy.collection();
  }

  /** Marks an element off (out of the graph) or on; `sync` acts on it. Returns `off`. */
  setOff(element: SingularElementArgument, off: boolean): boolean {
    if (off) this.off.add(element.id());
    else {
      this.off.delete(element.id());
      if (element.hasClass('off')) element.removeClass('off');
    }
    return off;
  }

  /** Removes the given elements that are off and restores those that are on; call in a batch. */
  sync(elements: ArrayLike<SingularElementArgument>): void {
    const detach: SingularElementArgument[] = [];
    const nodes: NodeSingular[] = [];
    const edges = new Set<EdgeSingular>();
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const on = !this.off.has(element.id());
      if (!on && !element.removed()) detach.push(element);
      else if (on && element.removed()) {
        if (element.isNode()) nodes.push(element as NodeSingular);
        else edges.add(element as EdgeSingular);
      }
    }
    // Removing a node removes its edges too; they come back with it below if they are on
    this.collect(detach).remove();
    this.collect(nodes).removeClass(TRANSIENT).restore();
    for (const node of nodes) for (const edge of this.edgesOf.get(node.id()) ?? []) edges.add(edge);
    const ready = [...edges].filter(
      (edge) =>
        edge.removed() &&
        !this.off.has(edge.id()) &&
        this.isIn(edge.data('source')) &&
        this.isIn(edge.data('target')),
    );
    this.collect(ready).removeClass(TRANSIENT).restore();
  }

  /** A collection of elements, removed ones included (the typings miss this overload). */
  private collect(elements: SingularElementArgument[]): Collection {
    return this.cy.collection(elements as unknown as CollectionArgument);
  }

  private isIn(id: string): boolean {
    const element = this.byId.get(id);
    return element !== undefined && !element.removed();
  }
}
