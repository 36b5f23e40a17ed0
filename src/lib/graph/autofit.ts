/**
 * Keeps the graph fitted to its container: when the container changes size (window resized,
 * phone rotated, a projector plugged in, back from the table view) the graph is fitted again,
 * unless the user has panned or zoomed since the last fit, which their framing then keeps;
 * likewise when the nodes move to a layout computed after the graph was shown.
 */
import type { Core } from 'cytoscape';

/** The event `GraphView.fit` emits on its Cytoscape instance. */
export const FITTED_EVENT = 'factions:fitted';
const USER_MOVES = 'dragpan scrollzoom pinchzoom';

/** What `keepFitted` returns: stop watching; fit again now unless the user moved the view. */
export interface Fitting {
  stop(): void;
  refit(): void;
}

/** Starts watching `container`. */
export function keepFitted(view: { fit(): void }, cy: Core, container: HTMLElement): Fitting {
  let moved = false;
  let frame = 0;
  const onMove = () => (moved = true);
  const onFit = () => (moved = false);
  cy.on(USER_MOVES, onMove);
  cy.on(FITTED_EVENT, onFit);
  // The size the graph is drawn at: Cytoscape measured the container when it was created, just now
  let drawn = { width: container.clientWidth, height: container.clientHeight };
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const { clientWidth: width, clientHeight: height } = container;
      if (width === 0 || height === 0) return;
      // The first observation comes with the size the graph was drawn at: a resize would redraw it all
      if (width === drawn.width && height === drawn.height) return;
      drawn = { width, height };
      cy.resize();
      if (!moved) view.fit();
    });
  });
  observer.observe(container);
  return {
    stop() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) {
        cy.off(USER_MOVES, onMove);
        cy.off(FITTED_EVENT, onFit);
      }
    },
    refit() {
      if (!moved && !cy.destroyed()) view.fit();
    },
  };
}
