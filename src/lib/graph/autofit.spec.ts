/**
 * keepFitted with a stand-in container, ResizeObserver and Cytoscape: a resize fits the graph
 * again unless the user moved the view; the observer's first report, of the size the graph was
 * drawn at, redraws nothing (at 20,000 elements that was a 240 ms frame after the first).
 */
import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FITTED_EVENT, keepFitted } from './autofit';

let observed: (() => void) | undefined;

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    callback();
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => vi.unstubAllGlobals());

function setup(drawn = { width: 800, height: 600 }, padding = 0) {
  const container = { clientWidth: drawn.width, clientHeight: drawn.height } as HTMLElement;
  const handlers = new Map<string, () => void>();
  // Cytoscape's width and height are the container's less its padding
  const inner = () => ({
    width: container.clientWidth - 2 * padding,
    height: container.clientHeight - 2 * padding,
  });
  let size = inner();
  const cy = {
    on: (events: string, handler: () => void) => {
      for (const event of events.split(' ')) handlers.set(event, handler);
    },
    off: () => {},
    width: () => size.width,
    height: () => size.height,
    resize: vi.fn(() => (size = inner())),
    destroyed: () => false,
  } as unknown as Core;
  const view = { fit: vi.fn(() => handlers.get(FITTED_EVENT)?.()) };
  const fitting = keepFitted(view, cy, container);
  const resizeTo = (width: number, height: number) => {
    Object.assign(container, { clientWidth: width, clientHeight: height });
    observed?.();
  };
  return { cy, view, fitting, handlers, resizeTo };
}

describe('keepFitted', () => {
  it('leaves the graph as drawn when the observer reports the size it was drawn at', () => {
    const { cy, view, resizeTo } = setup();
    resizeTo(800, 600);
    expect(cy.resize).not.toHaveBeenCalled();
    expect(view.fit).not.toHaveBeenCalled();
  });

  it('resizes and fits again when the container changes size, once for each new size', () => {
    const { cy, view, resizeTo } = setup();
    resizeTo(390, 600);
    resizeTo(390, 600);
    expect(cy.resize).toHaveBeenCalledTimes(1);
    expect(view.fit).toHaveBeenCalledTimes(1);
    resizeTo(800, 600);
    expect(cy.resize).toHaveBeenCalledTimes(2);
  });

  it('compares with the container as it was drawn, not with the graph inside its padding', () => {
    const { cy, view, resizeTo } = setup({ width: 800, height: 600 }, 10);
    resizeTo(800, 600);
    expect(cy.resize).not.toHaveBeenCalled();
    expect(view.fit).not.toHaveBeenCalled();
  });

  it('keeps the framing of a user who moved the view, and ignores a hidden container', () => {
    const { cy, view, handlers, resizeTo, fitting } = setup();
    handlers.get('dragpan')?.();
    resizeTo(1000, 600);
    expect(cy.resize).toHaveBeenCalledTimes(1);
    expect(view.fit).not.toHaveBeenCalled();
    fitting.refit();
    expect(view.fit).not.toHaveBeenCalled();
    resizeTo(0, 0);
    expect(cy.resize).toHaveBeenCalledTimes(1);
  });
});
