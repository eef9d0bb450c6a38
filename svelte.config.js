import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { PAGE_DIRECTIVES } from './src/lib/security/policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Host under a sub-path with BASE_PATH=/iit npm run build.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''), relative: true },
		// The data never leaves the browser: the page may only talk to its own origin (policy.js).
		csp: { mode: 'hash', directives: PAGE_DIRECTIVES }
	}
};

export default config;
