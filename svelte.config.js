import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// `npm run bench` builds into a folder of its own so as not to clobber build/ and .svelte-kit/.
const buildDir = process.env.FACTIONS_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
    outDir: process.env.FACTIONS_KIT_DIR ?? '.svelte-kit',
    // Scripts only from this site and the hashes SvelteKit computes for its inline bootstrap.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self', 'https:', 'http:'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['none'],
        'form-action': ['none'],
      },
    },
  },
};

export default config;
