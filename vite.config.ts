import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './src/lib/security/policy.js';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	// `npm start` serves the build with the headers a careful host sends (docs/SECURITY.md).
	preview: { headers: SECURITY_HEADERS },
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		environment: 'node',
		testTimeout: 20_000
	}
});
