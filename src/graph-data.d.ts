/**
 * The folder the bundled dataset is read from, as given at build time (`GRAPH_DATA`, default
 * `graph-data`; see vite.config.ts): it prefixes the loader's messages.
 */
declare const __GRAPH_DATA_DIR__: string;

/** The URL of the bundled dataset's load result (scripts/vite/bundled-dataset.ts). */
declare module 'virtual:bundled-dataset' {
  const url: string;
  export default url;
}

/** The bundled dataset's load result as a path from the site's root (its preload hint). */
declare module 'virtual:bundled-dataset-file' {
  const path: string;
  export default path;
}
