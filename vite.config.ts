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

export default defineConfig({
	plugins: [securityHeaders, sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		environment: 'node',
		testTimeout: 20_000
	}
});
