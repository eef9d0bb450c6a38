import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Globals that open connections; fetch first (the static-files module may use it). */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
	name,
	message: 'No network access outside src/lib/static-files.ts: the data never leaves the browser.'
}));

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The data never leaves the browser: no code may open a connection, except the one module
		// that loads the site's own static files (below).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
			'no-restricted-properties': [
				'error',
				...['navigator', 'window', 'self', 'globalThis'].flatMap((object) =>
					[...NETWORK_GLOBALS.map(({ name }) => name), 'sendBeacon'].map((property) => ({
						object,
						property,
						message: 'No network access outside src/lib/static-files.ts.'
					}))
				)
			]
		}
	},
	{
		// The same-origin loader of static files, and the service worker that caches them.
		files: ['src/lib/static-files.ts', 'src/service-worker.ts'],
		rules: { 'no-restricted-globals': ['error', ...NETWORK_GLOBALS.slice(1)] }
	},
	{
		// The engine runs in workers and in Node: it must never reach the network or the DOM.
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'no-restricted-globals': ['error', ...NETWORK_GLOBALS, 'document', 'window']
		}
	},
	{
		ignores: [
			'build/',
			'build-cli/',
			'.svelte-kit/',
			'node_modules/',
			'static/samples/',
			'bench/out/'
		]
	}
);
