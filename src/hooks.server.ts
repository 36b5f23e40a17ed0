/**
 * The page's HTML, as prerendered: a hint to fetch the bundled dataset at once, alongside the
 * scripts, instead of after them when the page's load asks for it (scripts/vite/bundled-dataset.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import file from 'virtual:bundled-dataset-file';

// The one prerendered page is the site's root: its links are relative, as SvelteKit's own are
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace(
        '</head>',
        // `anonymous`: the credentials of the page's own fetch, so the browser uses the preload
        `<link rel="preload" href="${base || '.'}/${file}" as="fetch" crossorigin="anonymous"></head>`,
      ),
  });
