/**
 * Keeps the graph fitted to its container: when the container changes size (window resized,
 * phone rotated, a projector plugged in, back from the table view) the graph is fitted again,
 * unless the user has panned or zoomed since the last fit, which their framing then keeps.
 */
import type { Core } from 'cytoscape';

/** The event `GraphView.fit` emits on its Cytoscape instance. */
export const FITTED_EVENT = 'factions:fitted';
const USER_MOVES = 'dragpan scrollzoom pinchzoom';

/** Starts watching `container`; returns the function that stops. */
export function keepFitted(view: { fit(): void }, cy: Core, container: HTMLElement): () => void {
  let moved = false;
  let frame = 0;
  const onMove = () => (moved = true);
  const onFit = () => (moved = false);
  cy.on(USER_MOVES, onMove);
  cy.on(FITTED_EVENT, onFit);
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      cy.resize();
      if (!moved) view.fit();
    });
  });
  observer.observe(container);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    if (!cy.destroyed()) {
      cy.off(USER_MOVES, onMove);
      cy.off(FITTED_EVENT, onFit);
    }
  };
}
