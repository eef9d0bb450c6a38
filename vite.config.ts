import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './src/lib/security/policy.js';

/**
 * `npm start` serves the build with the headers a careful host sends (docs/SECURITY.md). SvelteKit
 * serves the preview's files itself, past Vite's `preview.headers`, so the headers are set by a
 * middleware that runs before it.
 */
export const securityHeaders: Plugin = {
	name: 'iit-security-headers',
	configurePreviewServer(server) {
		server.middlewares.use((_request, response, next) => {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
			next();
		});
	}
};

/**
 * The engine is pure: loading one of its modules does nothing but define things. Saying so lets
 * the bundler drop every module behind the engine's door (src/lib/engine/index.ts) that a bundle
 * does not use, together with what it imports (PapaParse, which a share decoder never needs).
 */
export const pureEngine: Plugin = {
	name: 'iit-pure-engine',
	apply: 'build',
	transform(code, id) {
		// The code is unchanged: map null keeps its source map as it is.
		return id.includes('/src/lib/engine/') ? { code, map: null, moduleSideEffects: false } : null;
	}
};

export default defineConfig({
	plugins: [securityHeaders, pureEngine, sveltekit()],
	worker: { format: 'es', plugins: () => [pureEngine] },
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		environment: 'node',
		testTimeout: 20_000
	}
});
