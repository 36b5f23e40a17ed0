// @ts-check
/**
 * The in-page side of `npm run bench`, injected as is before the page's own scripts. It times
 * from a key press to the end of the next frame: Cytoscape draws in its animation-frame
 * callback, which runs before ours in the same frame; from ours a message is posted, and its
 * task runs once that frame has been painted and handed to the compositor (a second animation
 * frame would also count the work Cytoscape does at the start of the frame after). It runs the
 * baselines on the app's own Cytoscape instance (`window.__factionsBench`, set under `?bench`).
 */
(() => {
  /** @returns {Promise<void>} resolves once the next frame has been painted */
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(undefined);
        channel.port2.postMessage(null);
      }),
    );
  /** @type {{ start: number, done: Promise<number>, resolve: (ms: number) => void } | undefined} */
  let armed;
  /** @type {Promise<number>} the "This year" panel's latency for the last armed key press */
  let panelDone = Promise.resolve(NaN);
  /** @type {Map<number, object[]>} active elements of each year, as Cytoscape JSON */
  const snapshots = new Map();
  const cy = () => {
    const hook = /** @type {any} */ (window).__factionsBench;
    if (!hook) throw new Error('no bench hook: open the page with ?bench');
    return hook.view.cy;
  };

  /**
   * Resolves with the time from `start()` to the painted frame after the "This year" heading's
   * text next changes.
   * @param {() => number} start
   * @returns {Promise<number>}
   */
  const panelChange = (start) =>
    new Promise((resolve) => {
      const heading = document.querySelector('[aria-label="This year"] h2');
      if (!heading) return resolve(NaN);
      const before = heading.textContent;
      const observer = new MutationObserver(() => {
        if (heading.textContent === before) return;
        observer.disconnect();
        clearTimeout(timeout);
        nextPaint().then(() => resolve(performance.now() - start()));
      });
      const timeout = setTimeout(() => {
        observer.disconnect();
        resolve(NaN);
      }, 5000);
      observer.observe(heading, { characterData: true, childList: true, subtree: true });
    });

  addEventListener(
    'keydown',
    (event) => {
      if (!armed || armed.start >= 0) return;
      const measure = armed;
      measure.start = event.timeStamp;
      nextPaint().then(() => measure.resolve(performance.now() - measure.start));
    },
    { capture: true },
  );

  /** @type {{ start: number, duration: number }[]} tasks of 50 ms or more on the main thread */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser: the figures stay empty
  }

  /** @type {any} */ (window).__benchProbe = {
    /** Long tasks that started between `from` and `to` (page time, ms). */
    longTasks(from = 0, to = Infinity) {
      return longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
    },
    now() {
      return performance.now();
    },
    /** Times the next key press; `wait()` returns its latency, `panel()` the panel's. */
    arm() {
      /** @type {(ms: number) => void} */
      let resolve = () => {};
      const done = new Promise((r) => (resolve = r));
      const measure = { start: -1, done, resolve: (/** @type {number} */ ms) => resolve(ms) };
      armed = measure;
      panelDone = panelChange(() => measure.start);
    },
    /**
     * The latency from the last armed key press to the painted frame in which the "This year"
     * panel shows the new year (it follows the graph); NaN when it did not change within 5 s.
     * @returns {Promise<number>}
     */
    panel() {
      return panelDone;
    },
    /** @returns {Promise<number>} */
    wait() {
      if (!armed) throw new Error('not armed');
      return armed.done.finally(() => (armed = undefined));
    },
    /** Whether the hook is there and the graph has been drawn. */
    ready() {
      const hook = /** @type {any} */ (window).__factionsBench;
      return Boolean(hook) && performance.getEntriesByName('factions:graph-drawn').length > 0;
    },
    /** Remembers the elements the app shows now, as the rebuild baseline's input for `year`. */
    snapshot(/** @type {number} */ year) {
      const nodes = cy()
        .nodes()
        .filter((n) => !n.hasClass('off'));
      const edges = nodes.edgesWith(nodes).filter((e) => !e.hasClass('off'));
      const active = nodes
        .union(edges)
        .jsons()
        .map((/** @type {any} */ json) => {
          const classes = String(json.classes ?? '').split(' ');
          json.classes = classes
            .filter((c) => !['fresh', 'off', 'dimmed', 'selected'].includes(c))
            .join(' ');
          json.selected = false;
          return json;
        });
      snapshots.set(year, active);
      return active.length;
    },
    /**
     * The floor: the unchanged graph drawn again, element by element. Cytoscape keeps the
     * whole graph in one cached bitmap and drops it on any change, so dropping it here makes
     * the renderer draw every shown element as a step must, with no style or geometry to redo.
     */
    async floor() {
      const graph = cy();
      const start = performance.now();
      graph.renderer().data.lyrTxrCache.invalidateElements(graph.elements());
      graph.forceRender();
      await nextPaint();
      return performance.now() - start;
    },
    /** For reference: a frame of the unchanged graph from Cytoscape's cached bitmap. */
    async cached() {
      const start = performance.now();
      cy().forceRender();
      await nextPaint();
      return performance.now() - start;
    },
    /** The naive baseline: removes every element and adds the active ones of `year`. */
    async rebuild(/** @type {number} */ year) {
      const json = snapshots.get(year);
      if (!json) throw new Error(`no snapshot of ${year}`);
      const start = performance.now();
      const graph = cy();
      graph.batch(() => {
        graph.elements().remove();
        graph.add(json);
      });
      await nextPaint();
      return performance.now() - start;
    },
    /**
     * Waits until Cytoscape has drawn nothing for `quietMs` (it refines textures and rebuilds
     * its cached layers for a while after a change), or `maxMs` at most: each timed action
     * then starts from an idle page.
     */
    settle(quietMs = 150, maxMs = 3000) {
      const graph = cy();
      const start = performance.now();
      let last = start;
      const onRender = () => (last = performance.now());
      graph.on('render', onRender);
      return new Promise((resolve) => {
        const check = () => {
          const now = performance.now();
          if (now - last < quietMs && now - start < maxMs) return setTimeout(check, 25);
          graph.off('render', onRender);
          resolve(now - start);
        };
        setTimeout(check, 25);
      });
    },
  };
})();
