import { defineConfig } from 'vitest/config';

/** Browser tests against the static build (see test/e2e/README.md). */
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.test.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
